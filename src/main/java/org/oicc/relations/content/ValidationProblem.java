package org.oicc.relations.content;

import java.util.List;

/**
 * One thing wrong with a write: where ({@code relationships[2].category}, {@code name_ar}, or
 * {@code @name} for the item name), a stable message key for translated UIs with the arguments of
 * its text, and an English text for logs and API clients that do not translate.
 */
public record ValidationProblem(String path, String key, String message, List<Object> args) {

    public ValidationProblem {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public ValidationProblem(String path, String key, String message) {
        this(path, key, message, List.of());
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
