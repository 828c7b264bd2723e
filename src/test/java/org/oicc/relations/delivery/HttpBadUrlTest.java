package org.oicc.relations.delivery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths Jetty finds ambiguous or cannot even decode still get the endpoint's JSON 404 under
 * {@code /.rest/}, never Jetty's HTML page, and never content from outside the endpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
class HttpBadUrlTest {

    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..%2F..%2Fx", "/iula%2F..%2F..%2Fx", "/%2e%2e/%2e%2e/x", "/%2e%2e%2fx", "/..%5C..%5Cx",
            "/a//b", "/%C0%AE%C0%AE/x", "/iula%01", "/iula%00", "/%00", "/iula%00@nodes", "/..;/..;/x"})
    void ambiguousEncodedAndNulPathsAreAJson404(String tail) throws Exception {
        HttpResponse<byte[]> response = server.get(HttpFixture.ORGANIZATIONS + tail);

        assertThat(response.statusCode()).as(tail).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(server.json(response).at("/error/code").asText()).isEqualTo("pathNotFound");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("<html", "at org.", "Exception");
    }

    @Test
    void encodedTraversalQuotesTheRawPathBack() throws Exception {
        HttpResponse<byte[]> response = server.get(HttpFixture.ORGANIZATIONS + "/..%2F..%2Fx");

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":{\"code\":\"pathNotFound\",\"message\":\"/.rest/delivery/organizations/v1/..%2F..%2Fx\"}}");
    }

    @Test
    void nulInThePathIsAJson404() throws Exception {
        HttpResponse<byte[]> response = server.get(HttpFixture.ORGANIZATIONS + "/iula%00");

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":{\"code\":\"pathNotFound\",\"message\":\"the request path cannot be decoded\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%ZZ", "/%", "/iula%G0"})
    void brokenPercentEscapesAreAJson404(String tail) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.http.port(), HttpFixture.ORGANIZATIONS + tail);

        assertThat(answer.status()).as(tail).isEqualTo(404);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(answer.body()).contains("\"code\":\"pathNotFound\"").doesNotContain("<html");
    }

    @Test
    void decodedTraversalStaysInsideTheEndpoint() throws Exception {
        // plain ../ is resolved by Jetty before routing: it can only lead to another /.rest/ path or none
        HttpResponse<byte[]> response = server.get(HttpFixture.ORGANIZATIONS + "/../../../.health");

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
        RawHttp.Answer answer = RawHttp.get(server.http.port(), HttpFixture.ORGANIZATIONS + query);

        assertThat(answer.status()).as(query).isIn(200, 400);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.body()).doesNotContain("<html", "Exception");
    }
}
