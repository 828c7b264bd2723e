package org.oicc.relations.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The indexed items of one workspace: by path ({@link PathTable}) and by slot, a dense number that filters mark in a {@link BitSet} and orders list in an
 * {@code int[]}. Readers share a read lock; the observation listener changes items under the write
 * lock, and each change is followed by the kept orders, filter views and entry lists (or, for a
 * large batch, drops them), so a reader after a write finds them ready.
 */
final class WorkspaceIndex {

    private final IndexSchema schema;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<IndexedItem> slots = new ArrayList<>();
    private final PathTable byPath = new PathTable(slots);
    private int size;
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private final ItemOrders orders;
    private final MatchViews views = new MatchViews();
    private final EntryLookup entries = new EntryLookup(this);
    /** Items changed in the current write; past {@link #FOLLOWED} the kept orders and views are dropped. */
    private int changed;
    /** Moves on with every change, so views kept outside the index (TranslationGaps) know when to rebuild. */
    private long generation;

    /**
     * Changes of one write (one save, one batch) that kept orders and views follow one by one; a
     * larger batch (a bulk publication) drops them instead, and the next reader builds them again.
     */
    static final int FOLLOWED = 256;

    WorkspaceIndex(IndexSchema schema) {
        this.schema = schema;
        this.orders = new ItemOrders(schema);
    }

    IndexSchema schema() {
        return schema;
    }

    /** Entries by the item they point at, kept in step with this index. */
    EntryLookup entries() {
        return entries;
    }

    // ---- changes, under the write lock (see IndexUpdater) ----

    void write(Runnable change) {
        lock.writeLock().lock();
        try {
            changed = 0;
            generation++;
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void put(IndexedItem item) {
        following();
        IndexedItem old = byPath.get(item.path());
        if (old != null) {
            item.slot = old.slot; // same slot, same path: the path table stays as it is
            unsorted(old);
            slots.set(item.slot, item);
        } else {
            if (!free.isEmpty()) {
                item.slot = free.pop();
            } else {
                item.slot = slots.size();
                slots.add(null);
            }
            slots.set(item.slot, item);
            byPath.add(item);
            size++;
        }
        orders.added(item);
        views.added(item);
        entries.added(item);
    }

    void remove(String path) {
        IndexedItem old = byPath.get(path);
        if (old != null) {
            following();
            unsorted(old);
            byPath.remove(old);
            slots.set(old.slot, null);
            free.push(old.slot);
            size--;
        }
    }

    /** The kept orders and views let go of an item while its slot still holds it (they compare by it). */
    private void unsorted(IndexedItem old) {
        orders.removed(old);
        views.removed(old);
        entries.removed(old);
    }

    private void following() {
        if (++changed == FOLLOWED) {
            orders.clear();
            views.clear();
            entries.clear();
        }
    }

    /** Paths of the items at or below a path, e.g. of a removed folder, in path order; one pass over the slots. */
    List<String> pathsAtOrBelow(String path) {
        List<String> found = new ArrayList<>();
        String prefix = "/".equals(path) ? "/" : path + "/";
        for (IndexedItem item : slots) {
            if (item != null && (item.pathBelow(prefix) || item.hasPath(path))) {
                found.add(item.path());
            }
        }
        found.sort(null);
        return found;
    }

    /** The indexed item at the path or its nearest indexed ancestor, or null. */
    IndexedItem itemAtOrAbove(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            IndexedItem item = byPath.get(p);
            if (item != null) {
                return item;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? null : p.substring(0, slash);
        }
        return null;
    }

    boolean contains(String path) {
        return byPath.get(path) != null;
    }

    // ---- reads, under the read lock ----

    <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Read under the read lock: cannot move meanwhile. */
    long generation() {
        return generation;
    }

    int size() {
        return size;
    }

    /**
     * The item at a path, or null, also when a writer holds the index right now: for the other
     * side's {@link Twins}, which never waits.
     */
    IndexedItem tryItem(String path) {
        if (!lock.readLock().tryLock()) {
            return null;
        }
        try {
            return byPath.get(path);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The item in a slot (null for a free one); under the read or write lock. */
    IndexedItem slot(int slot) {
        return slots.get(slot);
    }

    IndexedItem item(String path) {
        return byPath.get(path);
    }

    /** Every item, in slot order. */
    List<IndexedItem> items() {
        List<IndexedItem> all = new ArrayList<>(size);
        for (IndexedItem item : slots) {
            if (item != null) {
                all.add(item);
            }
        }
        return all;
    }

    /** The slots of the items a test accepts. */
    BitSet matching(Predicate<IndexedItem> test) {
        BitSet matched = new BitSet(slots.size());
        for (int slot = 0; slot < slots.size(); slot++) {
            IndexedItem item = slots.get(slot);
            if (item != null && test.test(item)) {
                matched.set(slot);
            }
        }
        return matched;
    }

    /** One page of every item in the order: a copy of the page's slots from the kept order. */
    IndexPage pageOfAll(List<SortOrder> order, int offset, int limit) {
        return page(orders.order(order, slots).sorted, offset, limit);
    }

    /**
     * One page of the items a filter matches, from its kept view ({@link MatchViews}): the first
     * query of the filter in this order tests every item once, later ones copy their page.
     */
    IndexPage page(String filter, QueryMatch test, List<SortOrder> order, int offset, int limit) {
        ItemOrders.Kept all = orders.order(order, slots);
        return page(views.view(filter, test, order, all, slots).sorted, offset, limit);
    }

    private IndexPage page(SortedSlots sorted, int offset, int limit) {
        int total = sorted.size();
        if (limit <= 0 || offset >= total) {
            return new IndexPage(List.of(), total);
        }
        int end = (int) Math.min(total, (long) offset + limit);
        List<String> paths = new ArrayList<>(end - offset);
        for (int i = offset; i < end; i++) {
            paths.add(slots.get(sorted.get(i)).path());
        }
        return new IndexPage(paths, total);
    }

    /**
     * One page of the matched slots in the order, and how many there are: a walk of the kept order
     * of all items ({@link ItemOrders}) as far as the page reaches.
     */
    IndexPage page(BitSet matched, List<SortOrder> order, int offset, int limit) {
        int total = matched.cardinality();
        List<String> paths = new ArrayList<>(Math.min(Math.max(limit, 0), total));
        if (limit <= 0 || offset >= total) {
            return new IndexPage(paths, total);
        }
        SortedSlots ordered = orders.order(order, slots).sorted;
        int seen = 0;
        for (int i = 0; i < ordered.size(); i++) {
            int slot = ordered.get(i);
            if (!matched.get(slot)) {
                continue;
            }
            if (seen++ >= offset) {
                paths.add(slots.get(slot).path());
                if (paths.size() == limit) {
                    break;
                }
            }
        }
        return new IndexPage(paths, total);
    }

    /** For a health or memory report: items, and entries over all items. */
    Map<String, Long> counts() {
        long entries = items().stream().mapToLong(IndexedItem::entryCount).sum();
        return Map.of("items", (long) size, "entries", entries);
    }
}
