package org.oicc.relations.server;

import org.oicc.relations.server.SubscriberInstances.Running;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: how long a publish on cluster node A takes to be served by node B's public delivery,
 * at the default sync delay (500 ms), run by hand (see the cluster notes). Two combined nodes in
 * this JVM on tables of a fresh prefix (dropped after); N publishes of a changed acronym, each timed
 * to the first answer of B's delivery showing it (polled every 5 ms), from the publish's answer on A
 * and from the moment it was asked (the publish saves the public side first, then the author's version).
 *
 * <p>{@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.oicc.relations.server.ClusterSyncMeasurement [N]}
 * with the RELATIONS_TEST_* variables of the PostgreSQL tests set.
 */
public final class ClusterSyncMeasurement {

    private ClusterSyncMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path work = Files.createTempDirectory("cluster-sync");
        ClusterNodes cluster = new ClusterNodes(work);
        List<Double> millis = new ArrayList<>();
        List<Double> fromRequest = new ArrayList<>();
        try (Running a = cluster.start("a"); Running b = cluster.start("b")) {
            String item = "/.rest/delivery/organizations/v1/iula";
            ClusterTest.get(b, item); // warm: the first answer of each node is a cold render
            for (int i = 1; i <= writes; i++) {
                String acronym = "SYNC" + i;
                ClusterTest.edit(a, "iula", acronym);
                long asked = System.nanoTime();
                ClusterTest.publish(a, "iula");
                long published = System.nanoTime();
                while (!acronym.equals(ClusterTest.acronym(ClusterTest.get(b, item)))) {
                    Thread.sleep(5);
                }
                long seen = System.nanoTime();
                millis.add((seen - published) / 1e6);
                fromRequest.add((seen - asked) / 1e6);
            }
        } finally {
            cluster.drop();
        }
        print(writes + " publishes on A, visible on B after the publish answered", millis);
        print(writes + " publishes on A, visible on B after the publish was asked", fromRequest);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: p50 %.0f ms, max %.0f ms, min %.0f ms (each: %s)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.get(0),
                millis.stream().map(m -> String.format("%.0f", m)).toList());
    }
}
