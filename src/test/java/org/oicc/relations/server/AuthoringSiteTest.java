package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.VersionRetention;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.webhooks.Notification;
import org.oicc.relations.authoring.webhooks.Outbox;
import org.oicc.relations.authoring.webhooks.Signature;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The combined instance as `serve` wires it: drafts stay private until published, previews, webhooks. */
class AuthoringSiteTest {

    private static final String PASSWORD = "the admin password";
    private static final byte[] HOOK_SECRET = "webhook-secret-of-this-test".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private record Site(Standalone standalone, org.oicc.relations.server.HttpServer http) implements AutoCloseable {
        @Override
        public void close() {
            http.close();
            standalone.close();
        }
    }

    /** The data folder as a combined instance leaves it after its first start (the first import is SeedContentTest's business). */
    private Site start(AuthoringOptions options) throws Exception {
        if (!Files.exists(data.resolve("author"))) {
            TestSite.seededDataFolder(data);
        }
        Standalone standalone = Standalone.open(data, null, Instance.COMBINED);
        org.oicc.relations.server.HttpServer http = new org.oicc.relations.server.HttpServer("127.0.0.1", 0, standalone.module(),
                standalone.source(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS);
        AuthoringSite.mount(http, standalone, options, JSON,
                Map.of("RELATIONS_ADMIN_PASSWORD", PASSWORD), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PasswordHasher(2000)); // serve's 600 000 iterations (UsersTest checks the default) would cost ~0.5 s a request
        http.start();
        return new Site(standalone, http);
    }

    @Test
    void aDraftIsNotPublicUntilPublishedAndGoneAfterUnpublish() throws Exception {
        try (Site site = start(AuthoringOptions.NONE)) {
            int port = site.http().port();
            assertThat(send(port, "POST", "/.rest/nodes/v1/organizations/iula", true,
                    "{\"properties\":[{\"name\":\"acronym\",\"multiple\":false,\"values\":[\"UCLG\"]}]}").statusCode()).isEqualTo(200);

            assertThat(send(port, "GET", "/.rest/delivery/organizations/v1/iula", false, null).body()).contains("\"acronym\":\"IULA\"");
            assertThat(send(port, "GET", "/relations.html", false, null).body()).doesNotContain("UCLG");

            HttpResponse<String> preview = send(port, "GET", "/.rest/delivery/organizations/v1/iula", true, null);
            assertThat(preview.body()).contains("\"acronym\":\"UCLG\"");
            assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(preview.headers().firstValue("ETag")).isEmpty();
            assertThat(send(port, "GET", "/.author/preview/relations.html", true, null).body()).contains("UCLG");
            assertThat(send(port, "GET", "/.author/preview/relations.html", false, null).statusCode()).isEqualTo(401);

            assertThat(send(port, "POST", "/.rest/commands/v2/default/publish", true,
                    "{\"repository\":\"organizations\",\"path\":\"/iula\",\"recursive\":false}").statusCode()).isEqualTo(200);
            // the very next request: the change tracker saw the public workspace change before save returned
            assertThat(send(port, "GET", "/.rest/delivery/organizations/v1/iula", false, null).body()).contains("\"acronym\":\"UCLG\"");
            assertThat(send(port, "GET", "/relations.html", false, null).body()).contains("UCLG");

            send(port, "POST", "/.rest/commands/v2/default/unpublish", true, "{\"repository\":\"organizations\",\"path\":\"/iula\"}");
            assertThat(send(port, "GET", "/.rest/delivery/organizations/v1/iula", false, null).statusCode()).isEqualTo(404);
            assertThat(send(port, "GET", "/relations.html", false, null).body()).doesNotContain("UCLG");
        }
    }

    @Test
    void wrongCredentialsGetThePublicAnswerWhereThereIsOneAndAreRefusedOnAPreview() throws Exception {
        try (Site site = start(AuthoringOptions.NONE)) {
            String wrong = "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.http().port()
                    + "/.rest/delivery/organizations/v1/iula")).header("Authorization", wrong).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"acronym\":\"IULA\"");

            HttpResponse<String> preview = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.http().port()
                    + "/.author/preview/.rest/delivery/organizations/v1/iula")).header("Authorization", wrong).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(preview.statusCode()).isEqualTo(401);
            assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void aWebhookReceiverThatIsDownGetsTheCompleteItemAfterARestart() throws Exception {
        int receiverPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            receiverPort = probe.getLocalPort();
        }
        AuthoringOptions hooks = new AuthoringOptions(List.of(URI.create("http://127.0.0.1:" + receiverPort + "/hook")),
                HOOK_SECRET, null, null);
        Notification owed;
        try (Site site = start(hooks)) {
            assertThat(send(site.http().port(), "POST", "/.rest/commands/v2/default/publish", true,
                    "{\"repository\":\"organizations\",\"path\":\"/alecso\"}").statusCode()).isEqualTo(200);
            owed = awaitAFailedAttempt(); // the receiver is down: the call fails and stays in the outbox
        }
        // restarted once the notification is due again, so that the restarted sender's first look finds it
        while (Instant.now().isBefore(owed.nextAttempt())) {
            Thread.sleep(20);
        }

        BlockingQueue<byte[]> bodies = new LinkedBlockingQueue<>();
        BlockingQueue<String> signatures = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiverPort), 0);
        receiver.createContext("/hook", exchange -> {
            // the signature first: the test wakes up on the body and then reads the signature
            signatures.add(exchange.getRequestHeaders().getFirst("X-Relations-Signature"));
            bodies.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (Site restarted = start(hooks)) {
            byte[] body = bodies.poll(20, TimeUnit.SECONDS);
            assertThat(body).as("notification delivered after the restart").isNotNull();
            assertThat(new Signature(HOOK_SECRET).verify(signatures.poll(), body)).isTrue();
            JsonNode payload = JSON.readTree(body);
            assertThat(payload.path("event").asText()).isEqualTo("publish");
            assertThat(payload.path("path").asText()).isEqualTo("/alecso");
            assertThat(payload.path("user").asText()).isEqualTo("admin");
            JsonNode item = payload.path("item");
            assertThat(item.path("acronym").asText()).isEqualTo("ALECSO");
            assertThat(item.path("parent").path("name").asText()).as("references expanded").isEqualTo("League of Arab States");
            assertThat(item.has("name_ar")).as("every language").isTrue();
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void publicationKeepsTheGivenNumberOfVersionsAndTheVersionsPanelListsThem() throws Exception {
        try (Site site = start(AuthoringOptions.NONE.withVersions(new VersionRetention(2)))) {
            int port = site.http().port();
            for (int i = 0; i < 3; i++) {
                assertThat(send(port, "POST", "/.rest/commands/v2/default/publish", true,
                        "{\"repository\":\"organizations\",\"path\":\"/iula\"}").statusCode()).isEqualTo(200);
            }
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.author/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD.replace(' ', '+'))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isLessThan(400);
            String form = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.author/items/organization/iula"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(form.split("<span>Version ", -1)).as(form).hasSize(3);
            // 1.0 is the seed's first version (SeedVersions); the three publications made 1.1 to 1.3
            assertThat(form).contains("<span>Version 1.3</span>", "<span>Version 1.2</span>")
                    .doesNotContain("<span>Version 1.1</span>").doesNotContain("<span>Version 1.0</span>");
        }
    }

    /** The one notification in the outbox once its first delivery has failed. */
    private Notification awaitAFailedAttempt() throws InterruptedException {
        Outbox outbox = new Outbox(data.resolve("outbox"), JSON);
        for (int i = 0; i < 500; i++) {
            List<Notification> pending = outbox.pending();
            if (pending.size() == 1 && pending.get(0).attempts() > 0) {
                return pending.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no failed delivery in the outbox after 5 s: " + outbox.pending());
    }

    private HttpResponse<String> send(int port, String method, String path, boolean admin, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (admin) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
