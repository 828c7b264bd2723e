package org.oicc.relations.index;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value for the strings that repeat across items: reference identifiers
 * (every relationship of a category holds the same one), options, user names, entry names
 * ({@code 0}, {@code 1}). Unique texts such as names are not interned: a table entry would cost more
 * than it saves. Used under the index's write lock only.
 */
final class Interner {

    private final Map<String, String> strings = new HashMap<>();

    String intern(String value) {
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    int size() {
        return strings.size();
    }
}
