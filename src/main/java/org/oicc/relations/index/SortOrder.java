package org.oicc.relations.index;

/**
 * An order of items: by a property as a reader in {@code language} sees it (the translation, or the
 * default language's value where there is none), or by node name when {@code property} is
 * {@code @name}; items without a value last in either direction; ties by path.
 */
public record SortOrder(String property, String language, boolean descending) {

    public static final String NAME = "@name";

    public static SortOrder byName() {
        return new SortOrder(NAME, null, false);
    }
}
