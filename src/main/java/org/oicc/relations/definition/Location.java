package org.oicc.relations.definition;

/** Where a definition came from: a file of the light module (relative path) and a 1-based line. */
public record Location(String file, int line) {

    public static Location of(String file) {
        return new Location(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
