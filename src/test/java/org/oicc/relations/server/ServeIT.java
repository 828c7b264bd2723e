package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar oicc-relations-standalone.jar serve} as a process: health, clean stop, clear
 * failures. The data folders hold what a first start leaves (the first start itself, with its
 * import and the admin it creates, is ReadmeExamplesIT's).
 */
class ServeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void printsThePageAndAuthoringUrlsAndServesTheSiteUrlItIsGiven() throws Exception {
        Path data = usedDataFolder(work.resolve("data"));
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString(),
                "--site-url", "https://www.oicc.example")) {
            int port = server.awaitServing();
            assertThat(server.output()).contains("Public pages: https://www.oicc.example/relations.html",
                    "Authoring:    http://127.0.0.1:" + port + "/.author/");
            HttpResponse<String> root = get(port, "/");
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/relations.html");
            String page = get(port, "/ar/relations.html").body();
            assertThat(page).contains("<link rel=\"canonical\" href=\"https://www.oicc.example/ar/relations.html\">")
                    .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://www.oicc.example/relations.html\">");
            assertThat(get(port, "/sitemap.xml").body()).contains("<loc>https://www.oicc.example/fr/organizations/iula.html</loc>");
            assertThat(get(port, "/robots.txt").body()).endsWith("\nSitemap: https://www.oicc.example/sitemap.xml\n");
        }
    }

    @Test
    void aSiteUrlWithAPathIsOneLineAndANonZeroExit() throws Exception {
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data",
                work.resolve("never").toString(), "--site-url", "https://www.oicc.example/site")) {
            assertThat(server.awaitExit()).isEqualTo(2);
            assertThat(server.stderr()).startsWith("error: --site-url must be an origin only");
            assertThat(work.resolve("never")).doesNotExist();
        }
    }

    @TempDir
    Path work;

    @Test
    void servesHealthAndStopsCleanlyOnSigterm() throws Exception {
        Path data = usedDataFolder(work.resolve("data"));
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
            int port = server.awaitServing();

            HttpResponse<String> health = get(port, "/.health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"repository\":{\"state\":\"RUNNING\"},"
                    + "\"items\":{\"agreement-aims\":5,\"organizations\":25,\"relationship-categories\":4},"
                    + "\"module\":{\"name\":\"oicc-relations\",\"version\":\"" + ModuleVersion.get() + "\"}}");

            server.terminate();
            server.awaitExit();
            assertThat(server.stderr()).isEmpty();
        }
        assertThat(data.resolve("author/.lock")).as("Jackrabbit's lock is released").doesNotExist();
        assertThat(data.resolve("public/.lock")).as("on both repositories").doesNotExist();
        // and the same folder starts again without recovery
        try (StandaloneProcess again = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
            assertThat(get(again.awaitServing(), "/.health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPortInUseIsOneLineAndANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port",
                     String.valueOf(taken.getLocalPort()), "--data", usedDataFolder(work.resolve("data")).toString())) {
            int exit = server.awaitExit();

            assertThat(exit).isNotZero();
            assertThat(server.stderr().strip()).isEqualTo("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": address already in use (choose another --port)");
        }
    }

    @Test
    void aPortInUseIsFoundBeforeANewDataFolderIsBootstrapped() throws Exception {
        Path fresh = work.resolve("never-created");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port",
                     String.valueOf(taken.getLocalPort()), "--data", fresh.toString())) {
            assertThat(server.awaitExit()).isEqualTo(3);
            assertThat(server.stderr().strip()).isEqualTo("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": address already in use (choose another --port)");
        }
        // no repositories, no users.json: nothing of the data folder was made
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aDataFolderHeldByAnotherProcessIsOneLineAndANonZeroExit() throws Exception {
        Path data = usedDataFolder(work.resolve("data"));
        try (StandaloneProcess first = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
            first.awaitServing();
            try (StandaloneProcess second = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
                int exit = second.awaitExit();

                assertThat(exit).isNotZero();
                assertThat(second.stderr().strip()).isEqualTo("error: data folder " + data.toAbsolutePath().normalize()
                        + " is in use by another process (stop it, or choose another --data)");
                assertThat(second.stdout()).doesNotContain("Exception").doesNotContain("WARN");
            }
        }
    }

    /**
     * Issue 13 point 1: SIGTERM stops the server within a few seconds even while anonymous clients
     * keep the worst accepted {@code like} patterns running on both cores (probe D1's server could not
     * be stopped). The queries are cut by their time budget; Jetty's stop waits for nothing longer.
     */
    @Test
    void sigtermStopsTheServerWithinSecondsUnderAnExpensiveQueryFlood() throws Exception {
        Path data = usedDataFolder(work.resolve("data"));
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString(),
                "--query-timeout", "3s")) {
            int port = server.awaitServing();
            // the longest pattern with the most wildcard runs the server accepts, on rich text
            String worst = "%25e".repeat(9) + "%25QQQ";
            URI flood = URI.create("http://127.0.0.1:" + port + "/.rest/delivery/agreement-aims/v1?description[like]="
                    .replace("[", "%5B").replace("]", "%5D") + worst);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                clients.submit(() -> {
                    while (!stop.get()) {
                        try {
                            HTTP.send(HttpRequest.newBuilder(flood).timeout(java.time.Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            answered.incrementAndGet();
                        } catch (IOException | InterruptedException e) {
                            return; // the server went away: what this test waits for
                        }
                    }
                });
            }
            Thread.sleep(2_000);

            long asked = System.nanoTime();
            server.terminate();
            int exit = server.awaitExit();
            long tookMs = (System.nanoTime() - asked) / 1_000_000;
            stop.set(true);
            clients.shutdownNow();

            assertThat(exit).as("the JVM's code after SIGTERM and its shutdown hooks").isEqualTo(143);
            assertThat(tookMs).as("SIGTERM to exit, ms, with 8 expensive queries in flight").isLessThan(10_000);
        }
        assertThat(data.resolve("author/.lock")).as("Jackrabbit's lock is released").doesNotExist();
    }

    /**
     * Probe D30: {@code bin/oicc-relations} starts the server with a bounded heap (512 MiB unless
     * RELATIONS_HEAP says otherwise), and the JVM takes the script's process (exec), so a service
     * manager's SIGTERM reaches the server itself and it stops cleanly.
     */
    @Test
    void theLauncherScriptBoundsTheHeapAndBecomesTheServerProcess() throws Exception {
        Path data = usedDataFolder(work.resolve("data"));
        Path script = Path.of("bin", "oicc-relations").toAbsolutePath();
        java.util.Map<String, String> env = java.util.Map.of("RELATIONS_JAR", StandaloneProcess.jar().toAbsolutePath().toString(),
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "RELATIONS_HEAP", "300m", "JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        try (StandaloneProcess server = StandaloneProcess.startCommand(work, env,
                List.of("sh", script.toString(), "serve", "--port", "0", "--data", data.toString()))) {
            server.awaitServing();
            String heap = server.output().stream().filter(l -> l.contains("heap limit")).findFirst().orElseThrow();
            java.util.regex.Matcher mib = java.util.regex.Pattern.compile("heap limit (\\d+) MiB").matcher(heap);
            assertThat(mib.find()).as(heap).isTrue();
            // G1 reports -Xmx itself; the serial collector of a small machine a little less
            assertThat(Integer.parseInt(mib.group(1))).as(heap).isBetween(250, 300);
            assertThat(heap).doesNotContain("the JVM's default");
            assertThat(server.handle().info().command()).as("the script's process is java").hasValueSatisfying(
                    command -> assertThat(Path.of(command).getFileName().toString()).isEqualTo("java"));
            server.terminate();
            assertThat(server.awaitExit()).isEqualTo(143);
        }
        assertThat(data.resolve("author/.lock")).as("Jackrabbit's lock is released").doesNotExist();
    }

    /**
     * A data folder as serve leaves it after its first start: the seeded repositories and an admin
     * (whose hash is cheap here: a first start spends a second on the production cost).
     */
    private static Path usedDataFolder(Path data) {
        TestSite.seededDataFolder(data);
        UserStore.open(data, new ObjectMapper()).save(new User("admin",
                new PasswordHasher(2000).hash("an admin password".toCharArray()), EnumSet.allOf(Role.class)));
        return data;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
