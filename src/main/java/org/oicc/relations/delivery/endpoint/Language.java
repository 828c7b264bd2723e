package org.oicc.relations.delivery.endpoint;

/**
 * The language of an answer: one content locale ({@code en}, {@code ar}, {@code fr}), whose values
 * replace the plain keys with English as the per-property fallback, or {@code all}: raw keys
 * ({@code title}, {@code title_ar}, ...) with no i18n processing, as Magnolia's {@code lang=all}.
 */
public record Language(String tag, boolean all) {

    public static final Language ALL = new Language("all", true);

    public static Language of(String tag) {
        return new Language(tag, false);
    }
}
