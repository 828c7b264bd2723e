package org.oicc.relations.dam;

/**
 * An upload that is not stored, with a message an editor can act on. {@code code} is the API's
 * error code; {@code status} its HTTP status (415 for a type that is not accepted, 413 for a file
 * too large, 400 otherwise).
 */
public final class AssetRefused extends Exception {

    private final int status;
    private final String code;

    public AssetRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
