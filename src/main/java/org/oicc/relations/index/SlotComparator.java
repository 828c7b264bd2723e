package org.oicc.relations.index;

import java.util.List;

/**
 * The order delivery documents, as a comparison of two item slots: the value a reader in the
 * order's language sees (the translation, or the stored default where there is none), a
 * multi-valued property by its first value, missing values last in either direction, ties by path.
 * Columns are resolved once, here, not per comparison.
 */
final class SlotComparator implements SortedSlots.SlotOrder {

    private record Key(boolean name, int column, int translated, boolean descending) {
    }

    private final Key[] keys;
    private final List<IndexedItem> slots;

    SlotComparator(List<SortOrder> order, Columns columns, List<IndexedItem> slots) {
        this.slots = slots;
        this.keys = new Key[order.size()];
        for (int i = 0; i < keys.length; i++) {
            SortOrder o = order.get(i);
            boolean name = SortOrder.NAME.equals(o.property());
            int column = name ? -1 : columns.position(o.property());
            int translated = column < 0 ? -1 : columns.translation(column, o.language());
            keys[i] = new Key(name, column, translated, o.descending());
        }
    }

    int length() {
        return keys.length;
    }

    /** The value an item is ordered by in the i-th key: localized with fallback, first of several, null when missing. */
    Object key(IndexedItem item, int i) {
        Key k = keys[i];
        if (k.name()) {
            return item.name();
        }
        if (k.column() < 0) {
            return null;
        }
        Object stored = k.translated() >= 0 ? item.value(k.translated()) : null;
        return IndexValues.first(stored != null ? stored : item.value(k.column()));
    }

    @Override
    public int compare(int a, int b) {
        if (a == b) {
            return 0;
        }
        IndexedItem x = slots.get(a);
        IndexedItem y = slots.get(b);
        for (int i = 0; i < keys.length; i++) {
            int c = compareKeys(key(x, i), key(y, i), keys[i].descending());
            if (c != 0) {
                return c;
            }
        }
        return x.comparePath(y);
    }

    /** Missing last whatever the direction; otherwise the kept values' order, reversed when descending. */
    static int compareKeys(Object x, Object y, boolean descending) {
        if (x == null || y == null) {
            return x == y ? 0 : x == null ? 1 : -1;
        }
        int c = IndexValues.compare(x, y);
        return descending ? -c : c;
    }

    boolean descending(int i) {
        return keys[i].descending();
    }

    /** The tie-break of every order: the items' paths. */
    int comparePaths(int a, int b) {
        return slots.get(a).comparePath(slots.get(b));
    }
}
