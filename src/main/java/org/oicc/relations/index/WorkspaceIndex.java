package org.oicc.relations.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The indexed items of one workspace: by path (sorted, so a removed folder takes its items along)
 * and by slot, a dense number that filters mark in a {@link BitSet} and orders list in an
 * {@code int[]}. Readers share a read lock; the observation listener changes items under the write
 * lock, and each change moves the generation on so cached orders are rebuilt.
 */
final class WorkspaceIndex {

    private final IndexSchema schema;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final NavigableMap<String, IndexedItem> byPath = new TreeMap<>();
    private final List<IndexedItem> slots = new ArrayList<>();
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private final ItemOrders orders;
    private long generation;

    WorkspaceIndex(IndexSchema schema) {
        this.schema = schema;
        this.orders = new ItemOrders(schema);
    }

    IndexSchema schema() {
        return schema;
    }

    // ---- changes, under the write lock (see IndexUpdater) ----

    void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void put(IndexedItem item) {
        IndexedItem old = byPath.put(item.path, item);
        if (old != null) {
            item.slot = old.slot;
        } else if (!free.isEmpty()) {
            item.slot = free.pop();
        } else {
            item.slot = slots.size();
            slots.add(null);
        }
        slots.set(item.slot, item);
        generation++;
    }

    void remove(String path) {
        IndexedItem old = byPath.remove(path);
        if (old != null) {
            slots.set(old.slot, null);
            free.push(old.slot);
            generation++;
        }
    }

    /** Paths of the items at or below a path, e.g. of a removed folder. */
    List<String> pathsAtOrBelow(String path) {
        List<String> found = new ArrayList<>();
        if (byPath.containsKey(path)) {
            found.add(path);
        }
        String prefix = "/".equals(path) ? "/" : path + "/";
        // '0' follows '/' in code order: the sub-map holds exactly the paths starting with prefix
        String end = prefix.substring(0, prefix.length() - 1) + '0';
        found.addAll(byPath.subMap(prefix, true, end, false).keySet());
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
        return byPath.containsKey(path);
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

    int size() {
        return byPath.size();
    }

    long generation() {
        return generation;
    }

    IndexedItem item(String path) {
        return byPath.get(path);
    }

    /** Every item, in path order. */
    Collection<IndexedItem> items() {
        return byPath.values();
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

    /**
     * One page of the matched slots in the order, and how many there are: the order of all items is
     * built once per generation ({@link ItemOrders}), so a page walks it only as far as it reaches.
     */
    IndexPage page(BitSet matched, List<SortOrder> order, int offset, int limit) {
        int total = matched.cardinality();
        List<String> paths = new ArrayList<>(Math.min(Math.max(limit, 0), total));
        if (limit <= 0 || offset >= total) {
            return new IndexPage(paths, total);
        }
        int[] ordered = orders.order(order, generation, slots);
        int seen = 0;
        for (int slot : ordered) {
            if (!matched.get(slot)) {
                continue;
            }
            if (seen++ >= offset) {
                paths.add(slots.get(slot).path);
                if (paths.size() == limit) {
                    break;
                }
            }
        }
        return new IndexPage(paths, total);
    }

    /** For a health or memory report: items, and entries over all items. */
    Map<String, Long> counts() {
        long entries = byPath.values().stream().mapToLong(i -> i.entries.length).sum();
        return Map.of("items", (long) byPath.size(), "entries", entries);
    }
}
