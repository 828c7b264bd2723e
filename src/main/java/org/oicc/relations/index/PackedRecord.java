package org.oicc.relations.index;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

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
 * compares in place. About a quarter of the heap the same values took as objects.
 */
final class PackedRecord {

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

    private final byte[] r;
    private final Labels labels;
    private int at;

    PackedRecord(byte[] record, Labels labels) {
        this.r = record;
        this.labels = labels;
    }

    // ---- the path ----

    int parent() {
        at = 0;
        return (int) varint();
    }

    /** The item's own name (the path's last segment). */
    String name() {
        parent();
        return text();
    }

    String path() {
        String parent = labels.text(parent());
        return parent + '/' + text();
    }

    /** Like {@code path().compareTo(other.path())}, without making either. */
    int comparePath(PackedRecord other) {
        int pa = parent();
        int pb = other.parent();
        if (pa == pb) {
            return compareText(other);
        }
        String a = labels.text(pa);
        String b = other.labels.text(pb);
        int la = pathLength(a);
        int lb = other.pathLength(b);
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char ca = pathChar(a, i);
            char cb = other.pathChar(b, i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    /** Whether the path is this one's. */
    boolean hasPath(String path) {
        String parent = labels.text(parent());
        int length = pathLength(parent);
        if (length != path.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (pathChar(parent, i) != path.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code path().hashCode()}, without making it. */
    int pathHash() {
        String parent = labels.text(parent());
        int length = pathLength(parent);
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + pathChar(parent, i);
        }
        return h;
    }

    /** Whether the path starts with the prefix and is longer. */
    boolean pathBelow(String prefix) {
        String parent = labels.text(parent());
        int length = pathLength(parent);
        if (length <= prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (pathChar(parent, i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Length of parent + '/' + name; leaves {@link #at} on the name's first byte. */
    private int pathLength(String parent) {
        parent();
        int header = (int) varint();
        nameStart = at;
        nameWide = (header & 1) != 0;
        return parent.length() + 1 + (header >>> 1);
    }

    private int nameStart;
    private boolean nameWide;

    /** A character of parent + '/' + name; after {@link #pathLength}. */
    private char pathChar(String parent, int i) {
        if (i < parent.length()) {
            return parent.charAt(i);
        }
        if (i == parent.length()) {
            return '/';
        }
        int k = i - parent.length() - 1;
        return nameWide ? (char) (((r[nameStart + 2 * k] & 0xFF) << 8) | (r[nameStart + 2 * k + 1] & 0xFF))
                : (char) (r[nameStart + k] & 0xFF);
    }

    /** Compares the texts at both records' positions, as String.compareTo. */
    private int compareText(PackedRecord other) {
        int ha = (int) varint();
        int hb = (int) other.varint();
        int la = ha >>> 1;
        int lb = hb >>> 1;
        boolean wa = (ha & 1) != 0;
        boolean wb = (hb & 1) != 0;
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char ca = wa ? (char) (((r[at + 2 * i] & 0xFF) << 8) | (r[at + 2 * i + 1] & 0xFF)) : (char) (r[at + i] & 0xFF);
            char cb = wb ? (char) (((other.r[other.at + 2 * i] & 0xFF) << 8) | (other.r[other.at + 2 * i + 1] & 0xFF))
                    : (char) (other.r[other.at + i] & 0xFF);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    // ---- values ----

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

    private String text() {
        int header = (int) varint();
        int length = header >>> 1;
        String s;
        if ((header & 1) == 0) {
            s = new String(r, at, length, StandardCharsets.ISO_8859_1);
            at += length;
        } else {
            s = new String(r, at, 2 * length, StandardCharsets.UTF_16BE);
            at += 2 * length;
        }
        return s;
    }

    private void skipText() {
        int header = (int) varint();
        at += (header & 1) == 0 ? header >>> 1 : header & ~1;
    }

    private long varint() {
        long v = 0;
        int shift = 0;
        while (true) {
            byte b = r[at++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    private long fixed() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (r[at++] & 0xFF);
        }
        return v;
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
