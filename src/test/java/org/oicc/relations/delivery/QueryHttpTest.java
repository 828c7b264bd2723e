package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries through the real servlet on Jetty: URL-encoded filters, and a refused query as Magnolia's JSON error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestSite server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path data) {
        server = TestSite.builder().site().start(data);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void encodedFiltersReachTheQuery() throws Exception {
        HttpResponse<String> answer = get("/.rest/delivery/organizations/v1?relationships.category="
                + QueryFixture.OBSERVER + "&name%5Blike%5D=%25Islamic%25&orderBy=acronym+desc&limit=3");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(answer.body());
        assertThat(page.get("results")).extracting(n -> n.get("acronym").asText()).containsExactly("SESRTCIC", "OISA", "OIC");
        assertThat(page.get("total").asInt()).isEqualTo(7); // the eight observers but ALECSO
    }

    @Test
    void aQuotedValueMatchesNothing() throws Exception {
        HttpResponse<String> answer = get("/.rest/delivery/relationship-categories/v1?title=x%27%20OR%20%271%27%3D%271");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"results\":[],\"total\":0,\"offset\":0,\"limit\":20}");
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() throws Exception {
        HttpResponse<String> answer = get("/.rest/delivery/relationship-categories/v1?colour%5Bne%5D=red");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo(
                "{\"error\":{\"code\":\"invalidValueFormat\",\"message\":\"parameter 'colour[ne]': unknown property 'colour'\"}}");
    }
}
