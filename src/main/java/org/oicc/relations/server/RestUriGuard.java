package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;

import java.util.EnumSet;
import java.util.Set;

/**
 * Jetty's URI checks, moved in front of the servlets so that {@code /.rest/} can answer them itself.
 * The connector accepts every URI; here a suspicious path ({@code ..%2F}, {@code %2e%2e}, {@code //},
 * {@code %00}, ...) under {@code /.rest/} becomes the delivery endpoint's JSON 404, because no node
 * path can contain it, while everywhere else Jetty's default rules apply as if the connector had
 * enforced them.
 */
final class RestUriGuard extends Handler.Wrapper {

    static final String REST = "/.rest/";
    private static final int MAX_QUOTED = 80;
    /** Violations outside the path; everything else (ambiguity, bad encodings, odd characters) concerns it. */
    private static final Set<UriCompliance.Violation> NOT_IN_PATH =
            EnumSet.of(UriCompliance.Violation.USER_INFO, UriCompliance.Violation.FRAGMENT);

    private final ObjectMapper json;

    static final String NOSNIFF = "X-Content-Type-Options";

    RestUriGuard(Handler handler, ObjectMapper json) {
        super(handler);
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // every answer, JSON included: a browser must never guess another type from the bytes
        response.getHeaders().put(NOSNIFF, "nosniff");
        HttpURI uri = request.getHttpURI();
        if (uri.hasViolations()) {
            String path = uri.getPath() == null ? "" : uri.getPath();
            boolean pathViolation = uri.getViolations().stream().anyMatch(v -> !NOT_IN_PATH.contains(v));
            if (pathViolation && path.startsWith(REST)) {
                // the raw path, still percent-encoded, quoted back shortened and without control characters
                String raw = path.replaceAll("\\p{Cntrl}", "?");
                String quoted = raw.length() > MAX_QUOTED ? raw.substring(0, MAX_QUOTED) + "..." : raw;
                JsonErrorHandler.write(request, response, callback, 404, json, ErrorBody.bytes(json, new HttpError(404, "pathNotFound", quoted)));
                return true;
            }
            if (!uri.getViolations().stream().allMatch(UriCompliance.DEFAULT::allows)) {
                Response.writeError(request, response, callback, 400, "Ambiguous or illegal URI");
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
