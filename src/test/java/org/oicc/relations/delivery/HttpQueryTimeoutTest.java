package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.delivery.endpoint.DeliverySettings;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A query past the server's time budget (here one nanosecond) stops with a 503 JSON error that is never cached. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpQueryTimeoutTest {

    private HttpFixture server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new HttpFixture(data, DeliverySettings.DEFAULTS.withQueryTimeout(Duration.ofNanos(1)));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aQueryPastTheBudgetIsA503QueryTimeout() throws Exception {
        for (String query : new String[] {"?limit=5", "?name%5Blike%5D=%25Islamic%25", "/iula/relationships@nodes"}) {
            HttpResponse<byte[]> response = server.get(HttpFixture.ORGANIZATIONS + query);
            assertThat(response.statusCode()).as(query).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWithIgnoringCase("application/json"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            JsonNode error = server.json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("queryTimeout");
            assertThat(error.get("message").asText())
                    .isEqualTo("the query took longer than the server's limit of 0 ms and was stopped; narrow its filters");
        }
    }

    @Test
    void readingOneNodeIsNoQuery() throws Exception {
        assertThat(server.get(HttpFixture.ORGANIZATIONS + "/iula").statusCode()).isEqualTo(200);
    }
}
