package org.oicc.relations.delivery.node;

import org.oicc.relations.testing.StoredNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store of node snapshots on the seed: kept while the generation stays, bounded by bytes, nothing kept without generations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeSnapshotsTest {

    private static final String ORGANIZATIONS = "organizations";
    private TestSite site;
    private final List<String> items = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        site = TestSite.builder().combined().start(data);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            for (Node node : StoredNodes.topLevel(sessions.session(ORGANIZATIONS))) {
                if (node.isNodeType("oicc:organization")) {
                    items.add(StoredNodes.clientPath(node));
                }
            }
        }
        assertThat(items).hasSizeGreaterThan(10);
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @Test
    void aSnapshotIsKeptWhileItsWorkspaceStaysAtTheGenerationItWasReadAt() throws Exception {
        AtomicLong generation = new AtomicLong(7);
        NodeSnapshots store = new NodeSnapshots(site.module, w -> generation.get(), NodeSnapshots.DEFAULT_MAX_BYTES);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            NodeSnapshot first = store.atPath(sessions, ORGANIZATIONS, "/iula", true);
            assertThat(store.atPath(sessions, ORGANIZATIONS, "/iula", true)).isSameAs(first);
            assertThat(store.reads()).isEqualTo(1);

            generation.incrementAndGet();
            NodeSnapshot after = store.atPath(sessions, ORGANIZATIONS, "/iula", true);

            assertThat(after).isNotSameAs(first);
            assertThat(store.reads()).isEqualTo(2);
            assertThat(after.childPaths()).containsExactly("/iula/relationships");
            assertThat(after.identifier()).isEqualTo(first.identifier());
        }
    }

    @Test
    void aNodeReadToADepthKeepsTheSubtreeItListedSoItsChildrenAreNotReadAgain() throws Exception {
        NodeSnapshots store = new NodeSnapshots(site.module, w -> 0, NodeSnapshots.DEFAULT_MAX_BYTES);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            NodeSnapshot item = store.atPath(sessions, ORGANIZATIONS, "/iula", 2);
            long readWithSubtree = store.reads();
            NodeSnapshot entries = store.atPath(sessions, ORGANIZATIONS, "/iula/relationships", 1);
            for (String entry : entries.childPaths()) {
                assertThat(store.atPath(sessions, ORGANIZATIONS, entry, 0).path()).isEqualTo(entry);
            }

            assertThat(item.childPaths()).containsExactly("/iula/relationships");
            assertThat(entries.childPaths()).isNotEmpty();
            assertThat(readWithSubtree).as("the item, its folder and each entry, once").isEqualTo(2 + entries.childPaths().size());
            assertThat(store.reads()).as("nothing read again").isEqualTo(readWithSubtree);
        }
    }

    @Test
    void aStoreWithoutGenerationsReadsOnlyTheNodeAskedFor() throws Exception {
        NodeSnapshots store = NodeSnapshots.uncached(site.module);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            store.atPath(sessions, ORGANIZATIONS, "/iula", 2);
            assertThat(store.reads()).as("children are read where the renderer needs them, not twice").isEqualTo(1);
        }
    }

    @Test
    void theBudgetIsAShareOfTheHeapWithinBounds() {
        long mib = 1024L * 1024;
        assertThat(NodeSnapshots.budgetFor(256 * mib)).isEqualTo(16 * mib);
        assertThat(NodeSnapshots.budgetFor(64 * mib)).as("never below the old fixed budget").isEqualTo(NodeSnapshots.DEFAULT_MAX_BYTES);
        assertThat(NodeSnapshots.budgetFor(16 * 1024 * mib)).as("never a copy of the content").isEqualTo(64 * mib);
    }

    @Test
    void aNodeReadWithoutItsChildrenIsReadAgainWhereTheyAreNeeded() throws Exception {
        NodeSnapshots store = new NodeSnapshots(site.module, w -> 0, NodeSnapshots.DEFAULT_MAX_BYTES);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            assertThat(store.atPath(sessions, ORGANIZATIONS, "/iula", false).hasChildren()).isFalse();
            assertThat(store.atPath(sessions, ORGANIZATIONS, "/iula", true).hasChildren()).isTrue();
            assertThat(store.atPath(sessions, ORGANIZATIONS, "/iula", false).hasChildren()).as("the fuller one serves both").isTrue();
            assertThat(store.reads()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownIdentifierIsRememberedAsAbsentAndAMissingPathIsAnError() throws Exception {
        NodeSnapshots store = new NodeSnapshots(site.module, w -> 0, NodeSnapshots.DEFAULT_MAX_BYTES);
        String nobody = "00000000-0000-4000-8000-000000000000";
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            assertThat(store.byIdentifier(sessions, ORGANIZATIONS, nobody)).isEmpty();
            assertThat(store.byIdentifier(sessions, ORGANIZATIONS, nobody)).isEmpty();
            assertThat(store.reads()).isEqualTo(1);
            assertThat(store.byIdentifier(sessions, ORGANIZATIONS, "not-an-identifier")).isEmpty();
            assertThatThrownBy(() -> store.atPath(sessions, ORGANIZATIONS, "/no-such-item", false)).isInstanceOf(PathNotFoundException.class);
        }
    }

    @Test
    void theStoreKeepsWithinItsBytesPushingOutTheLeastRecentlyUsed() throws Exception {
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            // every item small enough to be kept (one over an eighth of the budget never is), not all of them at once:
            // a fixed budget depended on which item the workspace lists last (the bucket layout changed that order)
            long largest = 0;
            long all = 0;
            for (String item : items) {
                long weight = NodeSnapshot.read(site.module, StoredNodes.node(sessions.session(ORGANIZATIONS), item), true).weight();
                largest = Math.max(largest, weight);
                all += weight;
            }
            long budget = 9 * (largest + 1024);
            assertThat(all).as("the items together exceed the budget").isGreaterThan(budget);
            NodeSnapshots store = new NodeSnapshots(site.module, w -> 0, budget);
            for (String item : items) {
                store.atPath(sessions, ORGANIZATIONS, item, true);
                assertThat(store.bytes()).isLessThanOrEqualTo(budget);
            }
            assertThat(store.size()).isGreaterThan(0).isLessThan(items.size());
            String last = items.get(items.size() - 1);
            long reads = store.reads();
            store.atPath(sessions, ORGANIZATIONS, last, true);
            assertThat(store.reads()).as("the most recent is still kept").isEqualTo(reads);
            store.atPath(sessions, ORGANIZATIONS, items.get(0), true);
            assertThat(store.reads()).as("the first was pushed out").isEqualTo(reads + 1);
        }
    }

    @Test
    void withoutGenerationsNothingIsKept() throws Exception {
        NodeSnapshots store = NodeSnapshots.uncached(site.module);
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            store.atPath(sessions, ORGANIZATIONS, "/iula", true);
            store.atPath(sessions, ORGANIZATIONS, "/iula", true);
        }
        assertThat(store.reads()).isEqualTo(2);
        assertThat(store.size()).isZero();
    }

    @Test
    void identifiersAreCheckedAsUuids() {
        assertThat(NodeSnapshots.isUuid("a97ca0f9-97ce-3602-adc9-b15300607d1c")).isTrue();
        assertThat(NodeSnapshots.isUuid("A97CA0F9-97CE-3602-ADC9-B15300607D1C")).isTrue();
        assertThat(NodeSnapshots.isUuid("a97ca0f9-97ce-3602-adc9-b15300607d1")).isFalse();
        assertThat(NodeSnapshots.isUuid("a97ca0f9x97ce-3602-adc9-b15300607d1c")).isFalse();
        assertThat(NodeSnapshots.isUuid("g97ca0f9-97ce-3602-adc9-b15300607d1c")).isFalse();
        assertThat(NodeSnapshots.isUuid(null)).isFalse();
    }
}
