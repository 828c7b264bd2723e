package org.oicc.relations.authoring.pages;

import java.util.Map;

/** A page form refused: the problems by form key ({@code main/05/intro_fr}); nothing was stored. */
public final class PageInputException extends Exception {

    private final transient Map<String, PageProblem> problems;

    public PageInputException(Map<String, PageProblem> problems) {
        super(problems.size() == 1 ? "one problem" : problems.size() + " problems");
        this.problems = Map.copyOf(problems);
    }

    public Map<String, PageProblem> problems() {
        return problems;
    }
}
