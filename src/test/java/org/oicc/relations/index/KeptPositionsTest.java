package org.oicc.relations.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.KeptPositions;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save finds its category's highest page position in the drafts' index (as the standalone wires
 * it in {@code AuthoringSite}) and the index's answer is the repository's: checked against a walk
 * of the author workspace for every category and item of the seed, after creates, moves and deletes.
 */
class KeptPositionsTest {

    static final String ORGS = "organizations";
    static final String MEMBERSHIP = ContentIndexTest.MEMBERSHIP;

    @TempDir
    Path dir;
    TestSite site;
    OrderedEntries ordered;
    final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void start() {
        site = TestSite.builder().authorAndPublic().start(dir);
        ordered = OrderedEntries.of(site.module).orElseThrow();
        KeptPositions index = site.draftsIndex().positions(ordered);
        site.content.keepPositionsIn((category, itemPath) -> {
            asked.incrementAndGet();
            return index.highestOutside(category, itemPath);
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void theIndexAnswersAsAWalkOfTheRepositoryForEveryCategoryAndItem() throws Exception {
        assertAgreesWithTheRepository();
        site.content.create("organization", "aaa-top", ItemInput.of(Map.of("name", "Top",
                "relationships", List.of(Map.of("category", MEMBERSHIP, "position", 1_000_000L)))), "editor");
        site.content.update("organization", "aaa-top", ItemInput.of(Map.of("relationships",
                List.of(Map.of("category", MEMBERSHIP, "position", 2_000_000L), Map.of("category", MEMBERSHIP)))), "editor");
        assertAgreesWithTheRepository();
        site.content.delete("organization", "aaa-top", "editor");
        assertAgreesWithTheRepository();
        assertThat(site.draftsIndex().highestEntryPosition(ORGS, ordered.entriesProperty(), ordered.categoryProperty(),
                "no-such-category", ordered.orderProperty(), "/iula")).hasValue(0);
        assertThat(site.draftsIndex().highestEntryPosition("no-such-workspace", ordered.entriesProperty(),
                ordered.categoryProperty(), MEMBERSHIP, ordered.orderProperty(), "/iula")).isEmpty();
    }

    @Test
    void entriesWithoutAPositionGoLastOneAfterTheOtherAndTheIndexIsAsked() throws Exception {
        long top = outside(highestByItem(MEMBERSHIP), "/none");
        for (int i = 0; i < 3; i++) {
            site.content.create("organization", "last-" + i, ItemInput.of(Map.of("name", "Last " + i,
                    "relationships", List.of(Map.of("category", MEMBERSHIP)))), "editor");
        }
        assertThat(List.of(position("last-0"), position("last-1"), position("last-2")))
                .containsExactly(top + OrderedEntries.GAP, top + 2 * OrderedEntries.GAP, top + 3 * OrderedEntries.GAP);
        assertThat(asked.get()).as("each save asked the index, not only the repository").isEqualTo(3);
    }

    @Test
    void aCollidingEntryGoesAfterAnotherItemsHighestEvenWhenThisItemHeldManyAbove() throws Exception {
        String observers = site.content.create("relationshipCategory", "observers-kept",
                ItemInput.of(Map.of("title", "Observers", "kind", "membership")), "editor").id();
        site.content.create("organization", "holds-500", ItemInput.of(Map.of("name", "Holds 500",
                "relationships", List.of(Map.of("category", observers, "position", 500L)))), "editor");
        List<Map<String, Object>> six = new ArrayList<>();
        for (long p = 1000; p < 1006; p++) {
            six.add(Map.of("category", observers, "position", p));
        }
        site.content.create("organization", "held-six", ItemInput.of(Map.of("name", "Held six", "relationships", six)), "editor");
        site.content.update("organization", "held-six",
                ItemInput.of(Map.of("relationships", List.of(Map.of("category", observers, "position", 500L)))), "editor");
        assertThat(position("held-six")).isEqualTo(500L + OrderedEntries.GAP);
    }

    private long position(String organization) {
        List<?> entries = (List<?>) site.content.read("organization", organization).properties().get("relationships");
        return (Long) ((Map<?, ?>) entries.get(0)).get("position");
    }

    private void assertAgreesWithTheRepository() throws Exception {
        Set<String> categories = new HashSet<>();
        List<String> items = new ArrayList<>();
        Session s = site.author.login(ORGS);
        try {
            for (Node n : StoredNodes.topLevel(s)) {
                if (n.isNodeType("oicc:organization")) {
                    items.add(StoredNodes.clientPath(n));
                    categories.addAll(entryCategories(n));
                }
            }
        } finally {
            s.logout();
        }
        items.add("/not-an-item");
        assertThat(categories).contains(MEMBERSHIP);
        Map<String, Map<String, Long>> walked = new java.util.HashMap<>();
        for (String category : categories) {
            walked.put(category, highestByItem(category));
        }
        for (String category : categories) {
            for (String item : items) {
                OptionalLong kept = site.draftsIndex().highestEntryPosition(ORGS, ordered.entriesProperty(),
                        ordered.categoryProperty(), category, ordered.orderProperty(), item);
                assertThat(kept).as(category + " outside " + item).hasValue(outside(walked.get(category), item));
            }
        }
    }

    private Set<String> entryCategories(Node item) throws Exception {
        Set<String> out = new HashSet<>();
        if (item.hasNode(ordered.entriesProperty())) {
            for (NodeIterator it = item.getNode(ordered.entriesProperty()).getNodes(); it.hasNext();) {
                Node e = it.nextNode();
                if (e.hasProperty(ordered.categoryProperty())) {
                    out.add(e.getProperty(ordered.categoryProperty()).getString());
                }
            }
        }
        return out;
    }

    /** The highest of the walked items' positions but the given item's, 0 when none. */
    private static long outside(Map<String, Long> byItem, String itemPath) {
        return byItem.entrySet().stream().filter(e -> !e.getKey().equals(itemPath)).mapToLong(Map.Entry::getValue).max().orElse(0);
    }

    /** Each item's highest position in the category, by one walk of every item. */
    private Map<String, Long> highestByItem(String category) throws Exception {
        Map<String, Long> out = new java.util.HashMap<>();
        Session s = site.author.login(ORGS);
        try {
            for (Node n : StoredNodes.topLevel(s)) {
                if (!n.isNodeType("oicc:organization") || !n.hasNode(ordered.entriesProperty())) {
                    continue;
                }
                for (NodeIterator it = n.getNode(ordered.entriesProperty()).getNodes(); it.hasNext();) {
                    Node e = it.nextNode();
                    if (e.hasProperty(ordered.categoryProperty()) && e.hasProperty(ordered.orderProperty())
                            && e.getProperty(ordered.categoryProperty()).getString().equals(category)) {
                        out.merge(StoredNodes.clientPath(n), e.getProperty(ordered.orderProperty()).getLong(), Math::max);
                    }
                }
            }
        } finally {
            s.logout();
        }
        return out;
    }
}
