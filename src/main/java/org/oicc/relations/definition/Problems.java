package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;

/** Collects definition problems so one run reports all of them, not the first only. */
final class Problems {

    private final List<DefinitionProblem> list = new ArrayList<>();

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
