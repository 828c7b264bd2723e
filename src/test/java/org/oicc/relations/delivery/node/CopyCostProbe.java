package org.oicc.relations.delivery.node;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.index.ContentIndex;
import org.oicc.relations.index.ItemCopies;
import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A scratch measurement, not a test: what the on-disk copies cost the writer. One repository with
 * {@code N} generated organizations; in alternating rounds an index without copies and one with
 * them is started (the build: wall and CPU of the calling thread, which reads every item) and then
 * {@code M} organizations are created one at a time through the content service (CPU of the saving
 * thread, which runs the index's synchronous listener and so the copy). Also the copies' file bytes.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.oicc.relations.delivery.node.CopyCostProbe DIR 10000 100</pre>
 */
public final class CopyCostProbe {

    private CopyCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int creates = Integer.parseInt(args[2]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (TestSite site = TestSite.builder().start(dir)) {
            Session session = site.published.login("organizations");
            try {
                GeneratedOrganizationNodes.write(session, count, 7, 5000);
            } finally {
                session.logout();
            }
            String category = site.content.read("relationshipCategory", "observer").id();
            for (int round = 0; round < 3; round++) {
                for (boolean copying : List.of(false, true)) {
                    DiskCopies copies = copying ? DiskCopies.temporary(site.module) : null;
                    ContentIndex index = new ContentIndex(site.module, ContentLocales.of(site.module),
                            copies == null ? ItemCopies.NONE : copies);
                    long wall = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    index.start(site.sessions);
                    long buildCpu = cpu.getCurrentThreadCpuTime() - c0;
                    long buildWall = System.nanoTime() - wall;
                    long[] each = new long[creates];
                    for (int i = 0; i < creates; i++) {
                        long t = cpu.getCurrentThreadCpuTime();
                        site.content.create("organization", "probe-" + round + "-" + copying + "-" + i,
                                ItemInput.of(Map.of("name", "Probe organization " + i, "acronym", "P" + i,
                                        "relationships", List.of(Map.of("category", category, "role", "Observer")))), "editor");
                        each[i] = cpu.getCurrentThreadCpuTime() - t;
                    }
                    Arrays.sort(each);
                    String bytes = "";
                    if (copies != null) {
                        copies.commit();
                        bytes = String.format(" copies: %d nodes, %d bytes on disk (%.0f per item)",
                                copies.size("organizations"), copies.fileBytes(), copies.fileBytes() / (double) (count + creates));
                    }
                    System.out.printf("round %d copies=%s build %d ms wall, %d ms cpu; create cpu p50 %.0f us p90 %.0f us mean %.0f us%s%n",
                            round, copying, buildWall / 1_000_000, buildCpu / 1_000_000, each[creates / 2] / 1e3,
                            each[creates * 9 / 10] / 1e3, Arrays.stream(each).average().orElse(0) / 1e3, bytes);
                    index.close();
                    if (copies != null) {
                        copies.close();
                    }
                }
            }
        }
    }
}
