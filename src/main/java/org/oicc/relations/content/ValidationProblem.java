package org.oicc.relations.content;

/**
 * One thing wrong with a write: where ({@code relationships[2].category}, {@code name_ar}, or
 * {@code @name} for the item name), a stable message key for translated UIs, and an English text
 * for logs and API clients that do not translate.
 */
public record ValidationProblem(String path, String key, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
