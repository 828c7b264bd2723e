package org.oicc.relations.authoring.ui;

import java.util.Arrays;

/**
 * A request the UI refuses: shown as an error page with this status and message, nothing changed.
 * The message is a key of the UI's bundles ({@code error.*}) with its arguments, put into words in
 * the user's language when the page is rendered ({@link #text}).
 */
final class UiError extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;

    UiError(int status, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    /** The message in the user's language. */
    String text(UiText t) {
        return t.get(key, args);
    }

    static UiError badRequest(String key, Object... args) {
        return new UiError(400, key, args);
    }

    static UiError notFound(String key, Object... args) {
        return new UiError(404, key, args);
    }

    static UiError forbidden(String role) {
        return new UiError(403, "error.needsRole", UiText.key("role." + role));
    }
}
