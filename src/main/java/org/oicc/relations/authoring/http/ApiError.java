package org.oicc.relations.authoring.http;

import java.util.List;

/**
 * A refused authoring request: status, a code in the style of Magnolia's REST errors, a message,
 * and for validation every problem with its property path.
 */
public final class ApiError extends RuntimeException {

    /** One problem of a rejected write. */
    public record Problem(String path, String message) {
    }

    private final int status;
    private final String code;
    private final List<Problem> problems;

    public ApiError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ApiError(int status, String code, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
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
