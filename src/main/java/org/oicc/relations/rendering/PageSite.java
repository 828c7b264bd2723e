package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.caching.EntityTags;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.repository.SessionProvider;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page runtime of one light module: its servlets for {@code /} (pages, HTML 404) and
 * {@code /.resources/*} (web resources). Templates read the public side, the website workspace and
 * the content types' workspaces; the delivery endpoint's change tracking of those workspaces gives
 * pages their ETag and Last-Modified, so a 304 or a cached page needs no repository read.
 */
public final class PageSite {

    /** Where the 404 and error pages send visitors. */
    static final String HOME = "/relations";
    /** Three languages of a relations page and one page per organization, many times over. */
    static final long CACHE_BYTES = 8L * 1024 * 1024;

    private final PageServlet pages;
    private final WebResourceServlet resources;

    /**
     * @param changes must watch every workspace of {@link #workspacesOf}: a page whose content could
     *                change unseen would be served stale from the cache
     * @throws IllegalArgumentException when it does not
     */
    public PageSite(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            WorkspaceChanges changes) {
        Set<String> workspaces = workspacesOf(module);
        if (changes.stamp(workspaces).isEmpty()) {
            throw new IllegalArgumentException("pages read workspaces " + workspaces + "; the change tracker must watch all of them");
        }
        Messages messages = new Messages(source, locales.locales(), locales.defaultLocale());
        TemplateEngine engine = new TemplateEngine(source);
        PageCaching caching = new PageCaching(changes, workspaces, new ResponseCache(CACHE_BYTES), EntityTags.random());
        this.pages = new PageServlet(sessions, locales, workspaces, new PageResolver(module),
                new PageRenderer(module, engine, messages), new ErrorPages(messages), HOME, caching);
        this.resources = new WebResourceServlet(source);
    }

    /** Every workspace a template may read: {@code website} and the content types' workspaces. */
    public static Set<String> workspacesOf(LightModule module) {
        Set<String> workspaces = new LinkedHashSet<>();
        workspaces.add(CmsFunctions.WEBSITE);
        module.allContentTypes().stream().map(ContentTypeDefinition::workspace).forEach(workspaces::add);
        return Collections.unmodifiableSet(workspaces);
    }

    /** Mount at {@code /}: every path no other servlet claims. */
    public HttpServlet pageServlet() {
        return pages;
    }

    /** Mount at {@code /.resources/*}. */
    public HttpServlet resourceServlet() {
        return resources;
    }
}
