package org.oicc.relations.index;

import java.util.List;

/**
 * The items of a workspace by path, as an open-addressing hash table of their slots: one
 * {@code int} per place, at most half of them used, so 100,000 items cost 1 MB here, where a
 * map of path strings to items cost about 100 bytes per item. The paths themselves stay in the
 * items' records ({@link IndexedItem#hasPath}, {@link IndexedItem#pathHash}).
 *
 * <p>Not thread-safe: the workspace's lock guards it as it guards the slots.
 */
final class PathTable {

    private final List<IndexedItem> slots;
    /** slot + 1 of the item at each place; 0 is a free place */
    private int[] places = new int[16];
    private int size;

    PathTable(List<IndexedItem> slots) {
        this.slots = slots;
    }

    IndexedItem get(String path) {
        int mask = places.length - 1;
        for (int i = spread(path.hashCode()) & mask;; i = (i + 1) & mask) {
            int held = places[i];
            if (held == 0) {
                return null;
            }
            IndexedItem item = slots.get(held - 1);
            if (item.hasPath(path)) {
                return item;
            }
        }
    }

    /** Adds an item already in its slot, whose path is not in the table yet. */
    void add(IndexedItem item) {
        if (2 * (size + 1) > places.length) {
            grow();
        }
        place(places, item.slot + 1, home(item, places.length - 1));
        size++;
    }

    /** Removes an item still in its slot. */
    void remove(IndexedItem item) {
        int mask = places.length - 1;
        int i = home(item, mask);
        while (places[i] != item.slot + 1) {
            if (places[i] == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
        // backward shift: later items of the same run move up, so no probe stops at a hole before them
        for (int j = (i + 1) & mask; places[j] != 0; j = (j + 1) & mask) {
            int k = home(slots.get(places[j] - 1), mask);
            boolean movable = i <= j ? (k <= i || k > j) : (k <= i && k > j);
            if (movable) {
                places[i] = places[j];
                i = j;
            }
        }
        places[i] = 0;
        size--;
    }

    private void grow() {
        int[] larger = new int[places.length * 2];
        for (int held : places) {
            if (held != 0) {
                place(larger, held, home(slots.get(held - 1), larger.length - 1));
            }
        }
        places = larger;
    }

    private static void place(int[] table, int held, int from) {
        int mask = table.length - 1;
        int i = from;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = held;
    }

    private static int home(IndexedItem item, int mask) {
        return spread(item.pathHash()) & mask;
    }

    /** Paths of one folder differ in their last characters: their high bits must reach the low ones. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
