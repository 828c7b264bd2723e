package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects definition problems so one run reports all of them, not the first only; and, apart, the
 * valid Magnolia keys this runtime accepts without acting on them (nothing it serves depends on them),
 * which are listed at start-up rather than dropped in silence.
 */
final class Problems {

    private final List<DefinitionProblem> list = new ArrayList<>();
    private final List<DefinitionProblem> ignored = new ArrayList<>();

    void ignore(Location at, String message) {
        ignored.add(new DefinitionProblem(at, message));
    }

    List<DefinitionProblem> ignored() {
        return List.copyOf(ignored);
    }

    void add(Location at, String message) {
        list.add(new DefinitionProblem(at, message));
    }

    void addAll(List<DefinitionProblem> more) {
        list.addAll(more);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new DefinitionException(list);
        }
    }
}
