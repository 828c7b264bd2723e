package org.oicc.relations.index;

import java.nio.charset.StandardCharsets;

/**
 * The low level of reading a packed item ({@link PackedWriter}): a position in its bytes and the
 * numbers and texts found there (varints, fixed longs, length-headed Latin-1 or UTF-16 texts), and
 * the labels its label numbers stand for. {@link PackedPath} reads the path at its head on top of
 * this, {@link PackedRecord} the values after it.
 */
abstract class PackedCursor {

    final byte[] r;
    final Labels labels;
    int at;

    PackedCursor(byte[] record, Labels labels) {
        this.r = record;
        this.labels = labels;
    }

    /** The label of the parent path; leaves {@link #at} on the name. */
    final int parent() {
        at = 0;
        return (int) varint();
    }

    /** The k-th character of a text whose bytes start at {@code start}. */
    final char charOf(int start, boolean wide, int k) {
        return wide ? (char) (((r[start + 2 * k] & 0xFF) << 8) | (r[start + 2 * k + 1] & 0xFF)) : (char) (r[start + k] & 0xFF);
    }

    final String text() {
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

    final void skipText() {
        int header = (int) varint();
        at += (header & 1) == 0 ? header >>> 1 : header & ~1;
    }

    final long varint() {
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

    final long fixed() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (r[at++] & 0xFF);
        }
        return v;
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
