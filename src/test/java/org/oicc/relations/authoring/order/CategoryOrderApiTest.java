package org.oicc.relations.authoring.order;

import org.oicc.relations.testing.StoredNodes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reorder transaction of {@code /.rest/order/v1/}: one save for every organization involved,
 * all or nothing (a stale or unknown entry changes nothing), unique positions after every save,
 * and one publication for the new order.
 */
class CategoryOrderApiTest {

    private static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";
    private static final String ORDER = "/.rest/order/v1/membership";

    private TestSite f;

    @BeforeEach
    void start(@TempDir Path data) {
        f = TestSite.builder().combined().site().nodesApi().start(data);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void listsTheCategoryInPageOrderAcrossOrganizations() throws Exception {
        JsonNode page = f.json(ORDER, "Authorization", basic("editor"));
        assertThat(items(page)).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");
        assertThat(page.path("total").asLong()).isEqualTo(7);
        assertThat(page.path("entries").get(0).path("position").asLong()).isEqualTo(1);
        assertThat(page.path("entries").get(0).path("path").asText()).startsWith("/congo/relationships/");
    }

    @Test
    void oneReorderRenumbersEveryOrganizationInOneSaveAndKeepsPositionsUnique() throws Exception {
        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        List<String> after = new ArrayList<>(before);
        Collections.reverse(after);
        HttpResponse<String> r = reorder(0, before, after);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode page = f.json(ORDER, "Authorization", basic("editor"));
        assertThat(items(page)).containsExactly("vea", "iula", "iclei", "icomos", "iula", "iclei", "congo");
        assertThat(ids(page)).isEqualTo(after);
        assertUnique(positions());
        JsonNode answer = TestSite.JSON.readTree(r.body());
        // the longest run already in order keeps its positions (here one entry: congo's); the others move below it
        assertThat(answer.path("changed").toString()).isEqualTo("[\"/vea\",\"/iula\",\"/iclei\",\"/icomos\"]");
        assertThat(answer.path("renumbered").asInt()).isEqualTo(6);
    }

    @Test
    void aStaleOrUnknownEntryChangesNothing() throws Exception {
        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        Map<String, Long> stored = positions();
        Map<String, String> modified = modified();
        List<String> unknown = new ArrayList<>(before);
        unknown.set(3, "00000000-0000-0000-0000-000000000000");
        List<String> after = new ArrayList<>(unknown);
        Collections.swap(after, 0, 3);
        HttpResponse<String> r = reorder(0, unknown, after);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        JsonNode body = TestSite.JSON.readTree(r.body());
        assertThat(body.path("error").path("code").asText()).isEqualTo("staleOrder");
        assertThat(ids(body.path("current"))).isEqualTo(before);
        assertThat(positions()).isEqualTo(stored);
        assertThat(modified()).isEqualTo(modified);

        // the first editor's reorder wins; the second, from the same list, is refused
        List<String> mine = new ArrayList<>(before);
        Collections.swap(mine, 0, 1);
        assertThat(reorder(0, before, mine).statusCode()).isEqualTo(200);
        Map<String, Long> afterFirst = positions();
        List<String> theirs = new ArrayList<>(before);
        Collections.swap(theirs, 5, 6);
        assertThat(reorder(0, before, theirs).statusCode()).isEqualTo(409);
        assertThat(positions()).isEqualTo(afterFirst);
    }

    @Test
    void aListThatIsNotAReorderingOfTheWindowIsABadRequest() throws Exception {
        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        Map<String, Long> stored = positions();
        List<String> twice = new ArrayList<>(before);
        twice.set(1, before.get(0));
        assertThat(reorder(0, before, twice).statusCode()).isEqualTo(400);
        assertThat(reorder(0, before, before.subList(0, 6)).statusCode()).isEqualTo(400);
        assertThat(f.send("POST", ORDER, "editor", "{\"offset\":-1,\"before\":[\"a\"],\"after\":[\"a\"]}").statusCode()).isEqualTo(400);
        assertThat(f.send("POST", ORDER, "editor", "{\"offset\":0,\"before\":[],\"after\":[]}").statusCode()).isEqualTo(400);
        assertThat(f.send("POST", ORDER, "editor", "{\"offset\":0,\"before\":[1],\"after\":[1]}").statusCode()).isEqualTo(400);
        assertThat(f.send("POST", "/.rest/order/v1/nothing-here", "editor",
                "{\"offset\":0,\"before\":[\"a\"],\"after\":[\"a\"]}").statusCode()).isEqualTo(404);
        assertThat(f.send("GET", ORDER + "?limit=0", "editor", null).statusCode()).isEqualTo(400);
        assertThat(f.send("GET", ORDER + "?offset=x", "editor", null).statusCode()).isEqualTo(400);
        assertThat(f.send("GET", ORDER).statusCode()).isEqualTo(401);
        assertThat(f.send("POST", ORDER + "/publish", "editor", "{}").statusCode()).isEqualTo(403);
        assertThat(positions()).isEqualTo(stored);
    }

    @Test
    void aMoveIntoAGapRewritesOnePositionAndAWindowInTheMiddleStaysBetweenItsNeighbours() throws Exception {
        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        // the seed's positions 1..7 leave no gap: the first move spreads the window (the whole category here)
        List<String> after = new ArrayList<>(before);
        Collections.swap(after, 5, 6);
        assertThat(reorder(0, before, after).statusCode()).isEqualTo(200);
        // the category is now 100 apart; a move of one entry rewrites that entry only
        List<String> now = ids(f.json(ORDER, "Authorization", basic("editor")));
        List<String> window = new ArrayList<>(now.subList(2, 6));
        List<String> moved = new ArrayList<>(window);
        moved.add(0, moved.remove(3));
        HttpResponse<String> r = reorder(2, window, moved);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(TestSite.JSON.readTree(r.body()).path("renumbered").asInt()).isEqualTo(1);
        List<String> expected = new ArrayList<>(now.subList(0, 2));
        expected.addAll(moved);
        expected.addAll(now.subList(6, 7));
        assertThat(ids(f.json(ORDER, "Authorization", basic("editor")))).isEqualTo(expected);
        assertUnique(positions());
    }

    @Test
    void anOrdinarySaveWithATakenPositionPutsTheEntryLast() throws Exception {
        HttpResponse<String> r = f.send("PUT", "/.rest/nodes/v1/organizations/congo/relationships", "editor",
                "{\"name\":\"9\",\"type\":\"mgnl:contentNode\",\"properties\":["
                        + "{\"name\":\"category\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + MEMBERSHIP + "\"]},"
                        + "{\"name\":\"position\",\"type\":\"Long\",\"multiple\":false,\"values\":[\"3\"]}]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        JsonNode page = f.json(ORDER, "Authorization", basic("editor"));
        assertThat(items(page)).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea", "congo");
        assertThat(page.path("entries").get(7).path("position").asLong()).isEqualTo(7 + 100);
        assertUnique(positions());
        // an entry without a position goes last too; the untouched entries of the item keep theirs
        r = f.send("PUT", "/.rest/nodes/v1/organizations/vea/relationships", "editor",
                "{\"name\":\"9\",\"type\":\"mgnl:contentNode\",\"properties\":["
                        + "{\"name\":\"category\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + MEMBERSHIP + "\"]}]}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        page = f.json(ORDER, "Authorization", basic("editor"));
        assertThat(items(page)).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea", "congo", "vea");
        assertThat(page.path("entries").get(8).path("position").asLong()).isEqualTo(207);
        assertThat(page.path("entries").get(6).path("position").asLong()).isEqualTo(7);
        assertUnique(positions());
    }

    @Test
    void publishingTheOrderPublishesEveryChangedOrganizationOnce() throws Exception {
        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        List<String> after = new ArrayList<>(before);
        after.add(0, after.remove(6));
        JsonNode changed = TestSite.JSON.readTree(reorder(0, before, after).body()).path("changed");
        HttpResponse<String> r = f.send("POST", ORDER + "/publish", "publisher", "{}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> published = new ArrayList<>();
        TestSite.JSON.readTree(r.body()).path("published").forEach(p -> published.add(p.asText()));
        List<String> expected = new ArrayList<>();
        changed.forEach(p -> expected.add("organizations:" + p.asText()));
        assertThat(published).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(positionsIn(f.published.login("organizations"))).isEqualTo(positions());
        // nothing left to publish: the second call publishes nothing
        r = f.send("POST", ORDER + "/publish", "publisher", "{}");
        assertThat(r.body()).isEqualTo("{\"published\":[]}");
    }

    @Test
    void theRelationsPageShowsThePublishedOrder() throws Exception {
        // the page is read once before: its kept reading sessions must not hide the republished entries after

        List<String> before = ids(f.json(ORDER, "Authorization", basic("editor")));
        List<String> after = new ArrayList<>(before);
        Collections.reverse(after);
        assertThat(reorder(0, before, after).statusCode()).isEqualTo(200);
        assertThat(publicOrder()).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");
        assertThat(f.send("POST", ORDER + "/publish", "publisher", "{}").statusCode()).isEqualTo(200);
        assertThat(publicOrder()).containsExactly("vea", "iula", "iclei", "icomos", "iula", "iclei", "congo");
    }

    private List<String> publicOrder() throws Exception {
        return f.page("/relations.html").select("section#membership ol.entries li.entry a.organization").stream()
                .map(a -> a.attr("href").replaceAll(".*/([^/]+)\\.html$", "$1")).toList();
    }

    private HttpResponse<String> reorder(int offset, List<String> before, List<String> after) throws Exception {
        return f.send("POST", ORDER, "editor", "{\"offset\":" + offset + ",\"before\":" + TestSite.JSON.writeValueAsString(before)
                + ",\"after\":" + TestSite.JSON.writeValueAsString(after) + "}");
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + TestSite.PASSWORD).getBytes());
    }

    private static List<String> items(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("entries").forEach(e -> out.add(e.path("item").asText()));
        return out;
    }

    private static List<String> ids(JsonNode pageOrList) {
        List<String> out = new ArrayList<>();
        JsonNode list = pageOrList.isArray() ? pageOrList : pageOrList.path("entries");
        list.forEach(e -> out.add(e.isTextual() ? e.asText() : e.path("id").asText()));
        return out;
    }

    /** entry path → position of every membership entry on the author side. */
    private Map<String, Long> positions() throws Exception {
        return positionsIn(f.author.login("organizations"));
    }

    private static Map<String, Long> positionsIn(Session s) throws Exception {
        try {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Node item : StoredNodes.topLevel(s)) {
                if (!item.hasNode("relationships")) {
                    continue;
                }
                for (NodeIterator it = item.getNode("relationships").getNodes(); it.hasNext();) {
                    Node e = it.nextNode();
                    if (e.hasProperty("category") && MEMBERSHIP.equals(e.getProperty("category").getString())) {
                        out.put(e.getPath(), e.hasProperty("position") ? e.getProperty("position").getLong() : null);
                    }
                }
            }
            return out;
        } finally {
            s.logout();
        }
    }

    private Map<String, String> modified() throws Exception {
        Session s = f.author.login("organizations");
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (Node item : StoredNodes.topLevel(s)) {
                if (item.hasProperty("mgnl:lastModified")) {
                    out.put(item.getPath(), item.getProperty("mgnl:lastModified").getString());
                }
            }
            return out;
        } finally {
            s.logout();
        }
    }

    private static void assertUnique(Map<String, Long> positions) {
        Set<Long> seen = new HashSet<>();
        for (Long p : positions.values()) {
            assertThat(p).isNotNull();
            assertThat(seen.add(p)).as("position %s twice in %s", p, positions).isTrue();
        }
    }
}
