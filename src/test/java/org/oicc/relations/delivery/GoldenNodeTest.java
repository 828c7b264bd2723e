package org.oicc.relations.delivery;

import org.oicc.relations.delivery.node.RenderFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact answers of the shipped endpoints over HTTP, against the seed content: keys, their order and
 * values, compared as compact JSON. The golden files are pretty-printed for review; the only
 * placeholders are the identifiers Jackrabbit gives submodel entries at import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenNodeTest {

    private TestSite site;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().site().start(data);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void organizationWithParentAndCategoryExpanded() throws Exception {
        assertGolden("/.rest/delivery/organizations/v1/alecso", "organizations-alecso.json");
    }

    @Test
    void organizationInArabicWithCategoriesAndAllFiveAimsExpanded() throws Exception {
        assertGolden("/.rest/delivery/organizations/v1/iula?lang=ar", "organizations-iula-ar.json");
    }

    @Test
    void categoryWithAllLanguagesAsStored() throws Exception {
        assertGolden("/.rest/delivery/relationship-categories/v1/membership?lang=all",
                "relationship-categories-membership-all.json");
    }

    @Test
    void sameRequestGivesTheSameBytes() throws Exception {
        String first = get("/.rest/delivery/organizations/v1/iula?lang=all").body();
        assertThat(get("/.rest/delivery/organizations/v1/iula?lang=all").body()).isEqualTo(first);
    }

    private void assertGolden(String path, String golden) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RenderFixture.compact(response.body())).isEqualTo(RenderFixture.golden(golden, site.sessions));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(site.uri(path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
