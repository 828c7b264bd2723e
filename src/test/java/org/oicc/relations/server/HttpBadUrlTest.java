package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths Jetty finds ambiguous or cannot even decode still get the endpoint's JSON 404 under
 * {@code /.rest/}, never Jetty's HTML page, and never content from outside the endpoint: the
 * {@link RestUriGuard} and error handler of {@link HttpServer}, over the seed content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpBadUrlTest {

    private static final String ORGANIZATIONS = "/.rest/delivery/organizations/v1";

    private Served server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new Served(TestSite.builder().start(data));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The server's own wiring over a test site's repository, as {@code serve} mounts it. */
    private static final class Served implements AutoCloseable {

        private final TestSite site;
        private final HttpServer http;
        private final HttpClient client = HttpClient.newHttpClient();

        Served(TestSite site) {
            this.site = site;
            http = new HttpServer("127.0.0.1", 0, site.module, site.source, site.sessions, TestSite.JSON,
                    new DeliverySettings(100, "public, max-age=30", List.of("https://www.oicc.org")));
            http.start();
        }

        int port() {
            return http.port();
        }

        HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        JsonNode json(HttpResponse<byte[]> response) throws IOException {
            return TestSite.JSON.readTree(response.body());
        }

        @Override
        public void close() {
            try {
                http.close();
            } finally {
                site.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..%2F..%2Fx", "/iula%2F..%2F..%2Fx", "/%2e%2e/%2e%2e/x", "/%2e%2e%2fx", "/..%5C..%5Cx",
            "/a//b", "/%C0%AE%C0%AE/x", "/iula%01", "/iula%00", "/%00", "/iula%00@nodes", "/..;/..;/x"})
    void ambiguousEncodedAndNulPathsAreAJson404(String tail) throws Exception {
        HttpResponse<byte[]> response = server.get(ORGANIZATIONS + tail);

        assertThat(response.statusCode()).as(tail).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(server.json(response).at("/error/code").asText()).isEqualTo("pathNotFound");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("<html", "at org.", "Exception");
    }

    @Test
    void encodedTraversalQuotesTheRawPathBack() throws Exception {
        HttpResponse<byte[]> response = server.get(ORGANIZATIONS + "/..%2F..%2Fx");

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":{\"code\":\"pathNotFound\",\"message\":\"/.rest/delivery/organizations/v1/..%2F..%2Fx\"}}");
    }

    @Test
    void nulInThePathIsAJson404() throws Exception {
        HttpResponse<byte[]> response = server.get(ORGANIZATIONS + "/iula%00");

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":{\"code\":\"pathNotFound\",\"message\":\"the request path cannot be decoded\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%ZZ", "/%", "/iula%G0"})
    void brokenPercentEscapesAreAJson404(String tail) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), ORGANIZATIONS + tail);

        assertThat(answer.status()).as(tail).isEqualTo(404);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(answer.body()).contains("\"code\":\"pathNotFound\"").doesNotContain("<html");
    }

    @Test
    void decodedTraversalStaysInsideTheEndpoint() throws Exception {
        // plain ../ is resolved by Jetty before routing: it can only lead to another /.rest/ path or none
        HttpResponse<byte[]> response = server.get(ORGANIZATIONS + "/../../../.health");

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void outsideRestJettysOwnRulesStillApply() throws Exception {
        HttpResponse<byte[]> response = server.get("/x/..%2F..%2F.health");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?q=%ZZ", "?q=%", "?q=%C0%AE", "?q=%FF", "?%ZZ=1", "?name=%00"})
    void aBrokenQueryEscapeIsNeverA500(String query) throws Exception {
        // Jetty decodes queries leniently; what the endpoint makes of the value is its parser's business
        RawHttp.Answer answer = RawHttp.get(server.port(), ORGANIZATIONS + query);

        assertThat(answer.status()).as(query).isIn(200, 400);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.body()).doesNotContain("<html", "Exception");
    }

    /** Issue 13 point 1: an over-long URL or header is a JSON 414 / 431, never a 500 or Jetty's page. */
    @ParameterizedTest
    @ValueSource(strings = {ORGANIZATIONS + "/", "/relations.html?x=", "/.author/", ORGANIZATIONS + "?name[in]="})
    void anOverLongUrlIsA414(String start) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), start + "a".repeat(20_000));

        assertThat(answer.status()).as(start).isEqualTo(414);
        assertThat(answer.body()).doesNotContain("Exception", "Jetty", "at org.");
    }

    @Test
    void anOverLongUrlUnderRestIsJson() throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), ORGANIZATIONS + "/" + "a".repeat(20_000));

        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.body()).isEqualTo("{\"error\":{\"code\":\"uriTooLong\",\"message\":\"uri too long\"}}");
    }

    @Test
    void anOverLongHeaderIsAJson431() throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), ORGANIZATIONS + "/iula", "X-Junk: " + "b".repeat(20_000) + "\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.body()).isEqualTo("{\"error\":{\"code\":\"headersTooLarge\",\"message\":\"request header fields too large\"}}");
    }
}
