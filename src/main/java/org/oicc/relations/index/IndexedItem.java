package org.oicc.relations.index;

/**
 * One indexed item: its path, its kept values by column ({@link Columns}; a multi-valued property as
 * an {@code Object[]}, a missing one as null) and its submodel entries in node order. Immutable once
 * built; a change replaces the whole item. Of its rich texts only whether each is written is kept. {@code slot} is its place in the workspace's slot table.
 */
final class IndexedItem {

    static final IndexedEntry[] NO_ENTRIES = new IndexedEntry[0];

    /** Final in spirit: {@link Twins} may give it the other side's equal instance before it is indexed. */
    String path;
    /** As {@link #path}: the other side's array when every value is equal (values are never changed in place once indexed). */
    Object[] values;
    final IndexedEntry[] entries;
    /** Which translatable rich texts are written, one bit per property and language ({@link RichTextPresence}). */
    final long richText;
    int slot = -1;

    IndexedItem(String path, Object[] values, IndexedEntry[] entries) {
        this(path, values, entries, 0L);
    }

    IndexedItem(String path, Object[] values, IndexedEntry[] entries, long richText) {
        this.path = path;
        this.values = values;
        this.entries = entries.length == 0 ? NO_ENTRIES : entries;
        this.richText = richText;
    }

    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
