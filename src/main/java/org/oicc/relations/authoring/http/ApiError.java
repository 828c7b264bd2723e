package org.oicc.relations.authoring.http;

import org.oicc.relations.http.HttpError;

import java.util.List;

/**
 * A refused authoring request: status, a code in the style of Magnolia's REST errors, a message,
 * and for validation every problem with its property path.
 */
public final class ApiError extends HttpError {

    public ApiError(int status, String code, String message) {
        super(status, code, message);
    }

    public ApiError(int status, String code, String message, List<Problem> problems) {
        super(status, code, message, problems);
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
