package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: the measurement behind the child-list design (see the import100k notes), run by hand.
 * In a fresh data folder's author {@code organizations} workspace it grows two layouts side by side,
 * the one used today (every item a child of one node) and a bucketed one (items two levels of
 * 64 hash buckets down), and at each size times single creates, one {@code save()} each, as a Nodes
 * API PUT does. The ratios of one run are the figure (the machine is shared).
 *
 * <p>{@code java -cp target/test-classes:target/oicc-relations-standalone.jar
 * org.oicc.relations.server.ChildListMeasurement [1000,10000,100000] [creates]}
 */
public final class ChildListMeasurement {

    private ChildListMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "1000,10000,100000").split(",");
        int creates = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path data = Files.createTempDirectory("child-lists");
        try (Standalone standalone = Standalone.open(data, null)) {
            Session session = standalone.sessions().login(Side.AUTHOR, "organizations");
            Node flat = StoredNodes.addTopLevel(session, "measure-flat", "nt:unstructured");
            Node buckets = StoredNodes.addTopLevel(session, "measure-buckets", "nt:unstructured");
            session.save();
            int stored = 0;
            System.out.println("items stored | flat: ms cpu / wall per create | buckets: ms cpu / wall per create");
            for (String size : sizes) {
                int target = Integer.parseInt(size.trim());
                for (; stored < target; stored++) {
                    add(flat, "fill-" + stored);
                    add(bucket(buckets, "fill-" + stored), "fill-" + stored);
                    if (stored % 1000 == 999) {
                        session.save();
                    }
                }
                session.save();
                double[] f = time(threads, session, creates, i -> add(flat, "single-" + target + "-" + i));
                double[] b = time(threads, session, creates, i -> {
                    String name = "single-" + target + "-" + i;
                    add(bucket(buckets, name), name);
                });
                System.out.printf(Locale.ROOT, "%12d | %8.2f / %8.2f | %8.2f / %8.2f%n", target, f[0], f[1], b[0], b[1]);
            }
            session.logout();
        }
    }

    private interface Create {
        void run(int i) throws RepositoryException;
    }

    /** ms of this thread's CPU and of wall clock per create, each create saved alone. */
    private static double[] time(ThreadMXBean threads, Session session, int creates, Create create) throws RepositoryException {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int i = 0; i < creates; i++) {
            create.run(i);
            session.save();
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - c0) / 1e6 / creates, (System.nanoTime() - w0) / 1e6 / creates};
    }

    private static void add(Node parent, String name) throws RepositoryException {
        Node n = parent.addNode(name, "nt:unstructured");
        n.setProperty("name", "Organization " + name);
        n.setProperty("acronym", name.substring(Math.max(0, name.length() - 4)));
    }

    /** Two levels of 64 buckets by a hash of the name: 100,000 items leave about 24 per leaf bucket. */
    static Node bucket(Node root, String name) throws RepositoryException {
        int h = name.hashCode() * 0x9E3779B9;
        String first = String.format(Locale.ROOT, "b%02d", (h >>> 26) & 63);
        String second = String.format(Locale.ROOT, "b%02d", (h >>> 20) & 63);
        Node a = root.hasNode(first) ? root.getNode(first) : root.addNode(first, "nt:unstructured");
        return a.hasNode(second) ? a.getNode(second) : a.addNode(second, "nt:unstructured");
    }
}
