package org.oicc.relations.index;

import java.math.BigDecimal;

/**
 * Reads the one {@code byte[]} an item is kept as ({@link PackedWriter} writes it):
 *
 * <pre>
 * record := parent-label name:text values entry-count entry*
 * entry  := submodel name-label+1 (0: a single submodel's entry, no name) values
 * values := count value*          (columns 0..count-1; later columns are missing)
 * value  := tag payload           (see the tags below; MANY: count value*)
 * text   := (length &lt;&lt; 1 | utf16) bytes
 * </pre>
 *
 * A value becomes a Java object (String, Long, Double, BigDecimal, Boolean, {@link Moment},
 * {@code Object[]}) only when asked for: an order or a filter reads the one column it needs, a path
 * compares in place ({@link PackedPath}). About a quarter of the heap the same values took as objects.
 */
final class PackedRecord extends PackedPath {

    static final int NULL = 0;
    static final int TEXT = 1;
    static final int LABEL = 2;
    static final int LONG = 3;
    static final int DOUBLE = 4;
    static final int DECIMAL = 5;
    static final int FALSE = 6;
    static final int TRUE = 7;
    static final int DATE = 8;
    static final int UUID = 9;
    static final int MANY = 10;

    PackedRecord(byte[] record, Labels labels) {
        super(record, labels);
    }

    /** A column of the item, or null when missing. */
    Object value(int column) {
        parent();
        skipText();
        return valueAt(column);
    }

    /** The item's values, {@code columns} long. */
    Object[] values(int columns) {
        parent();
        skipText();
        return readValues(columns);
    }

    /** The item's entries, in node order; their values as long as their submodel's columns. */
    IndexedEntry[] entries(IndexSchema schema) {
        parent();
        skipText();
        skipValues();
        int count = (int) varint();
        if (count == 0) {
            return IndexedItem.NO_ENTRIES;
        }
        IndexedEntry[] entries = new IndexedEntry[count];
        for (int e = 0; e < count; e++) {
            int sub = (int) varint();
            int name = (int) varint();
            Object[] values = readValues(schema.subModels().get(sub).columns().size());
            entries[e] = new IndexedEntry(sub, name == 0 ? null : labels.text(name - 1), values);
        }
        return entries;
    }

    int entryCount() {
        parent();
        skipText();
        skipValues();
        return (int) varint();
    }

    private Object valueAt(int column) {
        int count = (int) varint();
        if (column >= count) {
            return null;
        }
        for (int c = 0; c < column; c++) {
            skipValue();
        }
        return readValue();
    }

    private Object[] readValues(int columns) {
        int count = (int) varint();
        Object[] values = new Object[Math.max(columns, count)];
        for (int c = 0; c < count; c++) {
            values[c] = readValue();
        }
        return values;
    }

    private void skipValues() {
        int count = (int) varint();
        for (int c = 0; c < count; c++) {
            skipValue();
        }
    }

    private Object readValue() {
        int tag = r[at++];
        switch (tag) {
            case NULL:
                return null;
            case TEXT:
                return text();
            case LABEL:
                return labels.text((int) varint());
            case LONG:
                return unzigzag(varint());
            case DATE:
                return new Moment(unzigzag(varint()));
            case DOUBLE:
                return Double.longBitsToDouble(fixed());
            case DECIMAL:
                return new BigDecimal(text());
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case UUID:
                return new java.util.UUID(fixed(), fixed()).toString();
            case MANY:
                Object[] many = new Object[(int) varint()];
                for (int i = 0; i < many.length; i++) {
                    many[i] = readValue();
                }
                return many;
            default:
                throw new IllegalStateException("not a packed value: tag " + tag + " at " + (at - 1));
        }
    }

    private void skipValue() {
        int tag = r[at++];
        switch (tag) {
            case TEXT, DECIMAL -> skipText();
            case LABEL, LONG, DATE -> varint();
            case DOUBLE -> at += 8;
            case UUID -> at += 16;
            case MANY -> {
                int n = (int) varint();
                for (int i = 0; i < n; i++) {
                    skipValue();
                }
            }
            default -> {
                // NULL, FALSE, TRUE: the tag is the value
            }
        }
    }
}
