package org.oicc.relations.delivery;

import org.oicc.relations.caching.CachedAnswer;
import org.oicc.relations.caching.ChangeStamp;
import org.oicc.relations.caching.ConditionalRequest;
import org.oicc.relations.caching.EntityTags;
import org.oicc.relations.caching.Gzip;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.jcr.RepositoryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/**
 * Answers a prepared GET or HEAD: 304 when the client's copy is current, else the cached bytes
 * while the workspaces the answer reads are unchanged, else a fresh rendering (which is cached).
 * Only the rendering reads the repository. The body is complete before the first byte is sent, so
 * a failure while rendering can still become a clean JSON error.
 */
final class CachingAnswerer {

    private final ObjectMapper json;
    private final String cacheControl;
    private final WorkspaceChanges changes;
    private final ResponseCache cache;
    private final EntityTags tags;

    CachingAnswerer(ObjectMapper json, String cacheControl, WorkspaceChanges changes, ResponseCache cache, EntityTags tags) {
        this.json = json;
        this.cacheControl = cacheControl;
        this.changes = changes;
        this.cache = cache;
        this.tags = tags;
    }

    /** @param key the request's normalised key ({@link CacheKeys}) */
    void answer(HttpServletRequest req, HttpServletResponse resp, String key, PreparedAnswer answer)
            throws IOException, RepositoryException {
        boolean gzip = Gzip.accepted(String.join(",", Collections.list(req.getHeaders("Accept-Encoding"))));
        // read before rendering: a change during rendering then makes the entry stale, never the reverse
        Optional<ChangeStamp> stamp = changes.stamp(answer.workspaces());
        if (stamp.isEmpty()) {
            CachedAnswer rendered = render(answer, null);
            resp.setHeader("Cache-Control", cacheControl);
            send(req, resp, rendered, gzip);
            return;
        }
        String etag = tags.of(key, stamp.get(), gzip);
        // a tag of ours can only match if this very request was answered 200 under the same
        // workspace state, so it proves the answer exists; "*" proves nothing and is judged after rendering
        boolean star = ConditionalRequest.isStar(req);
        if (!star && ConditionalRequest.notModified(req, etag, stamp.get().lastModified())) {
            notModified(resp, etag, stamp.get());
            return;
        }
        CachedAnswer cached = cache.fresh(key, stamp.get());
        if (cached == null) {
            cached = render(answer, stamp.get());
            cache.put(key, cached);
        }
        if (star) {
            notModified(resp, etag, stamp.get());
            return;
        }
        validators(resp, etag, stamp.get());
        send(req, resp, cached, gzip);
    }

    private CachedAnswer render(PreparedAnswer answer, ChangeStamp stamp) throws IOException, RepositoryException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = json.getFactory().createGenerator(body)) {
            answer.body().write(out);
        }
        byte[] identity = body.toByteArray();
        return new CachedAnswer(identity, Gzip.compress(identity), answer.contentLanguage(), stamp);
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, CachedAnswer answer, boolean gzipAccepted)
            throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Language", answer.contentLanguage());
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

    private void notModified(HttpServletResponse resp, String etag, ChangeStamp stamp) {
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        validators(resp, etag, stamp);
    }

    private void validators(HttpServletResponse resp, String etag, ChangeStamp stamp) {
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", stamp.lastModified().getEpochSecond() * 1000);
        resp.setHeader("Cache-Control", cacheControl);
    }
}
