package org.oicc.relations.content;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem of one write, so validation never stops at the first. */
final class ProblemCollector {

    private final ValidationMessages messages;
    private final List<ValidationProblem> problems = new ArrayList<>();

    ProblemCollector(ValidationMessages messages) {
        this.messages = messages;
    }

    /** A problem with one of the service's own keys ({@code required} → {@code oicc-relations.content.required}). */
    void add(String path, String ownKey, Object... args) {
        String key = ValidationMessages.PREFIX + ownKey;
        problems.add(new ValidationProblem(path, key, messages.text(key, args), java.util.Arrays.asList(args)));
    }

    /** A problem whose key comes from a definition (a form validator's {@code errorMessage}). */
    void addDefined(String path, String key, String fallbackText) {
        if (key == null || key.isBlank()) {
            add(path, "pattern");
            return;
        }
        problems.add(new ValidationProblem(path, key, messages.text(key, fallbackText)));
    }

    List<ValidationProblem> list() {
        return List.copyOf(problems);
    }

    int size() {
        return problems.size();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
