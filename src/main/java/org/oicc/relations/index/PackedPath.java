package org.oicc.relations.index;

/**
 * The head of a packed item, its path: the label of the parent path and the item's name. Compares,
 * hashes and matches the path in place, character by character, so that a sort or a lookup over
 * 100,000 items makes no String for any of them; {@link #path()} makes one when asked.
 */
abstract class PackedPath extends PackedCursor {

    PackedPath(byte[] record, Labels labels) {
        super(record, labels);
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
    int comparePath(PackedPath other) {
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
        return charOf(nameStart, nameWide, k);
    }

    /** Compares the texts at both records' positions, as String.compareTo. */
    private int compareText(PackedPath other) {
        int ha = (int) varint();
        int hb = (int) other.varint();
        int la = ha >>> 1;
        int lb = hb >>> 1;
        boolean wa = (ha & 1) != 0;
        boolean wb = (hb & 1) != 0;
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            char ca = charOf(at, wa, i);
            char cb = other.charOf(other.at, wb, i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }
}
