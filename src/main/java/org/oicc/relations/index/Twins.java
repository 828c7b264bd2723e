package org.oicc.relations.index;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two sides of one instance (published and drafts) index mostly the same items with the same
 * values: an item published unchanged would be held twice. When one side reads an item whose
 * record is byte for byte the other side's record of that path (the sides share one {@link Labels}
 * table, so equal items pack to equal bytes), it takes the other side's array, so the item is kept
 * once. Records are never changed in place, so sharing them is always right; an edit on one side
 * packs a new record for that side only.
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

    /** Gives the item the record of an equal item on another live side of the same module. */
    static void share(ContentIndex self, String workspace, IndexedItem item) {
        for (ContentIndex other : LIVE) {
            if (other == self || !other.sameModule(self)) {
                continue;
            }
            WorkspaceIndex twinIndex = other.indexed(workspace);
            IndexedItem twin = twinIndex == null ? null : twinIndex.tryItem(item.path());
            if (twin != null) {
                share(item, twin);
                return;
            }
        }
    }

    static void share(IndexedItem item, IndexedItem twin) {
        if (item.labels == twin.labels && Arrays.equals(item.record, twin.record)) {
            item.record = twin.record;
        }
    }
}
