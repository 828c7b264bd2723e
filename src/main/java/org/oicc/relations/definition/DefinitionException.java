package org.oicc.relations.definition;

import java.util.List;
import java.util.stream.Collectors;

/** The light module cannot be honoured; every problem found is listed, not just the first. */
public final class DefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public DefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
