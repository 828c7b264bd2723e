package org.oicc.relations.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders of all items of a workspace, built on first use and kept until the workspace changes: a
 * page then walks a ready {@code int[]} of slots instead of sorting its matches. Building one costs a
 * sort of every item (about 0.1 s at 100,000); a few orders are kept, the least recently used goes.
 *
 * <p>The order is the one delivery documents: the value a reader in the order's language sees (the
 * translation, or the stored default where there is none), a multi-valued property by its first
 * value, missing values last in either direction, ties by path.
 */
final class ItemOrders {

    static final int KEPT = 8;

    private record Built(long generation, int[] slots) {
    }

    private final IndexSchema schema;
    private final Map<List<SortOrder>, Built> built = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<SortOrder>, Built> eldest) {
            return size() > KEPT;
        }
    };

    ItemOrders(IndexSchema schema) {
        this.schema = schema;
    }

    /** The live slots in the order; called under the index's read lock, so the slots do not change. */
    synchronized int[] order(List<SortOrder> order, long generation, List<IndexedItem> slots) {
        Built cached = built.get(order);
        if (cached != null && cached.generation() == generation) {
            return cached.slots();
        }
        int[] sorted = sort(order, slots);
        built.put(List.copyOf(order), new Built(generation, sorted));
        return sorted;
    }

    private int[] sort(List<SortOrder> order, List<IndexedItem> slots) {
        int live = 0;
        for (IndexedItem item : slots) {
            live += item == null ? 0 : 1;
        }
        Integer[] boxed = new Integer[live];
        Object[][] keys = new Object[slots.size()][];
        int n = 0;
        for (IndexedItem item : slots) {
            if (item == null) {
                continue;
            }
            boxed[n++] = item.slot;
            Object[] k = new Object[order.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = key(item, order.get(i));
            }
            keys[item.slot] = k;
        }
        Arrays.sort(boxed, comparator(order, keys, slots));
        int[] sorted = new int[live];
        for (int i = 0; i < live; i++) {
            sorted[i] = boxed[i];
        }
        return sorted;
    }

    private static Comparator<Integer> comparator(List<SortOrder> order, Object[][] keys, List<IndexedItem> slots) {
        return (a, b) -> {
            Object[] ka = keys[a];
            Object[] kb = keys[b];
            for (int i = 0; i < ka.length; i++) {
                Object x = ka[i];
                Object y = kb[i];
                if (x == null || y == null) {
                    if (x != y) {
                        return x == null ? 1 : -1; // missing last, whatever the direction
                    }
                    continue;
                }
                int c = IndexValues.compare(x, y);
                if (c != 0) {
                    return order.get(i).descending() ? -c : c;
                }
            }
            return slots.get(a).path.compareTo(slots.get(b).path);
        };
    }

    /** The value an item is ordered by: localized with fallback, first of several, null when missing. */
    Object key(IndexedItem item, SortOrder key) {
        if (SortOrder.NAME.equals(key.property())) {
            return item.name();
        }
        Columns columns = schema.item();
        int column = columns.position(key.property());
        if (column < 0) {
            return null;
        }
        int translated = columns.translation(column, key.language());
        Object stored = translated >= 0 && item.values[translated] != null ? item.values[translated] : item.values[column];
        return IndexValues.first(stored);
    }
}
