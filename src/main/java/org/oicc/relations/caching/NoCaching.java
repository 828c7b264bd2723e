package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The responder of previews: drafts must not be kept by any browser or proxy, and an editor must
 * see the latest save on every request. So every answer is rendered afresh and says
 * {@code Cache-Control: no-store}, with no ETag or Last-Modified (a draft's validator means nothing
 * to a cache); nothing tracks changes and nothing is kept. {@code If-None-Match: *} still means
 * "any current answer" and gets its 304 once the answer is known to exist.
 */
public final class NoCaching implements Responder {

    @Override
    public boolean answer(HttpServletRequest req, HttpServletResponse resp, Resource resource, Renderer renderer) throws IOException {
        boolean gzip = CachingResponder.gzipAccepted(req);
        CachedAnswer rendered = CachingResponder.render(renderer, null, gzip);
        if (rendered == null) {
            return false;
        }
        CacheControl.noStore(resp);
        if (ConditionalRequest.isStar(req)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        CachingResponder.send(req, resp, resource.contentType(), rendered, gzip);
        return true;
    }

    @Override
    public void answerFile(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType) throws IOException {
        CacheControl.noStore(resp);
        if (ConditionalRequest.isStar(req)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        CachingResponder.send(req, resp, contentType, new CachedAnswer(body, null, null, null), false);
    }
}
