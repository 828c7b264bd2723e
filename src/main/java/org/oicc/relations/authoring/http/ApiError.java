package org.oicc.relations.authoring.http;

import org.oicc.relations.http.HttpError;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A refused authoring request: status, a code in the style of Magnolia's REST errors, a message,
 * and for validation every problem with its property path.
 */
public final class ApiError extends HttpError {

    /** Seconds for {@code Retry-After}, or 0 for none. */
    private final long retryAfter;

    public ApiError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private ApiError(int status, String code, String message, long retryAfter) {
        super(status, code, message);
        this.retryAfter = retryAfter;
    }

    public ApiError(int status, String code, String message, List<Problem> problems) {
        super(status, code, message, problems);
        this.retryAfter = 0;
    }

    /** A throttled login: 429, and when to come back. */
    static ApiError tooManyAttempts(Instant until, long seconds) {
        return new ApiError(429, "tooManyAttempts", "too many failed logins from this address; try again in " + seconds
                + " s (after " + DateTimeFormatter.ISO_INSTANT.format(until.truncatedTo(ChronoUnit.SECONDS)) + ")", seconds);
    }

    /** Seconds a client should wait before trying again, or 0 when that does not apply. */
    long retryAfter() {
        return retryAfter;
    }

    static ApiError unauthorized() {
        return new ApiError(401, "notAuthorized", "log in: HTTP Basic credentials or an authoring session are required");
    }

    static ApiError forbidden(String role) {
        return new ApiError(403, "accessDenied", "this needs the '" + role + "' role");
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "badRequest", message);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "pathNotFound", what);
    }
}
