package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.SiteFixture;

import javax.jcr.Node;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many sessions adding the first items of one leaf bucket at the same time (names chosen by their
 * hash into a leaf the repository does not have yet): every item arrives, in one bucket, and no
 * writer waits for ever. Before {@link MissingBuckets} each session added the bucket among its own
 * unsaved changes and all but the first failed to save.
 */
class MissingBucketsTest {

    private static final String ORGS = "organizations";
    private static final int THREADS = 8;
    private static final int EACH = 4;

    /** A fresh site for each test: they add buckets and layouts. */
    @RegisterExtension
    final SiteFixture fixture = SiteFixture.of(b -> b);

    @Test
    void sessionsThatEachAddTheFirstItemOfABucketAllSave() throws Exception {
        List<String> names = names("raw", THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        run(THREADS, t -> {
            Session session = fixture.site.author.login(ORGS);
            try {
                together.await(60, TimeUnit.SECONDS); // all look for the missing bucket at once
                StoredNodes.addTopLevel(session, names.get(t), "oicc:organization").setProperty("name", "Raw " + t);
                session.save();
            } finally {
                session.logout();
            }
        });
        assertOneLeafHolds(names);
    }

    @Test
    void concurrentCreatesThroughTheContentServiceAllArrive() throws Exception {
        List<String> names = names("many", THREADS * EACH);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        run(THREADS, t -> {
            together.await(60, TimeUnit.SECONDS);
            for (int i = 0; i < EACH; i++) {
                String name = names.get(t * EACH + i);
                fixture.site.content.create("organization", name, ItemInput.of(Map.of("name", "Many " + name)), "editor");
            }
        });
        assertOneLeafHolds(names);
        for (String name : names) {
            assertThat(fixture.site.content.read("organization", name).path()).isEqualTo("/" + name);
        }
    }

    private List<String> names(String prefix, int count) throws Exception {
        Session session = fixture.site.author.login(ORGS);
        try {
            return StoredNodes.namesInOneNewLeaf(session, prefix, count);
        } finally {
            session.logout();
        }
    }

    /** Every name below one leaf, the leaf the only node of its name under its parent. */
    private void assertOneLeafHolds(List<String> names) throws Exception {
        Session session = fixture.site.author.login(ORGS);
        try {
            String leaf = JcrPaths.parent(StoredPaths.of(session).stored("/" + names.get(0)));
            Node bucket = session.getNode(leaf);
            assertThat(bucket.isNodeType(StoredPaths.BUCKET)).isTrue();
            assertThat(bucket.getParent().getNodes(bucket.getName()).getSize()).as("buckets named " + leaf).isEqualTo(1);
            List<String> stored = new ArrayList<>();
            for (var it = bucket.getNodes(); it.hasNext();) {
                stored.add(it.nextNode().getName());
            }
            assertThat(stored).containsExactlyInAnyOrderElementsOf(names);
            for (String name : names) {
                assertThat(StoredNodes.exists(session, "/" + name)).as(name).isTrue();
            }
        } finally {
            session.logout();
        }
    }

    interface Work {
        void run(int thread) throws Exception;
    }

    private static void run(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS); // none waits for ever
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
