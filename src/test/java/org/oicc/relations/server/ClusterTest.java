package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.server.SubscriberInstances.Running;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.server.SubscriberInstances.JSON;
import static org.oicc.relations.server.SubscriberInstances.send;

/**
 * Two combined instances as nodes of one Jackrabbit cluster on one PostgreSQL database (tables of a
 * test-unique prefix), in this JVM: what is published on A is served by B's public delivery and
 * pages within two seconds, cached answers included; {@code /.health} shows the cluster id and the
 * journal revisions; a node that was stopped catches up when it starts.
 */
@Timeout(300)
class ClusterTest {

    private static final String IULA = "/.rest/delivery/organizations/v1/iula";
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path work;

    @Test
    void aPublishOnOneNodeIsServedByTheOtherWithinTwoSecondsCachedAnswersIncluded() throws Exception {
        ClusterNodes cluster = new ClusterNodes(work);
        try (Running a = cluster.start("a"); Running b = cluster.start("b")) {
            assertThat(acronym(get(b, IULA))).isEqualTo("IULA");
            ResponseCache answers = b.http().site().caches().get("delivery");
            long hits = answers.hits();
            assertThat(acronym(get(b, IULA))).isEqualTo("IULA");
            assertThat(answers.hits()).as("B answers from its cache before the change").isEqualTo(hits + 1);
            assertThat(get(b, "/relations.html")).contains("International Union of Local Authorities (IULA)");

            editAndPublish(a, "iula", "CLUSTER1");
            assertThat(acronym(get(a, IULA))).isEqualTo("CLUSTER1");

            long took = awaitOn(b, IULA, body -> "CLUSTER1".equals(acronym(body)));
            assertThat(Duration.ofNanos(took)).isLessThan(WITHIN);
            assertThat(get(b, "/relations.html")).contains("International Union of Local Authorities (CLUSTER1)");
            // the in-memory index answers filtered queries: it saw the external change too
            assertThat(JSON.readTree(get(b, "/.rest/delivery/organizations/v1?acronym=CLUSTER1")).at("/total").asLong()).isEqualTo(1);
            assertThat(JSON.readTree(get(b, "/.rest/delivery/organizations/v1?acronym=IULA")).at("/total").asLong()).isZero();

            // and the other way round, on the same tables
            editAndPublish(b, "iula", "CLUSTER2");
            assertThat(Duration.ofNanos(awaitOn(a, IULA, body -> "CLUSTER2".equals(acronym(body))))).isLessThan(WITHIN);
        } finally {
            cluster.drop();
        }
    }

    @Test
    void healthShowsTheClusterIdAndTheJournalRevisionsOfBothRepositories() throws Exception {
        ClusterNodes cluster = new ClusterNodes(work);
        try (Running a = cluster.start("a"); Running b = cluster.start("b", "--cluster-sync-delay", "200")) {
            editAndPublish(a, "iula", "HEALTH1");
            awaitOn(b, IULA, body -> "HEALTH1".equals(acronym(body)));
            JsonNode atA = SubscriberInstances.await("A up to date", () -> SubscriberInstances.health(a).at("/cluster"),
                    c -> c.at("/public/behind").asLong() == 0 && c.at("/author/behind").asLong() == 0);
            JsonNode atB = SubscriberInstances.await("B up to date", () -> SubscriberInstances.health(b).at("/cluster"),
                    c -> c.at("/public/behind").asLong() == 0 && c.at("/author/behind").asLong() == 0);

            assertThat(atA.at("/id").asText()).isEqualTo("a");
            assertThat(atA.at("/author/node").asText()).isEqualTo("a-author");
            assertThat(atA.at("/public/node").asText()).isEqualTo("a-public");
            assertThat(atA.at("/public/syncDelayMillis").asLong()).isEqualTo(500);
            assertThat(atB.at("/id").asText()).isEqualTo("b");
            assertThat(atB.at("/public/node").asText()).isEqualTo("b-public");
            assertThat(atB.at("/public/syncDelayMillis").asLong()).isEqualTo(200);
            // one journal per repository: the publish wrote to both, B has read A's records of each
            long publicRevision = atA.at("/public/globalRevision").asLong();
            assertThat(publicRevision).isPositive();
            assertThat(atB.at("/public/globalRevision").asLong()).isEqualTo(publicRevision);
            assertThat(atB.at("/public/localRevision").asLong()).isEqualTo(publicRevision);
            assertThat(atB.at("/author/localRevision").asLong()).isEqualTo(atA.at("/author/globalRevision").asLong());
            assertThat(atA.fieldNames()).toIterable().containsExactly("id", "author", "public");
            assertThat(atA.at("/public").fieldNames()).toIterable()
                    .containsExactly("node", "syncDelayMillis", "localRevision", "globalRevision", "behind");
        } finally {
            cluster.drop();
        }
    }

    @Test
    void aNodeThatWasStoppedCatchesUpWhenItStarts() throws Exception {
        ClusterNodes cluster = new ClusterNodes(work);
        try (Running a = cluster.start("a")) {
            Running b = cluster.start("b");
            assertThat(acronym(get(b, IULA))).isEqualTo("IULA");
            b.close();

            editAndPublish(a, "iula", "CATCHUP1");
            editAndPublish(a, "alecso", "CATCHUP2");

            try (Running again = cluster.start("b")) {
                // no waiting: the journal is applied before the node serves its first request
                assertThat(acronym(get(again, IULA))).isEqualTo("CATCHUP1");
                assertThat(acronym(get(again, "/.rest/delivery/organizations/v1/alecso"))).isEqualTo("CATCHUP2");
                assertThat(JSON.readTree(get(again, "/.rest/delivery/organizations/v1?acronym=CATCHUP2")).at("/total").asLong())
                        .isEqualTo(1);
                JsonNode health = SubscriberInstances.health(again).at("/cluster/public");
                assertThat(health.at("/localRevision").asLong()).isEqualTo(health.at("/globalRevision").asLong());
            }
        } finally {
            cluster.drop();
        }
    }

    static void editAndPublish(Running on, String item, String acronym) throws Exception {
        assertThat(send(on, "POST", "/.rest/nodes/v1/organizations/" + item, true,
                "{\"properties\":[{\"name\":\"acronym\",\"multiple\":false,\"values\":[\"" + acronym + "\"]}]}").statusCode())
                .isEqualTo(200);
        assertThat(send(on, "POST", "/.rest/commands/v2/default/publish", true,
                "{\"repository\":\"organizations\",\"path\":\"/" + item + "\"}").statusCode()).isEqualTo(200);
    }

    static String get(Running at, String path) throws Exception {
        var answer = send(at, "GET", path, false, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    static String acronym(String body) {
        try {
            return JSON.readTree(body).at("/acronym").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    /** Nanoseconds until {@code path} on {@code at} answers what {@code done} wants (at most ten seconds). */
    static long awaitOn(Running at, String path, java.util.function.Predicate<String> done) throws Exception {
        long start = System.nanoTime();
        SubscriberInstances.await(path + " on " + at.url(), () -> get(at, path), done);
        return System.nanoTime() - start;
    }
}
