package org.oicc.relations.index;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Packs one item into the bytes of a {@link PackedRecord}: its path as the label of its parent
 * folder and its own name, its kept values column by column (trailing missing ones left out), its
 * entries with theirs. Texts are Latin-1 where every character fits, else UTF-16; a text in a
 * repeated column (identifier, option, user, entry name) is its label; an identifier that is a
 * canonical UUID ({@code jcr:uuid}) is its 16 bytes; dates and integers are variable-length longs.
 */
final class PackedWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(192);
    private final Labels labels;

    private PackedWriter(Labels labels) {
        this.labels = labels;
    }

    /** The record of an item; {@code entries} in node order, their values by their submodel's columns. */
    static byte[] pack(IndexSchema schema, Labels labels, String path, Object[] values, List<IndexedEntry> entries) {
        PackedWriter w = new PackedWriter(labels);
        int slash = path.lastIndexOf('/');
        w.varint(labels.id(path.substring(0, Math.max(0, slash))));
        w.text(path.substring(slash + 1));
        w.values(values, schema.item());
        w.varint(entries.size());
        List<IndexSchema.SubModel> subs = schema.subModels();
        for (IndexedEntry e : entries) {
            w.varint(e.subModel);
            w.varint(e.name == null ? 0 : labels.id(e.name) + 1);
            w.values(e.values, subs.get(e.subModel).columns());
        }
        return w.out.toByteArray();
    }

    private void values(Object[] values, Columns columns) {
        int count = values.length;
        while (count > 0 && values[count - 1] == null) {
            count--;
        }
        varint(count);
        for (int c = 0; c < count; c++) {
            value(values[c], columns.repeated(c));
        }
    }

    private void value(Object v, boolean repeated) {
        if (v == null) {
            out.write(PackedRecord.NULL);
        } else if (v instanceof String s) {
            if (repeated && s.length() <= Labels.LONGEST) {
                out.write(PackedRecord.LABEL);
                varint(labels.id(s));
            } else if (isCanonicalUuid(s)) {
                out.write(PackedRecord.UUID);
                java.util.UUID u = java.util.UUID.fromString(s);
                fixed(u.getMostSignificantBits());
                fixed(u.getLeastSignificantBits());
            } else {
                out.write(PackedRecord.TEXT);
                text(s);
            }
        } else if (v instanceof Long l) {
            out.write(PackedRecord.LONG);
            varint(zigzag(l));
        } else if (v instanceof Moment m) {
            out.write(PackedRecord.DATE);
            varint(zigzag(m.millis()));
        } else if (v instanceof Double d) {
            out.write(PackedRecord.DOUBLE);
            fixed(Double.doubleToRawLongBits(d));
        } else if (v instanceof BigDecimal d) {
            out.write(PackedRecord.DECIMAL);
            text(d.toString());
        } else if (v instanceof Boolean b) {
            out.write(b ? PackedRecord.TRUE : PackedRecord.FALSE);
        } else if (v instanceof Object[] many) {
            out.write(PackedRecord.MANY);
            varint(many.length);
            for (Object o : many) {
                value(o, repeated);
            }
        } else {
            throw new IllegalArgumentException("the index keeps no " + v.getClass().getName());
        }
    }

    /** Lower-case 8-4-4-4-12 hex: the form {@link java.util.UUID#toString} gives back, so it unpacks to the same text. */
    static boolean isCanonicalUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private void text(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        varint(((long) s.length() << 1) | (latin1 ? 0 : 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!latin1) {
                out.write(c >>> 8);
            }
            out.write(c & 0xFF);
        }
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private void fixed(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift) & 0xFF);
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }
}
