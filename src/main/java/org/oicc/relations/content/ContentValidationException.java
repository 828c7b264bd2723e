package org.oicc.relations.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A write was rejected; the repository is unchanged. Every problem found is listed, so an editor
 * fixes the whole form in one round trip.
 */
public final class ContentValidationException extends RuntimeException {

    private final List<ValidationProblem> problems;

    public ContentValidationException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
