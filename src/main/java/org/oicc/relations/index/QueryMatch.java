package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An {@link IndexQuery}'s filters as one test on indexed items, with every property name resolved to
 * its column once per query rather than once per item: the path below the root or an ancestor,
 * the candidates, the item's own conditions, then per submodel one entry that satisfies all of its
 * conditions. A condition on a property the index does not keep matches nothing.
 */
final class QueryMatch implements Predicate<IndexedItem> {

    /** A condition with its columns: the property and, in a localized request, its translation. */
    private record Resolved(int column, int translated, boolean name, IndexCondition condition) {
    }

    private record EntryGroup(int subModel, List<Resolved> conditions) {
    }

    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> candidates;
    private final List<Resolved> own = new ArrayList<>();
    private final List<EntryGroup> groups = new ArrayList<>();
    private final IndexSchema schema;
    private boolean impossible;

    QueryMatch(IndexQuery query, IndexSchema schema) {
        this.schema = schema;
        List<String> under = query.ancestors().isEmpty() ? List.of(query.rootPath()) : query.ancestors();
        for (String path : under) {
            prefixes.add(path == null || "/".equals(path) ? "/" : path + "/");
        }
        this.candidates = query.candidates();
        Map<String, List<Resolved>> bySubModel = new LinkedHashMap<>();
        for (IndexCondition c : query.conditions()) {
            if (c.subModel() == null) {
                own.add(resolve(c, schema.item()));
                continue;
            }
            IndexSchema.SubModel sub = schema.subModel(c.subModel());
            if (sub == null) {
                impossible = true;
                continue;
            }
            bySubModel.computeIfAbsent(c.subModel(), k -> new ArrayList<>()).add(resolve(c, sub.columns()));
        }
        bySubModel.forEach((name, list) -> groups.add(new EntryGroup(schema.subModel(name).position(), list)));
    }

    private Resolved resolve(IndexCondition c, Columns columns) {
        boolean name = SortOrder.NAME.equals(c.property());
        int column = name ? -1 : columns.position(c.property());
        if (!name && column < 0) {
            impossible = true;
        }
        int translated = column < 0 ? -1 : columns.translation(column, c.language());
        return new Resolved(column, translated, name, c);
    }

    @Override
    public boolean test(IndexedItem item) {
        if (impossible || !below(item) || (candidates != null && !candidates.contains(item.path()))) {
            return false;
        }
        for (Resolved r : own) {
            if (!holds(r, r.name() ? item.name() : effective(item, r))) {
                return false;
            }
        }
        if (groups.isEmpty()) {
            return true;
        }
        IndexedEntry[] entries = item.entries(schema);
        for (EntryGroup group : groups) {
            if (!anyEntry(entries, group)) {
                return false;
            }
        }
        return true;
    }

    private boolean below(IndexedItem item) {
        for (String prefix : prefixes) {
            if (item.pathBelow(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEntry(IndexedEntry[] entries, EntryGroup group) {
        for (IndexedEntry entry : entries) {
            if (entry.subModel != group.subModel()) {
                continue;
            }
            boolean all = true;
            for (Resolved r : group.conditions()) {
                if (!holds(r, effective(entry.values, r))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The translation where the item has one, else the stored default. */
    private static Object effective(IndexedItem item, Resolved r) {
        Object translated = r.translated() >= 0 ? item.value(r.translated()) : null;
        return translated != null ? translated : item.value(r.column());
    }

    /** The translation where the entry has one, else the stored default. */
    private static Object effective(Object[] values, Resolved r) {
        if (r.translated() >= 0 && values[r.translated()] != null) {
            return values[r.translated()];
        }
        return values[r.column()];
    }

    private static boolean holds(Resolved r, Object stored) {
        if (stored == null) {
            return false;
        }
        Predicate<Object> test = r.condition().value();
        boolean any = false;
        if (stored instanceof Object[] many) {
            for (Object v : many) {
                if (test.test(v)) {
                    any = true;
                    break;
                }
            }
        } else {
            any = test.test(stored);
        }
        return r.condition().negative() != any;
    }
}
