package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items a filter matches, in an order, kept and followed: the first query of a filter and an
 * order walks the ready order of all items once, testing each item; from then on every page of it
 * is a copy of 20 slots and its total the view's size, whatever the offset and however many
 * items the workspace holds. A change re-tests the changed item against each kept filter and moves
 * it in or out (a binary search and an array shift). The least recently used views go first.
 */
final class MatchViews {

    /**
     * Views kept at once: four categories by eight orders is 32; each holds the slots of its matches
     * (160 KB for 40,000 matches).
     */
    static final int KEPT = 64;

    private record Key(String filter, List<SortOrder> order) {
    }

    /** One filter's matches in one order. */
    static final class View {
        final QueryMatch test;
        final SlotComparator comparator;
        final SortedSlots sorted;

        View(QueryMatch test, SlotComparator comparator, SortedSlots sorted) {
            this.test = test;
            this.comparator = comparator;
            this.sorted = sorted;
        }
    }

    private final Map<Key, View> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, View> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The view of a filter in an order, built from the order of all items when it is not kept; under
     * the index's read lock.
     */
    synchronized View view(String filter, QueryMatch test, List<SortOrder> order, ItemOrders.Kept all, List<IndexedItem> slots) {
        Key key = new Key(filter, List.copyOf(order));
        View found = kept.get(key);
        if (found != null) {
            return found;
        }
        int[] matched = new int[16];
        int n = 0;
        for (int i = 0; i < all.sorted.size(); i++) {
            int slot = all.sorted.get(i);
            if (test.test(slots.get(slot))) {
                if (n == matched.length) {
                    matched = java.util.Arrays.copyOf(matched, n + (n >> 1));
                }
                matched[n++] = slot;
            }
        }
        View built = new View(test, all.comparator, SortedSlots.ofSorted(matched, n));
        kept.put(key, built);
        return built;
    }

    /** Under the write lock, before the item's slot changes hands. */
    void removed(IndexedItem old) {
        for (View v : values()) {
            if (v.test.test(old)) {
                v.sorted.remove(old.slot, v.comparator);
            }
        }
    }

    /** Under the write lock, once the item is in its slot. */
    void added(IndexedItem item) {
        for (View v : values()) {
            if (v.test.test(item)) {
                v.sorted.insert(item.slot, v.comparator);
            }
        }
    }

    synchronized void clear() {
        kept.clear();
    }

    synchronized boolean isEmpty() {
        return kept.isEmpty();
    }

    private synchronized Collection<View> values() {
        return new ArrayList<>(kept.values());
    }
}
