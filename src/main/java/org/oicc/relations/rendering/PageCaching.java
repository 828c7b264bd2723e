package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.caching.CachedAnswer;
import org.oicc.relations.caching.ChangeStamp;
import org.oicc.relations.caching.ConditionalRequest;
import org.oicc.relations.caching.EntityTags;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Validators and cached HTML of pages, from the delivery endpoint's change tracking: a page's ETag
 * is a digest of its URL and the generations of every workspace templates may read, so it is known
 * before anything is rendered. A page reads the website and the content it shows (categories,
 * organizations, aims); a change in any of them changes every page's ETag, which is coarse but
 * never stale, and costs one rendering per page after an edit.
 */
final class PageCaching {

    /**
     * @param etag strong: the same bytes for as long as the workspaces keep their generations
     * @param stamp the workspaces' state, read before rendering
     */
    record Validators(String etag, ChangeStamp stamp) {
    }

    private final WorkspaceChanges changes;
    private final Set<String> workspaces;
    private final ResponseCache cache;
    private final EntityTags tags;

    PageCaching(WorkspaceChanges changes, Set<String> workspaces, ResponseCache cache, EntityTags tags) {
        this.changes = changes;
        this.workspaces = Set.copyOf(workspaces);
        this.cache = cache;
        this.tags = tags;
    }

    /** What the HTML of a page depends on besides content: where the site is mounted, language, page path. */
    static String key(String contextPath, PagePath page) {
        return "page " + contextPath + " " + page.language() + " " + page.path();
    }

    /** Read before rendering: a change during rendering then makes the cached page stale, never the reverse. */
    Validators validators(String key) {
        ChangeStamp stamp = changes.stamp(workspaces)
                .orElseThrow(() -> new IllegalStateException("the page workspaces are not watched: " + workspaces));
        return new Validators(tags.of(key, stamp, false), stamp);
    }

    /**
     * The client's copy is current. {@code If-None-Match: *} is left to the caller: it asks whether
     * the page exists, which only resolving it can tell.
     */
    static boolean notModified(HttpServletRequest req, Validators validators) {
        return !ConditionalRequest.isStar(req)
                && ConditionalRequest.notModified(req, validators.etag(), validators.stamp().lastModified());
    }

    /** The page as rendered under these validators, or null. */
    CachedAnswer cached(String key, Validators validators) {
        return cache.fresh(key, validators.stamp());
    }

    CachedAnswer store(String key, String html, String language, Validators validators) {
        CachedAnswer answer = new CachedAnswer(html.getBytes(StandardCharsets.UTF_8), null, language, validators.stamp());
        cache.put(key, answer);
        return answer;
    }

    static void addValidators(HttpServletResponse resp, Validators validators) {
        resp.setHeader("ETag", validators.etag());
        // HTTP dates have whole seconds; ConditionalRequest compares at that precision
        resp.setDateHeader("Last-Modified", validators.stamp().lastModified().getEpochSecond() * 1000);
    }
}
