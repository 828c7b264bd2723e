package org.oicc.relations.index;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which items lack translations, from the index's kept values (never by reading nodes): a text that
 * is set in the default language and missing in a locale ({@code name} without {@code name_ar}), in
 * the item or in one of its submodel entries (a relationship's role); a multi-valued text
 * ({@code domains}) lacks one when the locale has fewer values than the default language.
 *
 * <p>Rich text ({@code description}) counts too: the index keeps of it only whether each language's
 * text is written ({@link RichTextPresence}), not the text. A submodel's rich text is not counted
 * (the model has none).
 *
 * <p>Cost: the set of items missing a locale is found once per workspace change (one pass over the
 * kept values) and then reused by every list request until the next change, the way
 * {@link ItemOrders} keeps orders; a filtered page then walks a ready order as any page does.
 * Kept apart from {@link ContentIndex} so that the index's own classes stay as they are.
 */
public final class TranslationGaps {

    private record Cached(long generation, BitSet missing) {
    }

    private final ContentIndex index;
    /** workspace + locale → the items lacking it, as of a generation */
    private final Map<String, Cached> cache = new HashMap<>();

    public TranslationGaps(ContentIndex index) {
        this.index = index;
    }

    /** The gaps of an index that keeps values; empty for any other kind of index (a test's stand-in). */
    public static Optional<TranslationGaps> of(ItemIndex index) {
        return index instanceof ContentIndex content ? Optional.of(new TranslationGaps(content)) : Optional.empty();
    }

    /** One page of the items that lack a translation in {@code locale} and match the search, in the order. */
    public IndexPage missing(String workspace, String locale, ItemSearch search, SortOrder order, int offset, int limit) {
        WorkspaceIndex ws = index.workspace(workspace);
        return ws.read(() -> {
            BitSet matched = (BitSet) lacking(ws, workspace, locale).clone();
            if (search != null && !search.matchesAll()) {
                matched.and(ws.matching(new TextMatch(search, ws.schema().item())));
            }
            return ws.page(matched, List.of(order == null ? SortOrder.byName() : order), Math.max(0, offset), limit);
        });
    }

    /** How many texts of the item at {@code path} lack each locale (every locale listed, 0 when complete); empty when not indexed. */
    public Map<String, Integer> counts(String workspace, String path, List<String> locales) {
        WorkspaceIndex ws = index.workspace(workspace);
        return ws.read(() -> {
            IndexedItem item = ws.item(path);
            Map<String, Integer> out = new LinkedHashMap<>();
            if (item != null) {
                for (String locale : locales) {
                    out.put(locale, count(ws.schema(), item, locale));
                }
            }
            return out;
        });
    }

    /** Called under the read lock: the workspace's generation cannot move meanwhile. */
    private synchronized BitSet lacking(WorkspaceIndex ws, String workspace, String locale) {
        String key = workspace + '\u0000' + locale;
        Cached cached = cache.get(key);
        if (cached == null || cached.generation() != ws.generation()) {
            IndexSchema schema = ws.schema();
            Predicate<IndexedItem> test = item -> count(schema, item, locale) > 0;
            cached = new Cached(ws.generation(), ws.matching(test));
            cache.put(key, cached);
        }
        return cached.missing();
    }

    static int count(IndexSchema schema, IndexedItem item, String locale) {
        int missing = count(schema.item(), item.values(schema.item().size()), locale)
                + schema.richText().missing(item.richText, locale);
        List<IndexSchema.SubModel> subs = schema.subModels();
        for (IndexedEntry entry : item.entries(schema)) {
            missing += count(subs.get(entry.subModel).columns(), entry.values, locale);
        }
        return missing;
    }

    private static int count(Columns columns, Object[] values, String locale) {
        int missing = 0;
        for (int base = 0; base < columns.size(); base++) {
            int translated = columns.translation(base, locale);
            if (translated < 0) {
                continue;
            }
            int want = size(values[base]);
            if (want > 0 && size(values[translated]) < want) {
                missing++;
            }
        }
        return missing;
    }

    /** Values set: 0 for none or a blank text, the count of a multi-valued one's non-blank values. */
    private static int size(Object value) {
        if (value instanceof Object[] many) {
            int n = 0;
            for (Object v : many) {
                n += v instanceof String s && s.isBlank() ? 0 : 1;
            }
            return n;
        }
        if (value instanceof String s) {
            return s.isBlank() ? 0 : 1;
        }
        return value == null ? 0 : 1;
    }
}
