package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.authoring.publication.subscribers.Subscriber;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Author and public instances as {@code serve --instance author|public} wires them, in this JVM,
 * each on its own data folder and a real Jetty: a public instance can be stopped and started again
 * on the same port, the author restarted on the same data folder.
 */
final class SubscriberInstances {

    static final String PASSWORD = "the admin password";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SubscriberInstances() {
    }

    /** One running instance; close stops Jetty, then the repository. */
    record Running(Standalone standalone, HttpServer http) implements AutoCloseable {
        int port() {
            return http.port();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + port());
        }

        @Override
        public void close() {
            try {
                http.close();
            } finally {
                standalone.close();
            }
        }
    }

    /** A public instance receiving with {@code secret}; {@code port} 0 picks one (then reuse it to restart). */
    static Running publicInstance(Path data, int port, byte[] secret) {
        seed(data);
        Standalone standalone = Standalone.open(data, null, Instance.PUBLIC);
        try {
            Site site = Site.published(standalone.module(), standalone.source(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS);
            HttpServer http = new HttpServer("127.0.0.1", port, site, JSON);
            AuthoringSite.mountReceiver(http, standalone, new AuthoringOptions(List.of(), null, List.of(), secret));
            http.start();
            return new Running(standalone, http);
        } catch (RuntimeException e) {
            standalone.close();
            throw e;
        }
    }

    /** An author instance publishing to these subscribers, retrying within milliseconds. */
    static Running author(Path data, List<Subscriber> subscribers) {
        seed(data);
        Standalone standalone = Standalone.open(data, null, Instance.AUTHOR);
        try {
            Site site = Site.drafts(standalone.module(), standalone.source(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS);
            HttpServer http = new HttpServer("127.0.0.1", 0, site, JSON);
            AuthoringOptions options = new AuthoringOptions(List.of(), null, subscribers, null)
                    .withRetry(Duration.ofMillis(20), Duration.ofMillis(200));
            AuthoringSite.mount(http, standalone, options, JSON, Map.of("RELATIONS_ADMIN_PASSWORD", PASSWORD),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PasswordHasher(2000));
            http.start();
            return new Running(standalone, http);
        } catch (RuntimeException e) {
            standalone.close();
            throw e;
        }
    }

    /** The data folder as the first start leaves it (the first import is SeedContentTest's business). */
    private static void seed(Path data) {
        if (!Files.exists(data.resolve("author"))) {
            TestSite.seededDataFolder(data);
        }
    }

    static HttpResponse<String> send(Running at, String method, String path, boolean admin, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(at.url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (admin) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An authoring UI page as the admin sees it in a browser (a login session with its cookie). */
    static String page(Running at, String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(at.url() + "/.author/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD.replace(' ', '+'))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() >= 400) {
            throw new AssertionError("login failed: " + login.body());
        }
        return browser.send(HttpRequest.newBuilder(URI.create(at.url() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static JsonNode health(Running at) throws Exception {
        return JSON.readTree(send(at, "GET", "/.health", false, null).body());
    }

    /** Polls until the condition holds, failing with the last answer after ten seconds: no fixed sleeps. */
    static <T> T await(String what, ThrowingSupplier<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not " + what + " after 10 s; last: " + last);
            }
            Thread.sleep(20);
            last = probe.get();
        }
        return last;
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
