package org.oicc.relations.index;

import java.util.List;

/**
 * What an editor types into a list's search box or a reference picker: items whose value of one of
 * {@code properties} (in any language, for an i18n property) contains {@code text}, compared
 * without regard to case. A null or blank text matches every item.
 */
public record ItemSearch(String text, List<String> properties) {

    public ItemSearch {
        properties = List.copyOf(properties);
    }

    public static ItemSearch all() {
        return new ItemSearch(null, List.of());
    }

    public boolean matchesAll() {
        return text == null || text.isBlank();
    }
}
