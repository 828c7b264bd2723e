package org.oicc.relations.bulk;

import java.io.PrintWriter;

/**
 * Counts of an import and its rejected lines. Each rejection is printed the moment it is known
 * ({@code line 7: oicc:organization 'x': name: is required}), so a file with a million bad lines
 * never holds them in memory; the first few are also kept for tests and summaries.
 */
public final class ImportReport {

    /** One refused line: its number in the file (from 1), the item's name when known, why. */
    public record Rejection(long line, String name, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + (name == null || name.isEmpty() ? "" : "'" + name + "': ") + reason;
        }
    }

    private static final int KEPT = 100;

    private final PrintWriter rejections;
    private final java.util.List<Rejection> first = new java.util.ArrayList<>();
    private long created;
    private long replaced;
    private long skipped;
    private long rejected;

    /** @param rejections where each rejection is printed (stderr on the command line) */
    public ImportReport(PrintWriter rejections) {
        this.rejections = rejections;
    }

    void reject(long line, String name, String reason) {
        Rejection r = new Rejection(line, name, reason);
        rejected++;
        if (first.size() < KEPT) {
            first.add(r);
        }
        rejections.println("rejected " + r);
        rejections.flush();
    }

    void created(long n) {
        created += n;
    }

    void replaced(long n) {
        replaced += n;
    }

    void skip() {
        skipped++;
    }

    public long created() {
        return created;
    }

    public long replaced() {
        return replaced;
    }

    public long skipped() {
        return skipped;
    }

    public long rejected() {
        return rejected;
    }

    /** The first {@value #KEPT} rejections, in line order. */
    public java.util.List<Rejection> firstRejections() {
        return java.util.List.copyOf(first);
    }

    public String summary() {
        return created + " created, " + replaced + " replaced, " + skipped + " skipped (name exists), " + rejected + " rejected";
    }
}
