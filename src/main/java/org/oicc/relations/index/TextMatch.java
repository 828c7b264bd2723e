package org.oicc.relations.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An {@link ItemSearch} as a test on indexed items: the text occurs, without regard to case, in one
 * of the properties in any language (its stored translations are columns too) or in a value of a
 * multi-valued one. Compared in place ({@link String#regionMatches}) so a search over 100,000 items
 * allocates nothing per item.
 */
final class TextMatch implements Predicate<IndexedItem> {

    private final String text;
    private final int[] columns;
    private final boolean name;

    TextMatch(ItemSearch search, Columns item) {
        this.text = search.text().strip();
        List<Integer> found = new ArrayList<>();
        boolean byName = false;
        for (String property : search.properties()) {
            if (SortOrder.NAME.equals(property)) {
                byName = true;
                continue;
            }
            int column = item.position(property);
            if (column >= 0) {
                found.add(column);
                found.addAll(item.translationsOf(column));
            }
        }
        this.columns = found.stream().mapToInt(Integer::intValue).toArray();
        this.name = byName;
    }

    @Override
    public boolean test(IndexedItem item) {
        if (name && contains(item.name())) {
            return true;
        }
        for (int column : columns) {
            Object stored = item.value(column);
            if (stored instanceof Object[] many) {
                for (Object v : many) {
                    if (v instanceof String s && contains(s)) {
                        return true;
                    }
                }
            } else if (stored instanceof String s && contains(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String value) {
        int last = value.length() - text.length();
        for (int i = 0; i <= last; i++) {
            if (value.regionMatches(true, i, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }
}
