package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.delivery.QueryFixture.CATEGORIES;

/**
 * One query page, byte for byte: {@code /.rest/delivery/relationship-categories/v1?orderBy=position&limit=2&offset=1}.
 * The golden file is the answer indented for reading; it is compared in compact form, so key order
 * (and {@code @nodes} last) is part of it.
 */
class QueryGoldenTest {

    private static final String GOLDEN = "query-categories-page.json";

    @Test
    void categoriesPageByPosition(@TempDir Path data) throws Exception {
        String actual;
        try (QueryFixture fx = new QueryFixture(data)) {
            actual = fx.text(CATEGORIES, "orderBy", "position", "limit", "2", "offset", "1");
        }
        ObjectMapper json = new ObjectMapper();
        String expected;
        try (InputStream in = QueryGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        // compact forms compared as strings: key order and @nodes last are part of the contract
        assertThat(actual).isEqualTo(json.writeValueAsString(json.readTree(expected)));
        assertThat(actual).startsWith("{\"results\":[{\"@name\":\"membership\"")
                .endsWith("],\"total\":4,\"offset\":1,\"limit\":2}");
    }
}
