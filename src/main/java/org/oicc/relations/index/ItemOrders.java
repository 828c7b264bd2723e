package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders of all items of a workspace ({@link SlotComparator}), each sorted once, on first use, and
 * from then on kept in step with every change: a changed item leaves its place and takes its new
 * one (two binary searches and an array shift), so a write does not cost the next reader a sort of
 * every item. Building one costs that sort (about 0.1 s at 100,000); a few are kept, the least
 * recently used goes.
 */
final class ItemOrders {

    /** Name and acronym both ways in three languages are eight orders; 400 KB each at 100,000 items. */
    static final int KEPT = 16;

    /** One order of all items. */
    static final class Kept {
        final SlotComparator comparator;
        final SortedSlots sorted;

        Kept(SlotComparator comparator, SortedSlots sorted) {
            this.comparator = comparator;
            this.sorted = sorted;
        }
    }

    private final IndexSchema schema;
    private final Map<List<SortOrder>, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<SortOrder>, Kept> eldest) {
            return size() > KEPT;
        }
    };

    ItemOrders(IndexSchema schema) {
        this.schema = schema;
    }

    /** The order of all live slots; under the index's read lock, so the slots do not change meanwhile. */
    synchronized Kept order(List<SortOrder> order, List<IndexedItem> slots) {
        Kept found = kept.get(order);
        if (found != null) {
            return found;
        }
        SlotComparator comparator = new SlotComparator(order, schema.item(), slots);
        Kept built = new Kept(comparator, sort(comparator, slots));
        kept.put(List.copyOf(order), built);
        return built;
    }

    /** Under the write lock, before the item's slot changes hands. */
    void removed(IndexedItem old) {
        for (Kept k : values()) {
            k.sorted.remove(old.slot, k.comparator);
        }
    }

    /** Under the write lock, once the item is in its slot. */
    void added(IndexedItem item) {
        for (Kept k : values()) {
            k.sorted.insert(item.slot, k.comparator);
        }
    }

    /** Forgets every order: cheaper than following a change of many items one by one. */
    synchronized void clear() {
        kept.clear();
    }

    synchronized boolean isEmpty() {
        return kept.isEmpty();
    }

    private synchronized Collection<Kept> values() {
        return new ArrayList<>(kept.values());
    }

    private static SortedSlots sort(SlotComparator comparator, List<IndexedItem> slots) {
        int live = 0;
        for (IndexedItem item : slots) {
            live += item == null ? 0 : 1;
        }
        // the keys of each item computed once, not once per comparison
        Integer[] boxed = new Integer[live];
        Object[][] keys = new Object[slots.size()][];
        int n = 0;
        for (IndexedItem item : slots) {
            if (item == null) {
                continue;
            }
            boxed[n++] = item.slot;
            Object[] k = new Object[comparator.length()];
            for (int i = 0; i < k.length; i++) {
                k[i] = comparator.key(item, i);
            }
            keys[item.slot] = k;
        }
        Arrays.sort(boxed, (a, b) -> {
            Object[] ka = keys[a];
            Object[] kb = keys[b];
            for (int i = 0; i < ka.length; i++) {
                int c = SlotComparator.compareKeys(ka[i], kb[i], comparator.descending(i));
                if (c != 0) {
                    return c;
                }
            }
            return comparator.comparePaths(a, b);
        });
        int[] sorted = new int[Math.max(16, live + (live >> 3))];
        for (int i = 0; i < live; i++) {
            sorted[i] = boxed[i];
        }
        return SortedSlots.ofSorted(sorted, live);
    }
}
