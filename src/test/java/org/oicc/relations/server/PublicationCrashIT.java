package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during a publication to three subscribers, all four instances the packaged jar as
 * processes: the author killed while it publishes a batch of items, then one subscriber killed while
 * it receives. After each restart the queue resumes and every subscriber converges: each answers
 * every item of the batch with exactly the bytes the author's drafts answer, and every publish the
 * author acknowledged is there.
 */
class PublicationCrashIT {

    private static final String PASSWORD = "an admin password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int SUBSCRIBERS = 3;
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;

    private final List<StandaloneProcess> running = new ArrayList<>();

    @Test
    void killedAuthorAndKilledSubscriberBothConverge() throws Exception {
        try {
            int[] ports = new int[SUBSCRIBERS];
            List<String> authorArgs = new ArrayList<>(List.of("serve", "--instance", "author", "--port", "0",
                    "--data", dataFolder("author").toString()));
            StandaloneProcess[] subscribers = new StandaloneProcess[SUBSCRIBERS];
            for (int i = 0; i < SUBSCRIBERS; i++) {
                Path secret = Files.writeString(work.resolve("secret-" + i), "the secret of subscriber " + i + "\n");
                subscribers[i] = startSubscriber(i, 0);
                ports[i] = subscribers[i].port();
                authorArgs.addAll(List.of("--subscriber", "p" + i + "=http://127.0.0.1:" + ports[i],
                        "--subscriber-secret-file", "p" + i + "=" + secret));
            }
            StandaloneProcess author = start(authorArgs);
            List<String> items = organizations(author.port());
            assertThat(items).hasSizeGreaterThanOrEqualTo(20);

            // round 1: the author dies while it publishes
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            int authorPort = author.port();
            Thread publishing = new Thread(() -> editAndPublish(authorPort, items, "A", acknowledged), "publishing");
            publishing.start();
            awaitTrue("a third of the batch acknowledged", () -> acknowledged.size() >= items.size() / 3);
            author.kill();
            publishing.join(30_000);
            int before = acknowledged.size();
            assertThat(before).isLessThan(items.size());

            long restarted = System.nanoTime();
            author = start(authorArgs);
            for (String item : acknowledged) {
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    int port = ports[i];
                    awaitTrue(item + " acknowledged, on p" + i, () -> delivery(port, item).contains("\"acronym\":\"A-" + item + "\""));
                }
            }
            System.out.printf("author killed after %d acknowledged publishes; they reached all %d subscribers %d ms after its restart%n",
                    before, SUBSCRIBERS, (System.nanoTime() - restarted) / 1_000_000);
            // the rest of the batch, as an editor would after the crash
            editAndPublish(author.port(), items.subList(before, items.size()), "A", acknowledged);
            assertConverged(author.port(), ports, items, "A");
            System.out.printf("round 1 converged %d ms after the author's restart%n", (System.nanoTime() - restarted) / 1_000_000);

            // round 2: a subscriber dies while it receives
            List<String> second = new CopyOnWriteArrayList<>();
            editAndPublish(author.port(), items, "B", second);
            int victim = 1;
            int victimPort = ports[victim];
            awaitTrue("p1 receiving round 2", () -> delivery(victimPort, items.get(0)).contains("\"acronym\":\"B-"));
            subscribers[victim].kill();
            long killed = System.nanoTime();
            subscribers[victim] = startSubscriber(victim, victimPort);
            assertConverged(author.port(), ports, items, "B");
            System.out.printf("round 2 converged %d ms after the subscriber was killed%n", (System.nanoTime() - killed) / 1_000_000);
            JsonNode health = JSON.readTree(get(author.port(), "/.health"));
            for (int i = 0; i < SUBSCRIBERS; i++) {
                assertThat(health.at("/subscribers/" + i + "/state").asText()).as(health.toString()).isEqualTo("up-to-date");
            }
        } finally {
            running.forEach(StandaloneProcess::close);
        }
    }

    /** Each subscriber answers every item with the author's drafts' bytes, and the author has nothing waiting. */
    private void assertConverged(int author, int[] ports, List<String> items, String round) throws Exception {
        for (String item : items) {
            String draft = draft(author, "/.rest/delivery/organizations/v1/" + item);
            assertThat(draft).contains("\"acronym\":\"" + round + "-" + item + "\"");
            for (int i = 0; i < ports.length; i++) {
                int port = ports[i];
                awaitTrue(item + " of round " + round + " on p" + i, () -> delivery(port, item).equals(draft));
            }
        }
        awaitTrue("nothing waiting", () -> {
            JsonNode h = JSON.readTree(draft(author, "/.health"));
            for (int i = 0; i < ports.length; i++) {
                if (h.at("/subscribers/" + i + "/waiting").asLong() != 0) {
                    return false;
                }
            }
            return true;
        });
    }

    private void editAndPublish(int author, List<String> items, String round, List<String> acknowledged) {
        for (String item : items) {
            try {
                if (send(author, "POST", "/.rest/nodes/v1/organizations/" + item, "{\"properties\":[{\"name\":\"acronym\","
                        + "\"multiple\":false,\"values\":[\"" + round + "-" + item + "\"]}]}").statusCode() != 200) {
                    return;
                }
                if (send(author, "POST", "/.rest/commands/v2/default/publish",
                        "{\"repository\":\"organizations\",\"path\":\"/" + item + "\"}").statusCode() != 200) {
                    return;
                }
                acknowledged.add(item);
            } catch (Exception e) {
                return; // the author died: what it acknowledged is in the list
            }
        }
    }

    private Path dataFolder(String name) {
        Path data = TestSite.seededDataFolder(work.resolve(name));
        UserStore.open(data, JSON).save(new User("admin", new PasswordHasher(2000).hash(PASSWORD.toCharArray()),
                EnumSet.allOf(Role.class)));
        return data;
    }

    private StandaloneProcess startSubscriber(int i, int port) throws Exception {
        Path data = work.resolve("public-" + i);
        if (!Files.exists(data)) {
            dataFolder("public-" + i);
        }
        return start(List.of("serve", "--instance", "public", "--port", String.valueOf(port), "--data", data.toString(),
                "--publication-secret-file", work.resolve("secret-" + i).toString()));
    }

    private StandaloneProcess start(List<String> args) throws Exception {
        StandaloneProcess p = StandaloneProcess.start(work, args.toArray(String[]::new));
        running.add(p);
        p.awaitServing();
        return p;
    }

    private static List<String> organizations(int port) throws Exception {
        List<String> names = new ArrayList<>();
        JsonNode list = JSON.readTree(draft(port, "/.rest/delivery/organizations/v1?limit=100"));
        assertThat(list.path("results").size()).as(list.toString()).isPositive();
        for (JsonNode item : list.path("results")) {
            names.add(item.path("@name").asText());
        }
        return names;
    }

    private static String delivery(int port, String item) throws Exception {
        return get(port, "/.rest/delivery/organizations/v1/" + item);
    }

    /** Anonymous: what a subscriber publishes. */
    private static String get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** As the admin: the author's drafts (an author-only instance answers editors only). */
    private static String draft(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", BASIC)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls (no fixed sleeps) for at most a minute: the author retries a subscriber after 1, 2, 4… s. */
    private static void awaitTrue(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!safely(check)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not " + what + " after 60 s");
            }
            Thread.sleep(50);
        }
    }

    private static boolean safely(Check check) {
        try {
            return check.ok();
        } catch (Exception e) {
            return false;
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }
}
