package org.oicc.relations.authoring.publication;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import javax.jcr.version.VersionIterator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publication keeps the newest N versions of an item, in the repository and in what is listed and restorable. */
class VersionRetentionTest {

    @TempDir
    Path data;

    private TestSite site;
    private LightModule module;
    private StandaloneSessionProvider sessions;
    private ContentService content;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.builder().authorAndPublic().start(data);
        module = site.module;
        sessions = site.sessions;
        content = site.content;
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @Test
    void publishingNPlusThreeTimesKeepsTheNewestNAndTheOldestKeptRestores() throws Exception {
        VersionRetention keep3 = new VersionRetention(3);
        Publisher publisher = publisher(keep3);
        Versions versions = new Versions(sessions, Clock.systemUTC(), content.locks(), keep3);
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            content.update("organization", "iula", ItemInput.of(Map.of("acronym", "IULA-" + i)), "editor");
            publisher.publish("organizations", "/iula", "publisher-" + i);
            made.add(0, versions.list("organizations", "/iula").get(0).name());
        }

        assertThat(storedVersions("/iula")).as("removed from the version storage, not only hidden")
                .containsExactlyInAnyOrderElementsOf(made.subList(0, 3));
        List<Versions.Entry> listed = versions.list("organizations", "/iula");
        assertThat(listed).extracting(Versions.Entry::name).containsExactlyElementsOf(made.subList(0, 3));
        assertThat(listed).extracting(Versions.Entry::publishedBy).containsExactly("publisher-6", "publisher-5", "publisher-4");

        versions.restore("organizations", "/iula", listed.get(2).name(), "editor");
        assertThat(content.read(Side.AUTHOR, "organization", "iula").property("acronym")).hasValue("IULA-4");
        assertThatThrownBy(() -> versions.restore("organizations", "/iula", made.get(3), "editor"))
                .as("a pruned version is gone").isInstanceOf(IllegalArgumentException.class);

        // publishing the restored draft branches off an old version: it is still the newest, the oldest goes
        publisher.publish("organizations", "/iula", "publisher-7");
        List<Versions.Entry> after = versions.list("organizations", "/iula");
        assertThat(after).extracting(Versions.Entry::publishedBy).containsExactly("publisher-7", "publisher-6", "publisher-5");
        assertThat(storedVersions("/iula")).hasSize(3);
        assertThat(content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("IULA-4");
    }

    @Test
    void anItemWithMoreVersionsThanKeptListsTheNewestAndIsPrunedOnItsNextPublication() throws Exception {
        Publisher before = publisher(new VersionRetention(100));
        for (int i = 1; i <= 5; i++) {
            before.publish("organizations", "/iula", "publisher-" + i);
        }
        // the seed's first version and five publications
        assertThat(storedVersions("/iula")).hasSize(6);

        VersionRetention keep2 = new VersionRetention(2);
        Versions versions = new Versions(sessions, Clock.systemUTC(), content.locks(), keep2);
        assertThat(versions.list("organizations", "/iula")).extracting(Versions.Entry::publishedBy)
                .containsExactly("publisher-5", "publisher-4");

        publisher(keep2).publish("organizations", "/iula", "publisher-6");
        assertThat(storedVersions("/iula")).hasSize(2);
        assertThat(versions.list("organizations", "/iula")).extracting(Versions.Entry::publishedBy)
                .containsExactly("publisher-6", "publisher-5");
    }

    @Test
    void tenVersionsAreKeptByDefault() throws Exception {
        assertThat(VersionRetention.DEFAULT.keep()).isEqualTo(10);
        Publisher publisher = new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC());
        for (int i = 1; i <= 12; i++) {
            publisher.publish("organizations", "/iula", "publisher-" + i);
        }
        assertThat(storedVersions("/iula")).hasSize(10);
        assertThat(new Versions(sessions, Clock.systemUTC()).list("organizations", "/iula")).hasSize(10)
                .first().extracting(Versions.Entry::publishedBy).isEqualTo("publisher-12");
    }

    @Test
    void keepingNoVersionIsRefused() {
        assertThatThrownBy(() -> new VersionRetention(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Publisher publisher(VersionRetention retention) {
        return new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC(),
                content.locks(), PublicationListener.NONE, retention);
    }

    /** The version history itself, past any listing: every version but the root. */
    private List<String> storedVersions(String path) throws Exception {
        Session s = sessions.login(Side.AUTHOR, "organizations");
        try {
            List<String> names = new ArrayList<>();
            for (VersionIterator it = s.getWorkspace().getVersionManager().getVersionHistory(StoredNodes.node(s, path).getPath()).getAllVersions(); it.hasNext();) {
                String name = it.nextVersion().getName();
                if (!"jcr:rootVersion".equals(name)) {
                    names.add(name);
                }
            }
            return names;
        } finally {
            s.logout();
        }
    }
}
