package org.oicc.relations.index;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value for the strings that repeat across items: reference identifiers
 * (every relationship of a category holds the same one), options, user names, entry names
 * ({@code 0}, {@code 1}). Unique texts such as names are not interned: a table entry would cost more
 * than it saves. Shared by the workspaces of one side, whose listeners may run at once: synchronized.
 */
final class Interner {

    /** Longer texts are prose (notes), not labels: they are kept as they are. */
    static final int LONGEST = 100;

    private final Map<Object, Object> strings = new HashMap<>();

    synchronized String intern(String value) {
        if (value.length() > LONGEST) {
            return value;
        }
        Object known = strings.putIfAbsent(value, value);
        return known == null ? value : (String) known;
    }

    /** Positions and other small numbers of entries repeat as much as their labels. */
    synchronized Long intern(Long value) {
        Object known = strings.putIfAbsent(value, value);
        return known == null ? value : (Long) known;
    }

    synchronized int size() {
        return strings.size();
    }
}
