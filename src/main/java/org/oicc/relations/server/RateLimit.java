package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.Callback;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;

import java.nio.ByteBuffer;

/**
 * Requests per second per client address, with Jetty's {@link DoSHandler} (a leaking bucket per
 * address). Past the rate a client gets 429 with the module's JSON error and {@code Retry-After}.
 * Behind a trusted proxy the address is the forwarded client's ({@link TrustedProxies} runs first).
 */
final class RateLimit {

    /** Addresses tracked at once; past it Jetty refuses new ones too, so memory stays bounded. */
    static final int MAX_TRACKED = 10_000;

    private RateLimit() {
    }

    static Handler around(Handler next, int perSecond, ObjectMapper json) {
        byte[] body = ErrorBody.bytes(json, new HttpError(429, "tooManyRequests",
                "more than " + perSecond + " requests per second from this address; retry in a second"));
        Request.Handler reject = (request, response, callback) -> {
            response.setStatus(429);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            response.getHeaders().put(RestUriGuard.NOSNIFF, "nosniff");
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        };
        // the address as text, not Jetty's ID_FROM_REMOTE_ADDRESS: a forwarded client's address is
        // unresolved (no InetAddress), and would go uncounted
        return new DoSHandler(next, Request::getRemoteAddr,
                new DoSHandler.LeakingBucketTrackerFactory(perSecond), reject, MAX_TRACKED);
    }
}
