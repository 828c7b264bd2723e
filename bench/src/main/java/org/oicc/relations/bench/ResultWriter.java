package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The report as a plain-text table (printed and {@code bench.txt}) and as {@code bench.json}. */
final class ResultWriter {

    private ResultWriter() {
    }

    static void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("bench.json").toFile(), report);
        Files.writeString(dir.resolve("bench.txt"), table(report), StandardCharsets.UTF_8);
    }

    static String table(Report report) {
        StringBuilder t = new StringBuilder();
        t.append("Requests (wrk; req/s and latency of one row; ratios against the ceiling / the DavEx peer of the same size in the same run)\n\n");
        t.append(String.format(Locale.ROOT, "| %7s | %-26s | %9s | %8s | %8s | %8s | %7s | %7s | %s |%n",
                "size", "row", "req/s", "p50 ms", "p99 ms", "requests", "/ceil", "/peer", "note"));
        t.append("|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Report.Row r : report.rows()) {
            t.append(String.format(Locale.ROOT, "| %7d | %-26s | %9.0f | %8.2f | %8.2f | %8d | %7s | %7s | %s |%n",
                    r.size(), r.name(), r.perSecond(), r.p50(), r.p99(), r.requests(), ratio(r.ratioToCeiling()),
                    ratio(r.ratioToPeer()), note(r)));
        }
        t.append("\nScale (import: its own time; query = category filter + orderBy + limit=20 at distinct offsets, uncached, one at a time)\n\n");
        t.append(String.format(Locale.ROOT, "| %7s | %9s | %8s | %9s | %9s | %9s | %12s | %12s | %9s | %10s | %s |%n",
                "size", "import s", "items/s", "query p50", "query p95", "query p99", "page 1st B", "page cold", "heap MiB", "bytes/item", "import"));
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Report.ScaleRow s : report.scale()) {
            t.append(String.format(Locale.ROOT, "| %7d | %9.1f | %8.0f | %9.1f | %9.1f | %9.1f | %9.0f ms | %9.0f ms | %9.1f | %10.0f | %s |%n",
                    s.size(), s.importOwnSeconds(), s.size() / s.importOwnSeconds(), s.queryP50Ms(), s.queryP95Ms(), s.queryP99Ms(),
                    s.relationsFirstByteMs(), s.relationsFirstByteColdMs(), s.heapAfterGcBytes() / 1048576.0, s.bytesPerItem(),
                    s.importHow() + String.format(Locale.ROOT, ", process %.1f s", s.importSeconds()) + (s.rejectedLines() > 0 ? ", " + s.rejectedLines() + " lines rejected" : "")));
        }
        t.append("\nTargets (issue 12, point 8)\n\n");
        for (Report.Target g : report.targets()) {
            t.append(String.format(Locale.ROOT, "- [%s] %s: %s%n",
                    g.met() == null ? "?" : g.met() ? "met" : "NOT met", g.target(), g.measured()));
        }
        t.append("\nMachine: ").append(report.machine()).append('\n');
        t.append("Settings: ").append(report.settings()).append('\n');
        return t.toString();
    }

    private static String ratio(Double r) {
        return r == null ? "" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String note(Report.Row r) {
        String errors = r.errors() > 0 ? r.errors() + " errors; " : "";
        return errors + (r.note() == null ? r.request() : r.note() + "; " + r.request());
    }
}
