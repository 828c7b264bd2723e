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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe's findings on the server as {@code serve} wires it (probe D6, D7, D10, D18, D20, D23,
 * D25, D29), each reproduced as the probe sent it, over the seed content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHardeningTest {

    private static final String ORGANIZATIONS = "/.rest/delivery/organizations/v1";

    private TestSite site;
    private HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().start(data);
        http = new HttpServer("127.0.0.1", 0, site.module, site.source, site.sessions, TestSite.JSON,
                new DeliverySettings(100, "public, max-age=30", List.of()));
        http.start();
    }

    @AfterAll
    void stop() {
        try {
            http.close();
        } finally {
            site.close();
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode error(HttpResponse<String> r) throws Exception {
        return TestSite.JSON.readTree(r.body()).path("error");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "en,;", " ; ", ",,", "q=0.5;"})
    void d6JunkInAcceptLanguageFallsBackToTheDefault(String header) throws Exception {
        HttpResponse<String> r = send("GET", ORGANIZATIONS + "/iula", "Accept-Language", header);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestSite.JSON.readTree(r.body()).path("name").asText()).isEqualTo("International Union of Local Authorities");
        assertThat(send("GET", "/.rest/delivery/relations/v1", "Accept-Language", header).statusCode()).isEqualTo(200);
    }

    @Test
    void d7TooManyAlternativesIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = send("GET", ORGANIZATIONS + "?acronym=" + "a%7C".repeat(1025) + "a");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("message").asText())
                .isEqualTo("parameter 'acronym': has 1026 alternatives; at most 100 are answered");
        assertThat(send("GET", ORGANIZATIONS + "?acronym=" + "a%7C".repeat(99) + "IULA").statusCode()).isEqualTo(200);
    }

    @Test
    void d7TooManyFiltersIsA400() throws Exception {
        StringBuilder query = new StringBuilder("?");
        for (int i = 0; i < 33; i++) {
            query.append("acronym=x").append(i).append('&');
        }
        HttpResponse<String> r = send("GET", ORGANIZATIONS + query);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("message").asText()).contains("more than 32 filters in one request");
    }

    @Test
    void d10TraceOnHealthIsRefusedAndEchoesNothing() throws Exception {
        HttpResponse<String> r = send("TRACE", "/.health", "Cookie", "OICC_AUTHOR=secretcookie");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).doesNotContain("secretcookie");
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void d25AWriteToHealthIs405WithAllow() throws Exception {
        HttpResponse<String> r = send("PUT", "/.health");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(error(r).path("code").asText()).isEqualTo("methodNotAllowed");
        HttpResponse<String> options = send("OPTIONS", "/.health");
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relations.html", ORGANIZATIONS + "/iula", "/.rest/delivery/relations/v1"})
    void d18AFutureIfModifiedSinceIsIgnored(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, "If-Modified-Since", "Fri, 31 Dec 9999 23:59:59 GMT");
        assertThat(r.statusCode()).isEqualTo(200);
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(send("GET", path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void d20NoVersionBannerAndNoJettyPage() throws Exception {
        HttpResponse<String> ok = send("GET", ORGANIZATIONS + "/iula");
        assertThat(ok.headers().firstValue("Server")).isEmpty();
        HttpResponse<String> ambiguous = send("GET", "/ar//relations.html");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.headers().firstValue("Server")).isEmpty();
        assertThat(ambiguous.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(ambiguous.body()).doesNotContain("Jetty").contains("<h1>400 ");
        HttpResponse<String> author = send("GET", "/.author/%2e%2e/x");
        assertThat(author.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(author.body()).doesNotContain("Jetty");
    }

    @Test
    void d23TheOffsetMessageSaysTheRealRange() throws Exception {
        HttpResponse<String> r = send("GET", ORGANIZATIONS + "?offset=2147483647");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r).path("message").asText())
                .isEqualTo("parameter 'offset': must be a whole number from 0 to 999999999, found '2147483647'");
    }

    @ParameterizedTest
    @ValueSource(strings = {ORGANIZATIONS + "/iula", ORGANIZATIONS + "/nothing-here", "/.health", ORGANIZATIONS + "?x[zz]=1"})
    void d29JsonAnswersCarryNosniff(String path) throws Exception {
        HttpResponse<String> r = send("GET", path);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
