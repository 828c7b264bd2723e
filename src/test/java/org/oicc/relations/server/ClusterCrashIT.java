package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.server.SubscriberInstances.Running;

import javax.jcr.Node;
import javax.jcr.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.server.SubscriberInstances.JSON;

/**
 * {@code kill -9} of a cluster node while it applies another node's writes: node A (in this JVM)
 * saves a batch of organizations into its public repository, ten per save, while node B (the jar as
 * a process, syncing every 50 ms) applies them; B is killed once it has applied some. Restarted on
 * the same data folder, B serves every item at once and complete: nothing half-applied, nothing
 * missing, its search index (what {@code /.health} counts with) caught up too.
 */
@Timeout(600)
class ClusterCrashIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int ITEMS = 500;
    private static final int PER_SAVE = 10;
    private static final int SEEDED = 25;

    @TempDir
    Path work;

    @Test
    void aNodeKilledDuringASyncShowsNoPartialItemAndConvergesAfterRestart() throws Exception {
        ClusterNodes cluster = new ClusterNodes(work);
        try (Running a = cluster.start("a")) {
            String[] serveB = serve(cluster.serveArguments("b", "--cluster-sync-delay", "50"));
            CompletableFuture<Void> writing;
            try (StandaloneProcess b = StandaloneProcess.start(work, serveB)) {
                int port = b.awaitServing();
                assertThat(count(port)).isEqualTo(SEEDED);
                writing = CompletableFuture.runAsync(() -> writeBatch(a));
                SubscriberInstances.await("B applying A's batch", () -> count(port), n -> n > SEEDED);
                assertThat(writing).as("killed while A still writes").isNotDone();
                // what B showed before it died: whole items only
                for (String path : visible(port)) {
                    assertComplete(port, path);
                }
                b.close(); // SIGKILL: no shutdown hook runs, the journal sync stops wherever it was
                assertThat(b.awaitExit()).isEqualTo(137);
            }
            writing.get();
            assertThat(SubscriberInstances.health(a).at("/items/organizations").asInt()).isEqualTo(SEEDED + ITEMS);

            try (StandaloneProcess again = StandaloneProcess.start(work, serveB)) {
                int port = again.awaitServing();
                // caught up before serving: the count (a query, so the search index) and every item, whole
                assertThat(count(port)).isEqualTo(SEEDED + ITEMS);
                for (int i = 0; i < ITEMS; i++) {
                    assertComplete(port, "crash/" + name(i));
                }
                JsonNode health = JSON.readTree(get(port, "/.health").body()).at("/cluster/public");
                assertThat(health.at("/node").asText()).isEqualTo("b-public");
                assertThat(health.at("/localRevision").asLong()).isEqualTo(health.at("/globalRevision").asLong());
                again.terminate();
                again.awaitExit();
            }
        } finally {
            cluster.drop();
        }
    }

    private static String[] serve(String[] nodeArguments) {
        List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
        all.addAll(List.of(nodeArguments));
        return all.toArray(String[]::new);
    }

    /** A's batch: each item whole in one save (its properties and its relationship entry), ten items a save. */
    private static void writeBatch(Running a) {
        try {
            Session session = a.standalone().sessions().login(Side.PUBLIC, "organizations");
            try {
                Node folder = StoredNodes.addTopLevel(session, "crash", "mgnl:folder");
                session.save();
                for (int i = 0; i < ITEMS; i++) {
                    Node item = folder.addNode(name(i), "oicc:organization");
                    item.setProperty("name", "Crash test organization " + i);
                    item.setProperty("acronym", "CR" + i);
                    item.setProperty("website", "https://crash.example/" + i);
                    Node entry = item.addNode("relationships", "mgnl:contentNode").addNode("0", "mgnl:contentNode");
                    entry.setProperty("role", "Member " + i);
                    if ((i + 1) % PER_SAVE == 0) {
                        session.save();
                    }
                }
                session.save();
            } finally {
                session.logout();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(int i) {
        return String.format("c%03d", i);
    }

    private static void assertComplete(int port, String path) throws Exception {
        HttpResponse<String> answer = get(port, "/.rest/delivery/organizations/v1/" + path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(answer.body());
        int i = Integer.parseInt(path.substring(path.lastIndexOf('/') + 2));
        assertThat(item.at("/name").asText()).as(path).isEqualTo("Crash test organization " + i);
        assertThat(item.at("/acronym").asText()).as(path).isEqualTo("CR" + i);
        assertThat(item.at("/website").asText()).as(path).isEqualTo("https://crash.example/" + i);
        assertThat(answer.body()).as(path).contains("Member " + i);
    }

    /** The crash items B serves now, by asking for each until the first one missing (saves apply in order). */
    private static List<String> visible(int port) throws Exception {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            if (get(port, "/.rest/delivery/organizations/v1/crash/" + name(i)).statusCode() != 200) {
                break;
            }
            found.add("crash/" + name(i));
        }
        return found;
    }

    private static int count(int port) throws Exception {
        return JSON.readTree(get(port, "/.health").body()).at("/items/organizations").asInt();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
