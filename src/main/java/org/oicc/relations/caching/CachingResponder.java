package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.jcr.InvalidItemStateException;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Answers from the change tracker first: 304 when the client's copy is current, else the cached
 * bytes while the workspaces the answer reads are unchanged, else a fresh rendering (which is
 * cached). Only the rendering reads the repository, so a 304 or a cache hit opens no session. The
 * body is complete before the first byte is sent, so a failure while rendering can still become a
 * clean error. Large bodies are also kept gzipped, made for the first client that takes gzip.
 */
public final class CachingResponder implements Responder {

    private final WorkspaceChanges changes;
    private final ResponseCache cache;
    private final EntityTags tags;
    private final String cacheControl;

    /**
     * @param changes the workspaces' generations; an answer reading a workspace it does not watch is neither cached nor validated
     * @param cacheControl the {@code Cache-Control} of 200s and 304s
     */
    public CachingResponder(WorkspaceChanges changes, ResponseCache cache, String cacheControl) {
        this.changes = changes;
        this.cache = cache;
        this.tags = EntityTags.random();
        this.cacheControl = cacheControl;
    }

    /** True when the tracker watches every one of these workspaces, so their answers can be cached. */
    public boolean watches(Set<String> workspaces) {
        return changes.stamp(workspaces).isPresent();
    }

    @Override
    public boolean answer(HttpServletRequest req, HttpServletResponse resp, Resource resource, Renderer renderer) throws IOException {
        boolean gzip = gzipAccepted(req);
        // read before rendering: a change during rendering then makes the entry stale, never the reverse
        Optional<ChangeStamp> stamp = changes.stamp(resource.workspaces());
        if (stamp.isEmpty()) {
            CachedAnswer rendered = render(renderer, null, true);
            if (rendered == null) {
                return false;
            }
            CacheControl.set(resp, cacheControl);
            send(req, resp, resource.contentType(), rendered, gzip);
            return true;
        }
        // a kept answer carries its tag: a hit or a 304 then digests nothing
        CachedAnswer kept = cache.peek(resource.key(), stamp.get());
        String plainTag = kept != null && kept.etag() != null ? kept.etag() : tags.of(resource.key(), stamp.get(), false);
        String etag = gzip ? EntityTags.gzipVariant(plainTag) : plainTag;
        // a tag of ours can only match if this very request was answered 200 under the same
        // workspace state, so it proves the answer exists; "*" proves nothing and is judged after rendering
        boolean star = ConditionalRequest.isStar(req);
        if (!star && ConditionalRequest.notModified(req, etag, stamp.get().lastModified())) {
            notModified(resp, etag, stamp.get());
            return true;
        }
        CachedAnswer cached = cache.fresh(resource.key(), stamp.get());
        if (cached == null) {
            // gzipped only for a client that takes it: most answers are asked for in one coding only
            cached = render(renderer, stamp.get(), gzip);
            if (cached == null) {
                return false;
            }
            cached = cached.withEtag(plainTag);
            cache.put(resource.key(), cached);
        } else if (gzip && cached.gzip() == null && cached.identity().length > Gzip.MIN_BYTES) {
            // rendered for a client without gzip: the twin is made for the first one with it
            CachedAnswer both = new CachedAnswer(cached.identity(), Gzip.compress(cached.identity()), cached.contentLanguage(),
                    cached.stamp(), cached.etag());
            if (both.gzip() != null) {
                cache.put(resource.key(), both);
            }
            cached = both;
        }
        if (star) {
            notModified(resp, etag, stamp.get());
            return true;
        }
        validators(resp, etag, stamp.get());
        send(req, resp, resource.contentType(), cached, gzip);
        return true;
    }

    @Override
    public void answerFile(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType) throws IOException {
        String etag = EntityTags.ofBytes(body);
        resp.setHeader("ETag", etag);
        CacheControl.set(resp, CacheControl.STATIC_FILES);
        if (ConditionalRequest.notModified(req, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(req, resp, contentType, new CachedAnswer(body, null, null, null), false);
    }

    private void notModified(HttpServletResponse resp, String etag, ChangeStamp stamp) {
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        validators(resp, etag, stamp);
    }

    private void validators(HttpServletResponse resp, String etag, ChangeStamp stamp) {
        resp.setHeader("ETag", etag);
        // HTTP dates have whole seconds; ConditionalRequest compares at that precision
        resp.setHeader("Last-Modified", HttpDates.format(stamp.lastModified()));
        CacheControl.set(resp, cacheControl);
    }

    static boolean gzipAccepted(HttpServletRequest req) {
        if (req.getHeader("Accept-Encoding") == null) {
            return false;
        }
        return Gzip.accepted(String.join(",", Collections.list(req.getHeaders("Accept-Encoding"))));
    }

    /** The rendered answer, with its gzipped twin if wanted, or null when the renderer found nothing. */
    static CachedAnswer render(Renderer renderer, ChangeStamp stamp, boolean gzip) {
        Rendered rendered;
        try {
            rendered = renderConsistently(renderer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RenderingFailed(e);
        }
        return rendered == null ? null
                : new CachedAnswer(rendered.body(), gzip ? Gzip.compress(rendered.body()) : null, rendered.contentLanguage(), stamp);
    }

    /** Renders tried in all when each meets a concurrent change; enough for publications, which are rare. */
    private static final int ATTEMPTS = 3;

    /**
     * A read that meets an item a concurrent save replaced or removed (a publication swapping an
     * item in) fails with {@link InvalidItemStateException} half-way; nothing of it was sent, and
     * rendering again reads the state after that save. A few times: content changing faster than
     * it can be read is a real failure.
     */
    private static Rendered renderConsistently(Renderer renderer) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return renderer.render();
            } catch (InvalidItemStateException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** A 200 with the body in the coding the client takes. */
    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, CachedAnswer answer, boolean gzipAccepted)
            throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        if (answer.contentLanguage() != null) {
            resp.setHeader("Content-Language", answer.contentLanguage());
        }
        byte[] bytes = answer.identity();
        if (gzipAccepted && answer.gzip() != null) {
            bytes = answer.gzip();
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }
}
