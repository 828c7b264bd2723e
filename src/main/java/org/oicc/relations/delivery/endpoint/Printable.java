package org.oicc.relations.delivery.endpoint;

/** Client text quoted back in an error message: shortened and without control characters. */
public final class Printable {

    private static final int MAX = 80;

    private Printable() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX ? out + "..." : out.toString();
    }
}
