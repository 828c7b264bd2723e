package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.index.ContentIndex;
import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * A scratch measurement, not a test: for each size given, a site with that many generated
 * organizations, the index's build time and retained heap, and the uncached delivery query
 * "category filter + orderBy=name + limit=20" at distinct offsets (p50/p95 of the handler: query,
 * page and rendering, no HTTP). Sizes run in one process so their figures compare.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.oicc.relations.delivery.IndexScaleProbe DIR 1000 100000</pre>
 */
public final class IndexScaleProbe {

    private IndexScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int count = Integer.parseInt(args[i]);
            probe(Files.createDirectories(base.resolve("n" + count)), count);
        }
    }

    private static void probe(Path dir, int count) throws Exception {
        try (TestSite site = TestSite.builder().start(dir)) {
            long t0 = System.nanoTime();
            Session session = site.published.login("organizations");
            try {
                GeneratedOrganizationNodes.write(session, count, 7, 5000);
            } finally {
                session.logout();
            }
            long written = System.nanoTime();
            System.out.printf("n=%d write=%d ms%n", count, (written - t0) / 1_000_000);
            // a first index warms the repository's caches as the build reads every node; the heap held
            // by the second one is the difference with and without it, the caches being the same
            ContentIndex warm = ContentIndex.of(site.module);
            warm.start(site.sessions);
            warm.close();
            warm = null;
            long before = usedAfterGc();
            ContentIndex index = ContentIndex.of(site.module);
            long t1 = System.nanoTime();
            index.start(site.sessions);
            long built = System.nanoTime() - t1;
            long after = usedAfterGc();
            System.out.printf("n=%d build=%d ms retained=%.1f MB (%d bytes/item) items=%s%n", count,
                    built / 1_000_000, (after - before) / 1e6, (after - before) / (count + 25),
                    index.size("organizations").orElse(0));
            QueryFixture indexed = new QueryFixture(site, DeliverySettings.DEFAULTS, index);
            Random random = new Random(3);
            int total = indexed.json(QueryFixture.ORGANIZATIONS, "relationships.category", QueryFixture.MEMBERSHIP,
                    "orderBy", "name", "limit", "1").get("total").asInt();
            long[] times = new long[300];
            for (int round = -50; round < times.length; round++) {
                String offset = String.valueOf(random.nextInt(Math.max(1, total - 20)));
                long s = System.nanoTime();
                indexed.text(QueryFixture.ORGANIZATIONS, "relationships.category", QueryFixture.MEMBERSHIP, "orderBy", "name",
                        "limit", "20", "offset", offset);
                if (round >= 0) {
                    times[round] = System.nanoTime() - s;
                }
            }
            Arrays.sort(times);
            System.out.printf("n=%d total=%d query p50=%.2f ms p95=%.2f ms max=%.2f ms%n", count, total,
                    times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, times[times.length - 1] / 1e6);
            index.close();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
