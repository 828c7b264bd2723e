package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.SiteFixture;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recorded layouts: new workspaces get {@code buckets-16x64}; a workspace recorded as
 * {@code buckets-64x64} (the first bucketed version's) keeps storing and finding its items there;
 * an unknown layout value is refused rather than read flat.
 */
class StoredPathsLayoutTest {

    /** A fresh site for each test: they add buckets and layouts. */
    @RegisterExtension
    final SiteFixture fixture = SiteFixture.of(b -> b);

    @Test
    void eachLayoutTakesOneByteOfTheSha1PerLevel() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-1").digest("iula".getBytes(StandardCharsets.UTF_8));
        String b64a = String.format("_%02x", (hash[0] & 0xff) % 64);
        String b64b = String.format("_%02x", (hash[1] & 0xff) % 64);
        String b16a = String.format("_%02x", (hash[0] & 0xff) % 16);
        assertThat(StoredPaths.layout("buckets-64x64").stored("/iula/child")).isEqualTo("/" + b64a + "/" + b64b + "/iula/child");
        assertThat(StoredPaths.layout("buckets-16x64").stored("/iula")).isEqualTo("/" + b16a + "/" + b64b + "/iula");
        assertThat(StoredPaths.layout("buckets-256").stored("/iula")).isEqualTo(String.format("/_%02x/iula", hash[0] & 0xff));
        for (String layout : List.of("buckets-64x64", "buckets-16x64", "buckets-256")) {
            StoredPaths paths = StoredPaths.layout(layout);
            assertThat(paths.client(paths.stored("/iula/child"))).as(layout).isEqualTo("/iula/child");
            assertThat(paths.client(paths.stored("/iula").substring(0, 4))).as(layout + ": a bucket is no client's node").isNull();
        }
        assertThat(StoredPaths.NEW_LAYOUT).isEqualTo("buckets-16x64");
        for (String bad : List.of("buckets-64x64x64", "buckets-1", "buckets-1024", "hash", "")) {
            assertThatThrownBy(() -> StoredPaths.layout(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNewWorkspaceRecordsSixteenBySixtyFour() throws Exception {
        Session session = fixture.site.author.login("organizations");
        try {
            assertThat(session.getRootNode().getProperty(StoredPaths.LAYOUT_PROPERTY).getString()).isEqualTo("buckets-16x64");
            assertThat(session.getRootNode().getNodes("_*").getSize()).isEqualTo(16);
            assertThat(StoredNodes.node(session, "/iula").getDepth()).isEqualTo(3);
        } finally {
            session.logout();
        }
    }

    @Test
    void aWorkspaceRecordedAsSixtyFourBySixtyFourKeepsItsLayout() throws Exception {
        Session admin = fixture.site.author.login("organizations");
        try {
            ((org.apache.jackrabbit.api.JackrabbitWorkspace) admin.getWorkspace()).createWorkspace("layout64");
        } finally {
            admin.logout();
        }
        Session session = fixture.site.author.login("layout64");
        try {
            StoredPaths.recordBuckets(session, StoredPaths.BUCKETS_64X64);
            session.save();
            StoredPaths layout = StoredPaths.of(session);
            assertThat(layout.name()).isEqualTo("buckets-64x64");
            assertThat(session.getRootNode().getNodes("_*").getSize()).isEqualTo(64);
            List<String> names = StoredNodes.namesInOneNewLeaf(session, "old", 3);
            for (String name : names) {
                StoredNodes.addTopLevel(session, name, "nt:unstructured").setProperty("name", name);
            }
            session.save();
            for (String name : names) {
                Node node = StoredNodes.node(session, "/" + name);
                assertThat(node.getPath()).isEqualTo(StoredPaths.layout("buckets-64x64").stored("/" + name));
                assertThat(layout.client(node)).isEqualTo("/" + name);
            }
            assertThat(layout.children(session.getRootNode())).extracting(this::name).containsAll(names);

            session.getRootNode().setProperty(StoredPaths.LAYOUT_PROPERTY, "buckets-7x7x7");
            session.save();
            StoredPaths.forget(session);
            assertThatThrownBy(() -> StoredPaths.of(session)).isInstanceOf(RepositoryException.class)
                    .hasMessageContaining("unknown child layout: buckets-7x7x7");
        } finally {
            session.logout();
        }
    }

    private String name(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
