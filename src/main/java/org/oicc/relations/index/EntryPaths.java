package org.oicc.relations.index;

/**
 * The order of two entries by their paths ({@code itemPath/subModel/name}), the tie-break of a
 * category's entries of the same position: compared character by character without building the
 * path strings, which the sorted lists of {@link EntryLookup} would otherwise make on every comparison.
 */
final class EntryPaths {

    private EntryPaths() {
    }

    /**
     * Compares two entries' paths ({@code itemPath/subModel/name}) as whole strings, without
     * building them: an item path that is a prefix of the other does not decide by itself
     * ({@code /a-b/...} sorts before {@code /a/...}).
     */
    static int compare(String itemA, IndexedEntry a, String itemB, IndexedEntry b, String subModel) {
        String[] pa = {itemA, "/", subModel, a.name == null ? "" : "/", a.name == null ? "" : a.name};
        String[] pb = {itemB, "/", subModel, b.name == null ? "" : "/", b.name == null ? "" : b.name};
        int ia = 0;
        int ja = 0;
        int ib = 0;
        int jb = 0;
        while (true) {
            while (ia < pa.length && ja >= pa[ia].length()) {
                ia++;
                ja = 0;
            }
            while (ib < pb.length && jb >= pb[ib].length()) {
                ib++;
                jb = 0;
            }
            if (ia == pa.length || ib == pb.length) {
                return ia == pa.length ? (ib == pb.length ? 0 : -1) : 1;
            }
            char ca = pa[ia].charAt(ja++);
            char cb = pb[ib].charAt(jb++);
            if (ca != cb) {
                return ca - cb;
            }
        }
    }
}
