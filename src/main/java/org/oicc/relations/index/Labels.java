package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Numbers for the strings that repeat across items: reference identifiers (every relationship of a
 * category holds the same one), options, user names, entry names ({@code 0}, {@code 1}), folder
 * paths. A packed item ({@link PackedRecord}) holds a label as its number (one or two bytes) and
 * the text once, here. Unique texts such as names are not labels: a table entry would cost more
 * than it saves.
 *
 * <p>One table per module, shared by its sides (published and drafts), so that an item published
 * unchanged packs to the same bytes on both sides and {@link Twins} can keep one copy. Numbers are
 * never given back: the labels of a site are few and live as long as it does. The listeners of
 * both sides may run at once: synchronized for writers, and readers see a published array.
 */
final class Labels {

    /** Longer texts are prose (notes), not labels: they are kept in the record. */
    static final int LONGEST = 100;

    private static final Map<Object, Labels> BY_MODULE = new WeakHashMap<>();

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    /** Read without the lock: replaced (never changed in place) when it grows. */
    private volatile String[] texts = new String[16];

    /** The table of a module, shared by every index of it in this JVM. */
    static Labels of(Object module) {
        synchronized (BY_MODULE) {
            return BY_MODULE.computeIfAbsent(module, m -> new Labels());
        }
    }

    /** The label of a text, added when it is new. */
    synchronized int id(String text) {
        Integer known = ids.get(text);
        if (known != null) {
            return known;
        }
        int id = added.size();
        added.add(text);
        ids.put(text, id);
        String[] now = texts;
        if (id >= now.length) {
            now = java.util.Arrays.copyOf(now, now.length * 2);
        }
        now[id] = text;
        texts = now;
        return id;
    }

    String text(int id) {
        return texts[id];
    }

    synchronized int size() {
        return added.size();
    }
}
