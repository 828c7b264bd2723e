package org.oicc.relations.index;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two sides of one instance (published and drafts) index mostly the same items with the same
 * values: an item published unchanged is held twice. When one side reads an item, each value equal
 * to the other side's value of that item (same path, same column, same entry) takes the other
 * side's instance, so the text is kept once. Values are immutable, so sharing them is always right;
 * an edit on one side simply stops sharing for what it changed.
 *
 * <p>The other side is only looked at when its read lock is free at once: a side never waits for
 * the other (the two listeners may run at the same time in a publication), it just keeps its own
 * copy then.
 */
final class Twins {

    private static final Set<ContentIndex> LIVE = ConcurrentHashMap.newKeySet();

    private Twins() {
    }

    static void join(ContentIndex index) {
        LIVE.add(index);
    }

    static void leave(ContentIndex index) {
        LIVE.remove(index);
    }

    /** Gives the item the instances of an equal item's values on another live side of the same module. */
    static void share(ContentIndex self, String workspace, IndexedItem item) {
        for (ContentIndex other : LIVE) {
            if (other == self || !other.sameModule(self)) {
                continue;
            }
            WorkspaceIndex twinIndex = other.indexed(workspace);
            IndexedItem twin = twinIndex == null ? null : twinIndex.tryItem(item.path);
            if (twin != null) {
                share(item, twin);
                return;
            }
        }
    }

    static void share(IndexedItem item, IndexedItem twin) {
        item.path = twin.path;
        if (share(item.values, twin.values)) {
            // every value equal: one array for both sides (an item published unchanged costs its
            // values once); an edit on either side builds a new item, so the twin's array is never changed
            item.values = twin.values;
        }
        for (IndexedEntry entry : item.entries) {
            for (IndexedEntry e : twin.entries) {
                if (e.subModel == entry.subModel && Objects.equals(e.name, entry.name)) {
                    share(entry.values, e.values);
                    break;
                }
            }
        }
    }

    /** Shares what is equal; true when every value is (both null, or the same instance now). */
    private static boolean share(Object[] values, Object[] twin) {
        if (values.length != twin.length) {
            return false;
        }
        boolean all = true;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Object t = twin[i];
            if (v == t) {
                continue;
            }
            if (v != null && t != null
                    && (v instanceof Object[] many ? t instanceof Object[] other && Arrays.equals(many, other) : v.equals(t))) {
                values[i] = t;
            } else {
                all = false;
            }
        }
        return all;
    }
}
