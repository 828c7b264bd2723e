package org.oicc.relations.index;

import java.util.Arrays;

/**
 * Item slots kept sorted by a total order (every order of the index ends with the path, so no two
 * items tie): a primitive array, so 100,000 items cost 400 KB and a page is a copy of its own
 * length. A change costs a binary search and an array shift, which is how an order stays ready
 * from one write to the next instead of being sorted again.
 *
 * <p>Not thread-safe: reads happen under the workspace's read lock, changes under its write lock.
 */
final class SortedSlots {

    /** A total order of slots, read from the items the slots hold now. */
    interface SlotOrder {
        int compare(int a, int b);
    }

    private int[] slots;
    private int size;

    private SortedSlots(int[] slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /** The slots, already sorted by the order. */
    static SortedSlots ofSorted(int[] sorted, int size) {
        return new SortedSlots(sorted, size);
    }

    int size() {
        return size;
    }

    int get(int index) {
        return slots[index];
    }

    /**
     * Where the slot is, or {@code -(insertion point) - 1}. The slot itself is compared, so the
     * item it names must be the one it was inserted with (remove before the slot's item changes).
     */
    int find(int slot, SlotOrder order) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = order.compare(slots[mid], slot);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    void insert(int slot, SlotOrder order) {
        int at = find(slot, order);
        if (at >= 0) {
            return; // there already
        }
        at = -at - 1;
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(16, size + (size >> 1)));
        }
        System.arraycopy(slots, at, slots, at + 1, size - at);
        slots[at] = slot;
        size++;
    }

    /** @return whether the slot was there */
    boolean remove(int slot, SlotOrder order) {
        int at = find(slot, order);
        if (at < 0) {
            return false;
        }
        System.arraycopy(slots, at + 1, slots, at, size - at - 1);
        size--;
        return true;
    }
}
