package org.oicc.relations.index;

import java.util.List;

/**
 * One indexed item, kept as one {@code byte[]} ({@link PackedRecord}): its path, its kept values by
 * column ({@link Columns}; a multi-valued property as an {@code Object[]}, a missing one as null)
 * and its submodel entries in node order. Values become objects only when read, so 100,000 items
 * cost their bytes, not their objects. Immutable once built; a change replaces the whole item. Of
 * its rich texts only whether each is written is kept. {@code slot} is its place in the
 * workspace's slot table.
 */
final class IndexedItem {

    static final IndexedEntry[] NO_ENTRIES = new IndexedEntry[0];

    /** Final in spirit: {@link Twins} may give it the other side's equal array before it is indexed. */
    byte[] record;
    final Labels labels;
    /** Which translatable rich texts are written, one bit per property and language ({@link RichTextPresence}). */
    final long richText;
    int slot = -1;

    private IndexedItem(byte[] record, Labels labels, long richText) {
        this.record = record;
        this.labels = labels;
        this.richText = richText;
    }

    /** Packs an item's path, values (by the schema's item columns) and entries. */
    static IndexedItem pack(IndexSchema schema, Labels labels, String path, Object[] values, List<IndexedEntry> entries,
            long richText) {
        return new IndexedItem(PackedWriter.pack(schema, labels, path, values, entries), labels, richText);
    }

    private PackedRecord read() {
        return new PackedRecord(record, labels);
    }

    String path() {
        return read().path();
    }

    String name() {
        return read().name();
    }

    boolean hasPath(String path) {
        return read().hasPath(path);
    }

    /** The path's {@link String#hashCode}. */
    int pathHash() {
        return read().pathHash();
    }

    /** Whether the path is below the prefix (which ends with '/'). */
    boolean pathBelow(String prefix) {
        return read().pathBelow(prefix);
    }

    /** As the paths' {@link String#compareTo}. */
    int comparePath(IndexedItem other) {
        return read().comparePath(other.read());
    }

    /** One column's value, null when missing. */
    Object value(int column) {
        return read().value(column);
    }

    /** Every column's value. */
    Object[] values(int columns) {
        return read().values(columns);
    }

    /** The entries, unpacked (their values made as objects); for one filter or lookup pass. */
    IndexedEntry[] entries(IndexSchema schema) {
        return read().entries(schema);
    }

    int entryCount() {
        return read().entryCount();
    }
}
