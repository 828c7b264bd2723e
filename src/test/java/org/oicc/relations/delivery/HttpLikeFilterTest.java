package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 13, D1: {@code [like]} patterns from the security probe. The repository's regular
 * expressions took 1 s of CPU for six {@code %e} on the aims' rich-text descriptions, 12 s for
 * eight, 37 s for nine; now the module matches them without backtracking, and patterns past the
 * caps are a 400. The bound is generous on purpose: this checks that the work is bounded, the
 * figures belong to a benchmark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class HttpLikeFilterTest {

    private static final String AIMS = "/.rest/delivery/agreement-aims/v1";
    private static final Duration BOUND = Duration.ofSeconds(10);

    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @Test
    void theProbesNineWildcardPatternOnRichTextIsAnsweredAtOnce() {
        String pattern = "%25e".repeat(9) + "%25QQQ";
        JsonNode page = assertTimeoutPreemptively(BOUND, () -> ok(AIMS + "?description%5Blike%5D=" + pattern));
        assertThat(page.get("total").asInt()).isZero();
        // the same shape of pattern, where it matches: every aim with a description of nine e's
        JsonNode some = assertTimeoutPreemptively(BOUND, () -> ok(AIMS + "?description%5Blike%5D=" + "%25e".repeat(9) + "%25"));
        assertThat(some.get("total").asInt()).isPositive();
    }

    @Test
    void aPatternWithMoreThanTenWildcardsIsA400NamingTheParameter() throws Exception {
        String pattern = "%25o".repeat(12) + "%25ZZ";
        HttpResponse<byte[]> response = assertTimeoutPreemptively(BOUND,
                () -> server.get(HttpFixture.CATEGORIES + "?intro%5Blike%5D=" + pattern));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(server.json(response).get("error").get("code").asText()).isEqualTo("invalidValueFormat");
        assertThat(server.json(response).get("error").get("message").asText())
                .isEqualTo("parameter 'intro[like]': a like pattern has at most 10 '%' wildcards");
    }

    @Test
    void aPatternLongerThanOneHundredCharactersIsA400NamingTheParameter() throws Exception {
        HttpResponse<byte[]> response = server.get(AIMS + "?title%5Blike%5D=%25" + "a".repeat(100));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(server.json(response).get("error").get("message").asText())
                .isEqualTo("parameter 'title[like]': a like pattern has at most 100 characters");
    }

    private JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = server.get(pathAndQuery);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return server.json(response);
    }
}
