package org.oicc.relations.server;

import org.oicc.relations.bulk.ImportProgress;
import org.oicc.relations.bulk.ImportReport;
import org.oicc.relations.bulk.JsonLinesImport;
import org.oicc.relations.bulk.SavedBatchListener;
import org.oicc.relations.content.BatchWriter;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.testing.GeneratedOrganizations;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a measurement of the bulk import, run by hand (see the import notes). Imports
 * {@code N} generated organizations into a data folder and prints, per 10,000 lines, items/s by wall
 * clock and by this thread's CPU time (the CPU figure holds on a machine shared with other work),
 * then the cost of single creates through the content service (the Nodes API PUT's path) at that size.
 *
 * <p>{@code java -cp target/test-classes:target/oicc-relations-standalone.jar
 * org.oicc.relations.server.ImportScaleMeasurement DATA FILE.jsonl [--publish]}
 */
public final class ImportScaleMeasurement {

    private ImportScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path file = Path.of(args[1]);
        boolean publish = args.length > 2 && "--publish".equals(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PrintWriter out = new PrintWriter(System.out, true);
        try (Standalone standalone = Standalone.open(data, null)) {
            ItemLocks locks = new ItemLocks();
            ContentService content = new ContentService(standalone.module(), standalone.sessions(), locks);
            ImportPublishing publishing = publish ? new ImportPublishing(standalone, locks, "import") : null;
            ImportProgress windows = new ImportProgress() {
                private long wall = System.nanoTime();
                private long cpu = threads.getCurrentThreadCpuTime();
                private long last;

                @Override
                public void start(long totalLines) {
                }

                @Override
                public void advanced(long linesRead) {
                    if (linesRead - last < 10_000) {
                        return;
                    }
                    long w = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    double n = linesRead - last;
                    out.printf("lines %7d-%7d: %7.0f items/s wall, %7.0f items/s cpu%n", last, linesRead,
                            n / ((w - wall) / 1e9), n / ((c - cpu) / 1e9));
                    wall = w;
                    cpu = c;
                    last = linesRead;
                }

                @Override
                public void finished() {
                }
            };
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            ImportReport report = new JsonLinesImport(standalone.module(), content, 1000).run(file, "import",
                    BatchWriter.Existing.SKIP, new ImportReport(out), windows,
                    publishing == null ? SavedBatchListener.NONE : publishing.listener());
            if (publishing != null) {
                publishing.close();
            }
            out.printf("import: %s in %.1f s wall, %.1f s cpu%n", report.summary(), (System.nanoTime() - w0) / 1e9,
                    (threads.getCurrentThreadCpuTime() - c0) / 1e9);
            int creates = 200;
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < creates; i++) {
                content.create("organization", "single-" + Long.toString(w1, 36) + "-" + i, ItemInput.of(Map.of("name", "Single " + i, "relationships",
                        List.of(Map.of("category", GeneratedOrganizations.CATEGORIES.get(i % 4), "position", i)))), "editor");
            }
            out.printf("single creates after this import (%d created now): %.2f ms wall, %.2f ms cpu each%n", report.created(),
                    (System.nanoTime() - w1) / 1e6 / creates, (threads.getCurrentThreadCpuTime() - c1) / 1e6 / creates);
        }
    }
}
