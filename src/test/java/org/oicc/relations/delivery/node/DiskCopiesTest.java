package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node written from its on-disk copy ({@link DiskCopies}, kept by the published side's index) is
 * the node written from the repository, byte for byte, in every language: for the seed and after
 * creates, edits (rich text, translations, entries added and removed), deletions, moves,
 * publication and unpublication; and once a {@code save()} has returned, no reader (with or
 * without the heap's snapshots) is given the copy from before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiskCopiesTest {

    private static final List<Language> LANGUAGES = List.of(Language.of("en"), Language.of("ar"), Language.of("fr"), Language.ALL);
    private TestSite site;
    private Publisher publisher;
    private DiskCopies copies;
    private final List<DeliveryEndpointDefinition> endpoints = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().authorAndPublic().site().start(data);
        publisher = new Publisher(site.module, site.sessions, new LocalTransport(site.sessions, "publication"), Clock.systemUTC());
        copies = site.copies();
        for (EndpointDefinition e : site.module.endpoints().values()) {
            if (e instanceof DeliveryEndpointDefinition d && site.module.contentTypeOfWorkspace(d.workspace()).isPresent()) {
                endpoints.add(d);
            }
        }
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(3);
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everySeedItemIsWrittenFromItsCopyAsFromTheRepository() throws Exception {
        int items = 0;
        for (DeliveryEndpointDefinition endpoint : endpoints) {
            for (String path : itemPaths(endpoint.workspace())) {
                assertSameFromCopy(endpoint, path);
                items++;
            }
        }
        assertThat(items).isGreaterThan(20);
    }

    @Test
    void createsEditsAndEntriesAreCopiedByThePublication() throws Exception {
        DeliveryEndpointDefinition organizations = endpoint("organizations");
        String observer = site.content.read("relationshipCategory", "observer").id();
        String aim = site.content.read("agreementAim", "studies-and-projects").id();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "Copied Organization");
        fields.put("name_ar", "منظمة منسوخة");
        fields.put("description", "<p>First <strong>text</strong></p>");
        fields.put("relationships", List.of(Map.of("category", observer, "role", "Observer", "aims", List.of(aim))));
        site.content.create("organization", "copied", ItemInput.of(fields), "editor");
        publisher.publish("organizations", "/copied", "publisher");
        assertSameFromCopy(organizations, "/copied");
        assertThat(render(organizations, "/copied", Language.of("ar"), NodeSnapshots.uncached(site.module, copies)))
                .contains("منظمة منسوخة");

        // rich text with a link, a French translation, a second entry
        fields.put("description", "<p>Second <em>text</em> <a href=\"https://example.org/\">link</a></p>");
        fields.put("description_fr", "<p>Deuxième</p>");
        fields.put("name_fr", "Organisation copiée");
        fields.put("relationships", List.of(Map.of("category", observer, "role", "Observer"),
                Map.of("category", observer, "role", "Member", "note", "added")));
        site.content.update("organization", "copied", ItemInput.of(fields), "editor");
        publisher.publish("organizations", "/copied", "publisher");
        assertSameFromCopy(organizations, "/copied");
        assertThat(copies.pathsAtOrBelow("organizations", "/copied")).as("the item and every node the endpoint shows")
                .containsExactly("/copied", "/copied/relationships", "/copied/relationships/0", "/copied/relationships/1");
        assertThat(render(organizations, "/copied", Language.of("fr"), NodeSnapshots.uncached(site.module, copies)))
                .contains("Organisation copiée").contains("Member").contains("Deuxième");
        assertThat(render(organizations, "/copied", Language.of("en"), NodeSnapshots.uncached(site.module, copies)))
                .contains("example.org");

        // the second entry removed, the Arabic name emptied
        fields.put("relationships", List.of(Map.of("category", observer, "role", "Observer")));
        fields.put("name_ar", "");
        site.content.update("organization", "copied", ItemInput.of(fields), "editor");
        publisher.publish("organizations", "/copied", "publisher");
        assertSameFromCopy(organizations, "/copied");
        assertThat(copies.atPath("organizations", "/copied/relationships/1")).as("the removed entry's copy").isNull();
        assertThat(render(organizations, "/copied", Language.ALL, NodeSnapshots.uncached(site.module, copies)))
                .doesNotContain("\"Member\"").doesNotContain("منظمة منسوخة");

        // an edit of a referenced category shows inside the organization's copy-written answer
        site.content.update("relationshipCategory", "observer", ItemInput.of(Map.of("title", "Observers, renamed")), "editor");
        publisher.publish("relationship-categories", "/observer", "publisher");
        assertSameFromCopy(organizations, "/copied");
        assertThat(render(organizations, "/copied", Language.of("en"), NodeSnapshots.uncached(site.module, copies)))
                .contains("Observers, renamed");

        publisher.unpublish("organizations", "/copied", "publisher");
        assertThat(copies.atPath("organizations", "/copied")).as("unpublished").isNull();
        assertThat(copies.atPath("organizations", "/copied/relationships")).isNull();
        assertSameFromCopy(organizations, "/copied"); // both: not present
    }

    @Test
    void aRemovalAndAMoveOnThePublicSideDropAndRenameTheCopies() throws Exception {
        DeliveryEndpointDefinition organizations = endpoint("organizations");
        assertThat(copies.atPath("organizations", "/unido")).isNotNull();
        assertThat(copies.atPath("organizations", "/cedare")).isNotNull();
        Session session = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            StoredNodes.move(session, "/unido", "/unido-moved");
            StoredNodes.node(session, "/cedare").remove();
            // rich text stored before writes were checked: cut to the safelist on the way out, from the copy too
            StoredNodes.node(session, "/unido-moved").setProperty("description", "<p onclick=\"x()\">Old <script>bad()</script>text</p>");
            session.save();
        } finally {
            session.logout();
        }
        assertThat(copies.atPath("organizations", "/unido")).isNull();
        assertThat(copies.atPath("organizations", "/unido/relationships")).isNull();
        assertThat(copies.atPath("organizations", "/cedare")).isNull();
        assertThat(copies.atPath("organizations", "/unido-moved").path()).isEqualTo("/unido-moved");
        assertSameFromCopy(organizations, "/unido-moved");
        assertThat(render(organizations, "/unido-moved", Language.of("en"), NodeSnapshots.uncached(site.module, copies)))
                .contains("Old").doesNotContain("bad()").doesNotContain("onclick");
        assertSameFromCopy(organizations, "/unido");
        assertSameFromCopy(organizations, "/cedare");
    }

    @Test
    void afterEverySaveReadersGetTheSavedStateEvenWhileOthersReadDuringIt() throws Exception {
        DeliveryEndpointDefinition organizations = endpoint("organizations");
        // the site's own tracker, which its index moves again once a change's copies are written
        WorkspaceChanges changes = site.changes();
        NodeSnapshots kept = NodeSnapshots.withCopies(site.module, changes::generation, NodeSnapshots.DEFAULT_MAX_BYTES, copies);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    render(organizations, "/habitat", Language.of("en"), kept);
                }
            } catch (Throwable t) {
                if (!done.get()) {
                    failure.set(t);
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 40; i++) {
                Session session = site.sessions.login(Side.PUBLIC, "organizations");
                try {
                    Node item = StoredNodes.node(session, "/habitat");
                    item.setProperty("acronym", "H-" + i);
                    item.getNode("relationships").getNodes().nextNode().setProperty("note", "note " + i);
                    session.save();
                } finally {
                    session.logout();
                }
                String heap = render(organizations, "/habitat", Language.of("en"), kept);
                String disk = render(organizations, "/habitat", Language.of("en"), NodeSnapshots.uncached(site.module, copies));
                assertThat(heap).as("save " + i + ", heap then copy").contains("\"H-" + i + "\"").contains("\"note " + i + "\"");
                assertThat(disk).as("save " + i + ", copy").isEqualTo(heap);
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(kept.copied()).as("the heap was filled from the copies").isGreaterThan(0);
    }

    /** Written from the copy alone (nothing read from the repository for the item) and from the repository alone: the same. */
    private void assertSameFromCopy(DeliveryEndpointDefinition endpoint, String path) throws Exception {
        for (Language language : LANGUAGES) {
            NodeSnapshots fromCopy = NodeSnapshots.uncached(site.module, copies);
            String copied = render(endpoint, path, language, fromCopy);
            String read = render(endpoint, path, language, NodeSnapshots.uncached(site.module));
            assertThat(copied).as(endpoint.workspace() + " " + path + " " + language.tag()).isEqualTo(read);
            if (!copied.isEmpty()) {
                assertThat(fromCopy.copied()).as("written from the copy: " + path).isGreaterThan(0);
                assertThat(fromCopy.reads()).as("nothing of " + path + " read from the repository").isZero();
            }
        }
    }

    /** The query page's way to write an item ({@link NodeRenderer#writeIfPresent}); empty when there is none. */
    private String render(DeliveryEndpointDefinition endpoint, String path, Language language, NodeSnapshots snapshots)
            throws Exception {
        NodeRenderer renderer = new NodeRenderer(endpoint, site.module, ContentLocales.of(site.module), snapshots);
        StringWriter text = new StringWriter();
        boolean present;
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC);
             JsonGenerator out = RenderFixture.JSON.getFactory().createGenerator(text)) {
            present = renderer.writeIfPresent(out, path, language, sessions);
        }
        return present ? text.toString() : "";
    }

    private DeliveryEndpointDefinition endpoint(String workspace) {
        return endpoints.stream().filter(e -> e.workspace().equals(workspace)).findFirst().orElseThrow();
    }

    private List<String> itemPaths(String workspace) throws Exception {
        String type = site.module.contentTypeOfWorkspace(workspace).orElseThrow().nodeType();
        List<String> paths = new ArrayList<>();
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            for (Node node : StoredNodes.topLevel(sessions.session(workspace))) {
                if (node.isNodeType(type)) {
                    paths.add(StoredNodes.clientPath(node));
                }
            }
        }
        return paths;
    }
}
