package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Errors Jetty raises itself, in the delivery endpoint's JSON shape under {@code /.rest/} and
 * {@code /.author/}, a short HTML page of our own elsewhere; never a stack trace or a version.
 *
 * <p>A request line Jetty cannot parse at all ({@code %00} in the path, a broken {@code %} escape)
 * reaches no handler and loses its path: Jetty hands it over as {@code /badMessage}. Its path was
 * unreadable, so no resource here can have it: it is answered as a JSON 404 wherever it was aimed.
 * Other unparsable requests (broken headers) are a JSON 400.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final String UNPARSED = "/badMessage";
    /** The authoring UI and its APIs answer errors in JSON too. */
    private static final String AUTHOR = "/.author/";

    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean unparsed = UNPARSED.equals(path);
        if (path == null || !(unparsed || path.startsWith(RestUriGuard.REST) || path.startsWith(AUTHOR))) {
            writePage(request, response, callback, response.getStatus() < 400 ? 500 : response.getStatus());
            return true;
        }
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        byte[] body;
        if (unparsed && status == 400 && unreadableTarget(request.getAttribute(ERROR_EXCEPTION))) {
            status = 404;
            body = ErrorBody.bytes(json, new HttpError(status, "pathNotFound", "the request path cannot be decoded"));
        } else {
            body = ErrorBody.bytes(json, new HttpError(status, code(status), message(status)));
        }
        write(request, response, callback, status, json, body);
        return true;
    }

    /** Jetty reports a request target it could not decode as an IllegalArgumentException under its HTTP error. */
    private static boolean unreadableTarget(Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outside the APIs: a short page of our own in UTF-8 rather than Jetty's, which names the
     * server and its version; the status line says it all, nothing from the request is echoed.
     */
    private static void writePage(Request request, Response response, Callback callback, int status) {
        String reason = message(status);
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + reason
                + "</title></head><body><h1>" + status + " " + reason + "</h1></body></html>\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, CacheControl.NO_STORE);
        response.getHeaders().put(RestUriGuard.NOSNIFF, "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, "HEAD".equals(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
    }

    static void write(Request request, Response response, Callback callback, int status, ObjectMapper json, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(RestUriGuard.NOSNIFF, "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, CacheControl.NO_STORE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, "HEAD".equals(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 414 -> "uriTooLong";
            case 431 -> "headersTooLarge";
            default -> status < 500 ? "badRequest" : "unknown";
        };
    }

    /** Jetty's reason phrase only: its own messages may name internals. */
    private static String message(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "the request could not be answered" : reason.toLowerCase(Locale.ROOT);
    }
}
