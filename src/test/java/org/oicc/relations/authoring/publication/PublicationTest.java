package org.oicc.relations.authoring.publication;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publication between a real author and a real public repository, both bootstrapped with the seed. */
class PublicationTest {


    @TempDir
    Path data;

    private TestSite site;
    private LightModule module;
    private StandaloneSessionProvider sessions;
    private ContentService content;
    private Publisher publisher;
    private Versions versions;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.builder().authorAndPublic().start(data);
        module = site.module;
        sessions = site.sessions;
        content = site.content;
        publisher = new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC());
        versions = new Versions(sessions, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @Test
    void aDraftIsNotPublicUntilPublished() throws Exception {
        content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "editor");

        assertThatThrownBy(() -> content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
        assertThat(status("organizations", "/uclg")).isEqualTo(PublicationStatus.NEVER_PUBLISHED);

        assertThat(publisher.publish("organizations", "/uclg", "publisher")).extracting(PublishedItem::qualifiedPath)
                .containsExactly("organizations:/uclg");

        assertThat(content.read(Side.PUBLIC, "organization", "uclg").property("name")).hasValue("United Cities and Local Governments");
        assertThat(status("organizations", "/uclg")).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void anEditStaysADraftUntilPublishedAgain() throws Exception {
        publisher.publish("organizations", "/iula", "publisher");
        content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");

        assertThat(status("organizations", "/iula")).isEqualTo(PublicationStatus.MODIFIED);
        assertThat(content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("IULA");

        publisher.publish("organizations", "/iula", "publisher");
        assertThat(content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("UCLG");
        // the relationships travelled with the item
        assertThat(content.read(Side.PUBLIC, "organization", "iula").property("relationships"))
                .hasValueSatisfying(r -> assertThat((List<?>) r).hasSize(3));
    }

    @Test
    void unpublishedReferencesAreRefusedOrPublishedOnRequest() throws Exception {
        String category = content.create("relationshipCategory", "partnership",
                ItemInput.of(Map.of("title", "Partnerships", "position", 5)), "editor").id();
        content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments",
                "relationships", List.of(Map.of("category", category, "role", "Partner")))), "editor");

        assertThatThrownBy(() -> publisher.publish("organizations", "/uclg", "publisher"))
                .isInstanceOfSatisfying(PublicationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PublicationException.Reason.UNPUBLISHED_REFERENCES);
                    assertThat(e.items()).containsExactly("relationship-categories:/partnership");
                });
        assertThatThrownBy(() -> content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);

        assertThat(publisher.publish("organizations", "/uclg", "publisher", Publisher.Include.UNPUBLISHED_REFERENCES))
                .extracting(PublishedItem::qualifiedPath).containsExactly("relationship-categories:/partnership", "organizations:/uclg");
        assertThat(content.read(Side.PUBLIC, "relationshipCategory", "partnership").property("title")).hasValue("Partnerships");
    }

    @Test
    void thePublisherTellsItsListenerOfEachPublicationOnce() throws Exception {
        List<String> told = new ArrayList<>();
        PublicationListener listener = new PublicationListener() {
            @Override
            public void published(List<PublishedItem> items, String user) {
                told.add("published " + items.stream().map(PublishedItem::qualifiedPath).toList() + " by " + user);
            }

            @Override
            public void unpublished(String workspace, String path, String user) {
                told.add("unpublished " + workspace + ":" + path + " by " + user);
            }
        };
        Publisher telling = new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC(),
                content.locks(), listener);
        String category = content.create("relationshipCategory", "partnership",
                ItemInput.of(Map.of("title", "Partnerships", "position", 5)), "editor").id();
        content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments",
                "relationships", List.of(Map.of("category", category, "role", "Partner")))), "editor");

        assertThatThrownBy(() -> telling.publish("organizations", "/uclg", "publisher")).isInstanceOf(PublicationException.class);
        telling.publish("organizations", "/uclg", "publisher", Publisher.Include.UNPUBLISHED_REFERENCES);
        telling.unpublish("organizations", "/uclg", "publisher");

        // a refused publication tells nothing; the references published first come in the same call
        assertThat(told).containsExactly(
                "published [relationship-categories:/partnership, organizations:/uclg] by publisher",
                "unpublished organizations:/uclg by publisher");
    }

    @Test
    void unpublishRemovesFromPublicAndKeepsTheDraft() throws Exception {
        publisher.unpublish("organizations", "/isprs", "publisher");

        assertThatThrownBy(() -> content.read(Side.PUBLIC, "organization", "isprs")).isInstanceOf(NoSuchItemException.class);
        assertThat(content.read(Side.AUTHOR, "organization", "isprs").property("acronym")).hasValue("ISPRS");
        // published once: "unpublished", not "never published" (its versions are still listed)
        assertThat(status("organizations", "/isprs")).isEqualTo(PublicationStatus.UNPUBLISHED);
    }

    @Test
    void eachPublicationIsAVersionThatCanBeRestoredAsADraft() throws Exception {
        publisher.publish("organizations", "/iula", "first-publisher");
        content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");
        publisher.publish("organizations", "/iula", "second-publisher");

        List<Versions.Entry> list = versions.list("organizations", "/iula");
        // the oldest is the seed's first version (SeedVersions)
        assertThat(list).extracting(Versions.Entry::publishedBy).containsExactly("second-publisher", "first-publisher", "bootstrap");

        versions.restore("organizations", "/iula", list.get(1).name(), "editor");

        assertThat(content.read(Side.AUTHOR, "organization", "iula").property("acronym")).hasValue("IULA");
        assertThat(content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("UCLG");
        assertThat(status("organizations", "/iula")).isEqualTo(PublicationStatus.MODIFIED);
        assertThatThrownBy(() -> versions.restore("organizations", "/iula", "9.9", "editor"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishingAParentAloneKeepsItsPublicChildItems() throws Exception {
        Session a = sessions.login(Side.AUTHOR, "organizations");
        try {
            Node folder = StoredNodes.addTopLevel(a, "archive", "mgnl:folder");
            folder.addNode("old", "oicc:organization").setProperty("name", "Old organization");
            a.save();
        } finally {
            a.logout();
        }
        publisher.publish("organizations", "/archive", "publisher", Publisher.Include.CHILD_ITEMS);
        assertThat(exists(Side.PUBLIC, "/archive/old")).isTrue();

        publisher.publish("organizations", "/archive", "publisher");

        assertThat(exists(Side.PUBLIC, "/archive/old")).isTrue();
        assertThat(exists(Side.PUBLIC, "/" + PublicReceiver.HOLDING)).isFalse();
    }

    @Test
    void missingItemsAndUnpublishedParentsAreRefused() throws Exception {
        assertThatThrownBy(() -> publisher.publish("organizations", "/nothing", "publisher"))
                .isInstanceOfSatisfying(PublicationException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublicationException.Reason.NOT_FOUND));
        Session a = sessions.login(Side.AUTHOR, "organizations");
        try {
            StoredNodes.addTopLevel(a, "drafts", "mgnl:folder").addNode("new", "oicc:organization").setProperty("name", "New");
            a.save();
        } finally {
            a.logout();
        }
        assertThatThrownBy(() -> publisher.publish("organizations", "/drafts/new", "publisher"))
                .isInstanceOfSatisfying(PublicationException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublicationException.Reason.PARENT_NOT_PUBLISHED));
    }

    private boolean exists(Side side, String path) throws Exception {
        Session s = sessions.login(side, "organizations");
        try {
            return StoredNodes.exists(s, path);
        } finally {
            s.logout();
        }
    }

    private PublicationStatus status(String workspace, String path) throws Exception {
        Session s = sessions.login(Side.AUTHOR, workspace);
        try {
            return PublicationStatus.of(StoredNodes.node(s, path));
        } finally {
            s.logout();
        }
    }
}
