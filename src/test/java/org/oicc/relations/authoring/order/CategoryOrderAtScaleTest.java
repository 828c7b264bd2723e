package org.oicc.relations.authoring.order;

import org.oicc.relations.testing.StoredNodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A category of 2,000 entries beside the seed (written straight into JCR in one save, positions 100 apart): a page
 * deep inside it is read from the index, and moving one entry there writes one position.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryOrderAtScaleTest {

    private static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";
    private static final int COUNT = 2_000;

    private TestSite f;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        f = TestSite.builder().authorAndPublic().nodesApi().start(data);
        Session s = f.author.login("organizations");
        try {
            for (int i = 0; i < COUNT; i++) {
                Node org = StoredNodes.addTopLevel(s, "gen-" + i, "oicc:organization");
                org.setProperty("name", "Generated organization " + i);
                Node entry = org.addNode("relationships", "mgnl:contentNode").addNode("0", "mgnl:contentNode");
                entry.setProperty("category", MEMBERSHIP);
                entry.setProperty("role", "Member");
                entry.setProperty("position", 1000L + 100L * i);
            }
            s.save();
        } finally {
            s.logout();
        }
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void aMoveDeepInsideALargeCategoryWritesOnePosition() throws Exception {
        String page = "/.rest/order/v1/membership?offset=1000&limit=50";
        JsonNode before = json(page);
        assertThat(before.path("total").asLong()).isEqualTo(COUNT + 7);
        List<String> ids = new ArrayList<>();
        before.path("entries").forEach(e -> ids.add(e.path("id").asText()));
        assertThat(ids).hasSize(50);
        List<String> after = new ArrayList<>(ids);
        after.add(0, after.remove(49));
        HttpResponse<String> r = f.send("POST", "/.rest/order/v1/membership", "editor", "{\"offset\":1000,\"before\":"
                + TestSite.JSON.writeValueAsString(ids) + ",\"after\":" + TestSite.JSON.writeValueAsString(after) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(TestSite.JSON.readTree(r.body()).path("renumbered").asInt()).isEqualTo(1);
        List<String> now = new ArrayList<>();
        json(page).path("entries").forEach(e -> now.add(e.path("id").asText()));
        assertThat(now).isEqualTo(after);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = f.send("GET", path, "editor", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestSite.JSON.readTree(r.body());
    }
}
