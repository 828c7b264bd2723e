package org.oicc.relations.dam;

/**
 * An upload that is not stored, with a message an editor can act on. {@code code} is the API's
 * error code; {@code status} its HTTP status (415 for a type that is not accepted, 413 for a file
 * too large, 400 otherwise).
 */
public final class AssetRefused extends Exception {

    private final int status;
    private final String code;
    private final String key;
    private final transient Object[] args;

    /**
     * @param key  the reason's name for translated messages ({@code svgNotAccepted}, {@code fileTooLarge}, ...)
     * @param args what the translated message puts in ({@code {0}}, {@code {1}}, ...)
     */
    public AssetRefused(int status, String code, String message, String key, Object... args) {
        super(message);
        this.status = status;
        this.code = code;
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
