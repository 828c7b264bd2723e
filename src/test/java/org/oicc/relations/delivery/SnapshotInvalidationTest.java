package org.oicc.relations.delivery;

import org.oicc.relations.testing.StoredNodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uncached reads (a parameter the endpoint ignores, new on every request, so the response cache
 * never answers) are written from the kept node snapshots, and every change to the public
 * content is seen by the very next one: publish, unpublish, a removal, a move, an edit of a
 * referenced item in another workspace, an edit of an entry below the item. Drafts never show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotInvalidationTest {

    private static final String ORGANIZATIONS = "/.rest/delivery/organizations/v1/";
    private final AtomicInteger requests = new AtomicInteger();
    private TestSite site;
    private Publisher publisher;

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().authorAndPublic().site().start(data);
        publisher = new Publisher(site.module, site.sessions, new LocalTransport(site.sessions, "publication"), Clock.systemUTC());
    }

    @AfterAll
    void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aSecondUncachedReadIsWrittenFromMemoryWithTheSameBytes() throws Exception {
        String first = uncached("idb").body();
        long reads = site.snapshots.reads();
        long hits = site.snapshots.hits();

        String second = uncached("idb").body();

        assertThat(second).isEqualTo(first);
        assertThat(site.snapshots.reads()).as("no node read from the repository").isEqualTo(reads);
        assertThat(site.snapshots.hits()).as("the item, its entries and the referenced categories").isGreaterThan(hits + 3);
    }

    @Test
    void aDraftStaysHiddenAndThePublishedEditShowsOnTheNextRead() throws Exception {
        assertThat(json("iula").at("/acronym").asText()).isEqualTo("IULA");

        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");
        assertThat(json("iula").at("/acronym").asText()).as("a draft").isEqualTo("IULA");

        publisher.publish("organizations", "/iula", "publisher");
        assertThat(json("iula").at("/acronym").asText()).isEqualTo("UCLG");
    }

    @Test
    void anUnpublishedItemIsA404OnTheNextRead() throws Exception {
        site.content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "editor");
        publisher.publish("organizations", "/uclg", "publisher");
        assertThat(json("uclg").at("/name").asText()).isEqualTo("United Cities and Local Governments");

        publisher.unpublish("organizations", "/uclg", "publisher");

        assertThat(uncached("uclg").statusCode()).isEqualTo(404);
    }

    @Test
    void aNodeRemovedOrMovedOnThePublicSideIsGoneFromItsOldPathAtOnce() throws Exception {
        assertThat(uncached("alecso").statusCode()).isEqualTo(200);
        assertThat(uncached("isesco").statusCode()).isEqualTo(200);

        Session session = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            StoredNodes.move(session, "/alecso", "/alecso-renamed");
            StoredNodes.node(session, "/isesco").remove();
            session.save();
        } finally {
            session.logout();
        }

        assertThat(uncached("alecso").statusCode()).isEqualTo(404);
        assertThat(uncached("isesco").statusCode()).isEqualTo(404);
        JsonNode moved = json("alecso-renamed");
        assertThat(moved.at("/@path").asText()).isEqualTo("/alecso-renamed");
        assertThat(moved.at("/relationships/@path").asText()).isEqualTo("/alecso-renamed/relationships");
    }

    @Test
    void anEditOfAReferencedCategoryShowsInsideTheOrganizationOnTheNextRead() throws Exception {
        String category = json("idb").at("/relationships/0/category/@name").asText();
        site.content.update("relationshipCategory", category, ItemInput.of(Map.of("title", "Renamed on purpose")), "editor");
        publisher.publish("relationship-categories", "/" + category, "publisher");

        assertThat(json("idb").at("/relationships/0/category/title").asText()).isEqualTo("Renamed on purpose");
    }

    @Test
    void anEditOfAnEntryBelowTheItemShowsOnTheNextRead() throws Exception {
        JsonNode before = json("idb");
        assertThat(before.at("/relationships/0/position").isMissingNode()).isFalse();
        long reads = site.snapshots.reads() + site.snapshots.copied();

        Session session = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            StoredNodes.node(session, "/idb/relationships/0").setProperty("note", "set directly on the public side");
            session.save();
        } finally {
            session.logout();
        }

        assertThat(json("idb").at("/relationships/0/note").asText()).isEqualTo("set directly on the public side");
        assertThat(site.snapshots.reads() + site.snapshots.copied()).as("read again after the change (its copy, rewritten by the save)")
                .isGreaterThan(reads);
    }

    @Test
    void aQueryPageOfItemsReadBeforeIsWrittenFromMemoryAndShowsAnEditAtOnce() throws Exception {
        JsonNode first = query("orderBy=name&limit=6");
        long reads = site.snapshots.reads();

        JsonNode fewer = query("orderBy=name&limit=5");

        assertThat(site.snapshots.reads()).as("every item of the page was kept").isEqualTo(reads);
        assertThat(fewer.at("/results").size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(fewer.at("/results/" + i)).isEqualTo(first.at("/results/" + i));
        }

        String name = first.at("/results/0/@name").asText();
        Session session = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            StoredNodes.node(session, "/" + name).setProperty("note", "edited on purpose");
            session.save();
        } finally {
            session.logout();
        }

        JsonNode after = query("orderBy=name&limit=4");
        assertThat(after.at("/results/0/@name").asText()).isEqualTo(name);
        assertThat(after.at("/results/0/note").asText()).isEqualTo("edited on purpose");
        assertThat(after.at("/total").asLong()).isEqualTo(first.at("/total").asLong());
    }

    private JsonNode query(String parameters) throws Exception {
        HttpResponse<String> response = site.get(ORGANIZATIONS.substring(0, ORGANIZATIONS.length() - 1) + "?" + parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return site.json.readTree(response.body());
    }

    private HttpResponse<String> uncached(String item) throws Exception {
        return site.get(ORGANIZATIONS + item + "?uncached=" + requests.incrementAndGet());
    }

    private JsonNode json(String item) throws Exception {
        HttpResponse<String> response = uncached(item);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return site.json.readTree(response.body());
    }
}
