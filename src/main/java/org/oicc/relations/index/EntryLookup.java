package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@link ItemIndex#entries}: the entries of one submodel that point at one item, in the
 * order of a numeric property (missing last), ties by the entry's path. The first lookup of a
 * target passes over every item's entries comparing their identifiers and sorts what it found;
 * the list is then kept and followed — a changed item's entries leave it and its new ones take
 * their places — so the pages of a category cost their own length, also right after a publication.
 * An entry is kept as its item's slot and its place among the item's entries, not as a path.
 */
final class EntryLookup {

    /** Categories by order asked at once; each list holds a long per entry. */
    static final int KEPT = 32;

    private record Key(String subModel, String reference, String target, String order) {
    }

    /** The entries of one target, sorted; {@code slot << 20 | place}. */
    private final class Found {
        final IndexSchema.SubModel sub;
        final int reference;
        final int order;
        final String target;
        long[] hits;
        int size;

        Found(IndexSchema.SubModel sub, int reference, int order, String target) {
            this.sub = sub;
            this.reference = reference;
            this.order = order;
            this.target = target;
        }

        boolean matches(IndexedEntry entry) {
            return entry.subModel == sub.position() && holds(entry.values[reference], target);
        }

        int compare(long a, long b) {
            if (a == b) {
                return 0;
            }
            IndexedItem x = index.slot(slot(a));
            IndexedItem y = index.slot(slot(b));
            IndexedEntry ex = x.entries(index.schema())[place(a)];
            IndexedEntry ey = y.entries(index.schema())[place(b)];
            int c = SlotComparator.compareKeys(position(ex), position(ey), false);
            return c != 0 ? c : EntryPaths.compare(x.path(), ex, y.path(), ey, sub.property());
        }

        Object positionAt(int i) {
            IndexedItem item = index.slot(slot(hits[i]));
            return position(item.entries(index.schema())[place(hits[i])]);
        }

        private Object position(IndexedEntry entry) {
            Object value = order < 0 ? null : IndexValues.first(entry.values[order]);
            return value instanceof Number ? value : null;
        }

        int find(long hit) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = compare(hits[mid], hit);
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

        void removed(IndexedItem old) {
            IndexedEntry[] entries = old.entries(index.schema());
            for (int place = 0; place < entries.length; place++) {
                if (matches(entries[place])) {
                    int at = find(hit(old.slot, place));
                    if (at >= 0) {
                        System.arraycopy(hits, at + 1, hits, at, size - at - 1);
                        size--;
                    }
                }
            }
        }

        void added(IndexedItem item) {
            IndexedEntry[] entries = item.entries(index.schema());
            for (int place = 0; place < entries.length; place++) {
                if (matches(entries[place])) {
                    long hit = hit(item.slot, place);
                    int at = find(hit);
                    if (at >= 0) {
                        continue;
                    }
                    at = -at - 1;
                    if (size == hits.length) {
                        hits = Arrays.copyOf(hits, Math.max(16, size + (size >> 1)));
                    }
                    System.arraycopy(hits, at, hits, at + 1, size - at);
                    hits[at] = hit;
                    size++;
                }
            }
        }
    }

    private final WorkspaceIndex index;
    private final Map<Key, Found> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
            return size() > KEPT;
        }
    };

    EntryLookup(WorkspaceIndex index) {
        this.index = index;
    }

    /** Under the index's read lock. */
    IndexPage page(String subModel, String reference, String target, String order, int offset, int limit) {
        Found found = found(new Key(subModel, reference, target, order));
        if (found == null) {
            return IndexPage.empty();
        }
        int total = found.size;
        if (limit <= 0 || offset >= total) {
            return new IndexPage(List.of(), total);
        }
        int end = (int) Math.min(total, (long) offset + limit);
        List<String> paths = new ArrayList<>(end - offset);
        for (int i = offset; i < end; i++) {
            IndexedItem item = index.slot(slot(found.hits[i]));
            paths.add(item.entries(index.schema())[place(found.hits[i])].path(item.path(), found.sub.property()));
        }
        return new IndexPage(paths, total);
    }

    /**
     * Under the index's read lock: the highest position among the entries of {@code target} that are
     * not the item's at {@code itemPath}, 0 when there is none; null when the index keeps no such
     * entries (a submodel or property it does not know). Entries without a position sort last, so a
     * binary search finds the last positioned one; at most the item's own entries are stepped over.
     */
    Long highest(String subModel, String reference, String target, String order, String itemPath) {
        if (order == null) {
            return null;
        }
        Found found = found(new Key(subModel, reference, target, order));
        if (found == null) {
            return null;
        }
        int low = 0;
        int high = found.size - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (found.positionAt(mid) != null) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        for (int i = last; i >= 0; i--) {
            if (!index.slot(slot(found.hits[i])).path().equals(itemPath)) {
                return ((Number) found.positionAt(i)).longValue();
            }
        }
        return 0L;
    }

    /** Under the write lock, before the item's slot changes hands. */
    void removed(IndexedItem old) {
        for (Found f : values()) {
            f.removed(old);
        }
    }

    /** Under the write lock, once the item is in its slot. */
    void added(IndexedItem item) {
        for (Found f : values()) {
            f.added(item);
        }
    }

    synchronized void clear() {
        kept.clear();
    }

    private synchronized List<Found> values() {
        return new ArrayList<>(kept.values());
    }

    private synchronized Found found(Key key) {
        Found found = kept.get(key);
        if (found != null) {
            return found;
        }
        IndexSchema.SubModel sub = index.schema().subModel(key.subModel());
        if (sub == null || key.target() == null) {
            return null;
        }
        int reference = sub.columns().position(key.reference());
        int order = key.order() == null ? -1 : sub.columns().position(key.order());
        if (reference < 0) {
            return null;
        }
        Found built = new Found(sub, reference, order, key.target());
        long[] hits = new long[16];
        // each hit's sort key made once (its position, its path), not unpacked again per comparison
        List<Object> positions = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int n = 0;
        for (IndexedItem item : index.items()) {
            IndexedEntry[] entries = item.entries(index.schema());
            String itemPath = null;
            for (int place = 0; place < entries.length; place++) {
                if (built.matches(entries[place])) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n + (n >> 1));
                    }
                    hits[n++] = hit(item.slot, place);
                    itemPath = itemPath == null ? item.path() : itemPath;
                    positions.add(built.position(entries[place]));
                    paths.add(entries[place].path(itemPath, sub.property()));
                }
            }
        }
        Integer[] byKey = new Integer[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, (i, j) -> {
            int c = SlotComparator.compareKeys(positions.get(i), positions.get(j), false);
            return c != 0 ? c : paths.get(i).compareTo(paths.get(j));
        });
        long[] sorted = new long[hits.length];
        for (int i = 0; i < n; i++) {
            sorted[i] = hits[byKey[i]];
        }
        hits = sorted;
        built.hits = hits;
        built.size = n;
        kept.put(key, built);
        return built;
    }

    private static long hit(int slot, int place) {
        return ((long) slot << 20) | place;
    }

    private static int slot(long hit) {
        return (int) (hit >>> 20);
    }

    private static int place(long hit) {
        return (int) (hit & 0xFFFFF);
    }

    static boolean holds(Object stored, String wanted) {
        if (stored instanceof Object[] many) {
            for (Object v : many) {
                if (wanted.equals(v)) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(stored);
    }
}
