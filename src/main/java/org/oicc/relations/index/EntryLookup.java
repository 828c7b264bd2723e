package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@link ItemIndex#entries}: the entries of one submodel that point at one item, in the
 * order of a numeric property (missing last), ties by the entry's path. Finding them is a pass over
 * the items' entries comparing interned identifiers; the sorted list is kept until the workspace
 * changes, so the pages of one category after the first cost only their own length.
 */
final class EntryLookup {

    private record Key(String subModel, String reference, String target, String order) {
    }

    private record Found(long generation, List<String> paths) {
    }

    private record Hit(String path, Object order) {
    }

    private final WorkspaceIndex index;
    private final Map<Key, Found> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
            return size() > 32;
        }
    };

    EntryLookup(WorkspaceIndex index) {
        this.index = index;
    }

    /** Under the index's read lock. */
    IndexPage page(String subModel, String reference, String target, String order, int offset, int limit) {
        List<String> all = all(new Key(subModel, reference, target, order));
        List<String> page = offset >= all.size() || limit <= 0 ? List.of()
                : all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
        return new IndexPage(page, all.size());
    }

    private synchronized List<String> all(Key key) {
        Found found = kept.get(key);
        if (found != null && found.generation() == index.generation()) {
            return found.paths();
        }
        List<String> paths = find(key);
        kept.put(key, new Found(index.generation(), paths));
        return paths;
    }

    private List<String> find(Key key) {
        IndexSchema.SubModel sub = index.schema().subModel(key.subModel());
        if (sub == null || key.target() == null) {
            return List.of();
        }
        int reference = sub.columns().position(key.reference());
        int order = key.order() == null ? -1 : sub.columns().position(key.order());
        if (reference < 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (IndexedItem item : index.items()) {
            for (IndexedEntry entry : item.entries) {
                if (entry.subModel == sub.position() && holds(entry.values[reference], key.target())) {
                    Object value = order < 0 ? null : IndexValues.first(entry.values[order]);
                    hits.add(new Hit(entry.path(item.path, sub.property()), value instanceof Number ? value : null));
                }
            }
        }
        hits.sort(Comparator.<Hit, Boolean>comparing(h -> h.order() == null)
                .thenComparing((a, b) -> a.order() == null ? 0 : IndexValues.compare(a.order(), b.order()))
                .thenComparing(Hit::path));
        return hits.stream().map(Hit::path).toList();
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
