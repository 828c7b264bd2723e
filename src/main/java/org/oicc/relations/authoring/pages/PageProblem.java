package org.oicc.relations.authoring.pages;

import java.util.List;

/**
 * Why a page field's value was refused, for the UI to say in the editor's language: a problem
 * name ({@code required}, {@code tooLong}, ...) with its arguments, or for a dialog's own
 * {@code regexpValidator} its {@code errorMessage} key of the module's bundle ({@link #moduleKey}).
 */
public record PageProblem(String name, List<Object> args, String moduleKey) {

    public PageProblem {
        args = List.copyOf(args);
    }

    static PageProblem of(String name, Object... args) {
        return new PageProblem(name, List.of(args), null);
    }

    static PageProblem fromModule(String key) {
        return new PageProblem("pattern", List.of(), key);
    }
}
