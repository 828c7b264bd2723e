package org.oicc.relations.authoring.ui;

/** A request the UI refuses: shown as an error page with this status and message, nothing changed. */
final class UiError extends RuntimeException {

    private final int status;

    UiError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static UiError badRequest(String message) {
        return new UiError(400, message);
    }

    static UiError notFound(String message) {
        return new UiError(404, message);
    }

    static UiError forbidden(String role) {
        return new UiError(403, "This needs the " + role + " role; ask an administrator if you should have it.");
    }
}
