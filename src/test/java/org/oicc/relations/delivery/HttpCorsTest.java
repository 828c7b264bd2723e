package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Browser reads from the configured origin ({@value SharedServer#ORIGIN}) only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class HttpCorsTest {

    private static final String OTHER = "https://evil.example";
    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @Test
    void anAllowedOriginIsEchoedAndMayReadTheETag() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES).header("Origin", SharedServer.ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SharedServer.ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language, Origin");
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES).header("Origin", OTHER));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();
    }

    @Test
    void errorsCarryCorsHeadersSoAScriptCanReadThem() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES + "/nothing").header("Origin", SharedServer.ORIGIN));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SharedServer.ORIGIN);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsA204() throws Exception {
        HttpResponse<byte[]> response = preflight(SharedServer.ORIGIN, "GET", "if-none-match");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "Access-Control-Allow-Origin")).hasValue(SharedServer.ORIGIN);
        assertThat(header(response, "Access-Control-Allow-Methods")).hasValue("GET, HEAD");
        assertThat(header(response, "Access-Control-Allow-Headers")).hasValue("Accept, Accept-Language, If-None-Match, If-Modified-Since");
        assertThat(header(response, "Access-Control-Max-Age")).hasValue("600");
        assertThat(header(response, "Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() throws Exception {
        HttpResponse<byte[]> response = preflight(OTHER, "GET", null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
        assertThat(header(response, "Cache-Control")).hasValue("no-store");
        assertThat(new String(response.body())).isEqualTo("{\"error\":{\"code\":\"corsNotAllowed\",\"message\":"
                + "\"cross-origin requests from https://evil.example with method GET are not allowed\"}}");
    }

    @Test
    void aPreflightForAWriteIsRefused() throws Exception {
        HttpResponse<byte[]> response = preflight(SharedServer.ORIGIN, "DELETE", null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(header(response, "Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void aPlainOptionsRequestListsTheMethods() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.ORGANIZATIONS + "/iula")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(header(response, "Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void optionsOnNoEndpointIsA404() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request("/.rest/delivery/nothing/v1")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(server.json(response).at("/error/code").asText()).isEqualTo("notFound");
    }

    @Test
    void originsAreMatchedExactlyOrByStar() {
        Cors configured = new Cors(List.of("https://www.oicc.org", "http://localhost:3000"));
        assertThat(configured.allowedOrigin("https://www.oicc.org")).hasValue("https://www.oicc.org");
        assertThat(configured.allowedOrigin("HTTPS://WWW.OICC.ORG")).hasValue("HTTPS://WWW.OICC.ORG");
        assertThat(configured.allowedOrigin("http://localhost:3000")).hasValue("http://localhost:3000");
        assertThat(configured.allowedOrigin("http://localhost:3001")).isEmpty();
        assertThat(configured.allowedOrigin("https://www.oicc.org.evil.example")).isEmpty();
        assertThat(configured.allowedOrigin("null")).isEmpty();
        assertThat(configured.allowedOrigin(null)).isEmpty();

        assertThat(new Cors(List.of("*")).allowedOrigin("https://anyone.example")).hasValue("*");
        assertThat(new Cors(List.of()).allowedOrigin("https://www.oicc.org")).isEmpty();
    }

    private HttpResponse<byte[]> preflight(String origin, String method, String headers) throws Exception {
        HttpRequest.Builder request = server.request(HttpFixture.ORGANIZATIONS).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return server.send(request);
    }

    private static Optional<String> header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name);
    }
}
