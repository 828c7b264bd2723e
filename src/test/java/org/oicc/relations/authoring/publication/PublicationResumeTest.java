package org.oicc.relations.authoring.publication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.subscribers.IntentFolder;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A publication leaves a version even when the process dies right after the public side got the
 * item (probe-security D15): the death is played by a transport that stops the publishing thread
 * once it has delivered, and by a record that is never cleared from then on, as after {@code kill -9};
 * a new publisher over the same records finishes the publication at start.
 */
class PublicationResumeTest {

    @TempDir
    Path data;

    private TestSite site;
    private Path records;

    @BeforeEach
    void start() {
        site = TestSite.builder().authorAndPublic().start(data.resolve("site"));
        records = data.resolve("publication/in-progress");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** What a process death leaves undone: nothing after it runs, not even a finally. */
    private static final class Death extends RuntimeException {
        Death() {
            super("the process died");
        }
    }

    @Test
    void aPublicationTheProcessDiedInIsFinishedWithItsVersionAtTheNextStart() throws Exception {
        Versions versions = new Versions(site.sessions, Clock.systemUTC(), site.locks, VersionRetention.DEFAULT);
        publisher(new IntentFolder(records, TestSite.JSON), new LocalTransport(site.sessions, "publication"))
                .publish("organizations", "/iula", "publisher-1");
        // this publication's and the seed's first version
        assertThat(versions.list("organizations", "/iula")).hasSize(2);
        assertThat(records).isEmptyDirectory();

        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "IULA-KILLED")), "editor");
        AtomicBoolean dead = new AtomicBoolean();
        IntentFolder folder = new IntentFolder(records, TestSite.JSON);
        assertThatThrownBy(() -> publisher(keptAfterDeath(folder, dead), dying(dead)).publish("organizations", "/iula", "publisher-2"))
                .isInstanceOf(Death.class);

        assertThat(site.content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("IULA-KILLED");
        assertThat(versions.list("organizations", "/iula")).as("died before its version").hasSize(2);
        try (var left = Files.list(records)) {
            assertThat(left.toList()).hasSize(1);
        }

        // the next start
        int resumed = publisher(new IntentFolder(records, TestSite.JSON), new LocalTransport(site.sessions, "publication")).resume();

        assertThat(resumed).isEqualTo(1);
        List<Versions.Entry> listed = versions.list("organizations", "/iula");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).publishedBy()).isEqualTo("publisher-2");
        assertThat(records).isEmptyDirectory();
        assertThat(site.content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("IULA-KILLED");
        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "EDITED-SINCE")), "editor");
        versions.restore("organizations", "/iula", listed.get(0).name(), "editor");
        assertThat(site.content.read(Side.AUTHOR, "organization", "iula").property("acronym"))
                .as("the resumed version holds what was published").hasValue("IULA-KILLED");
    }

    /** The same for a category order's publication of several items (publishTogether): each is recorded and finished. */
    @Test
    void aGroupPublicationTheProcessDiedInIsFinishedItemByItemAtTheNextStart() throws Exception {
        Versions versions = new Versions(site.sessions, Clock.systemUTC(), site.locks, VersionRetention.DEFAULT);
        int iulaBefore = versions.list("organizations", "/iula").size();
        int alecsoBefore = versions.list("organizations", "/alecso").size();
        AtomicBoolean dead = new AtomicBoolean();
        IntentFolder folder = new IntentFolder(records, TestSite.JSON);
        assertThatThrownBy(() -> publisher(keptAfterDeath(folder, dead), dying(dead))
                .publishTogether("organizations", List.of("/iula", "/alecso"), "publisher-3")).isInstanceOf(Death.class);
        try (var left = Files.list(records)) {
            assertThat(left.toList()).as("one record per item of the group").hasSize(2);
        }

        int resumed = publisher(new IntentFolder(records, TestSite.JSON), new LocalTransport(site.sessions, "publication")).resume();

        assertThat(resumed).isEqualTo(2);
        assertThat(records).isEmptyDirectory();
        assertThat(versions.list("organizations", "/iula")).hasSize(iulaBefore + 1);
        assertThat(versions.list("organizations", "/alecso")).hasSize(alecsoBefore + 1);
        assertThat(versions.list("organizations", "/alecso").get(0).publishedBy()).isEqualTo("publisher-3");
    }

    @Test
    void aPublicationThatFailsIsNotResumed() throws Exception {
        PublicationTransport refusing = new PublicationTransport() {
            @Override
            public void put(String workspace, String parentPath, byte[] item) throws PublicationException {
                throw new PublicationException("the public side refused the item", new IllegalStateException("no"));
            }

            @Override
            public void remove(String workspace, String path) {
            }

            @Override
            public boolean isPublished(String workspace, String identifier) {
                return true;
            }
        };
        assertThatThrownBy(() -> publisher(new IntentFolder(records, TestSite.JSON), refusing)
                .publish("organizations", "/iula", "publisher")).isInstanceOf(PublicationException.class);

        assertThat(records).as("its caller was told: nothing to finish").isEmptyDirectory();
    }

    private Publisher publisher(PublicationIntents intents, PublicationTransport transport) {
        return new Publisher(site.module, site.sessions, transport, Clock.systemUTC(), site.locks,
                PublicationListener.NONE, VersionRetention.DEFAULT, intents);
    }

    /** The local transport, after whose delivery the process dies. */
    private PublicationTransport dying(AtomicBoolean dead) {
        LocalTransport local = new LocalTransport(site.sessions, "publication");
        return new PublicationTransport() {
            @Override
            public void put(String workspace, String parentPath, byte[] item) throws PublicationException {
                local.put(workspace, parentPath, item);
                dead.set(true);
                throw new Death();
            }

            @Override
            public void remove(String workspace, String path) throws PublicationException {
                local.remove(workspace, path);
            }

            @Override
            public boolean isPublished(String workspace, String identifier) throws PublicationException {
                return local.isPublished(workspace, identifier);
            }
        };
    }

    /** Records as the folder keeps them, except that a dead process clears none. */
    private static PublicationIntents keptAfterDeath(IntentFolder folder, AtomicBoolean dead) {
        return new PublicationIntents() {
            @Override
            public Intent begin(Kind kind, String workspace, String identifier, String user) {
                return folder.begin(kind, workspace, identifier, user);
            }

            @Override
            public void done(Intent intent) {
                if (!dead.get()) {
                    folder.done(intent);
                }
            }

            @Override
            public List<Intent> interrupted() {
                return folder.interrupted();
            }
        };
    }
}
