package org.oicc.relations.delivery;

import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.repository.StoredPaths;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.index.ContentIndex;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index keeps each filter's matches in each order and follows them change by change instead of
 * testing every item again. After each kind of write (a rename that loses its translation, an entry
 * moved to another category, a delete, a create, a folder removed, a batch too large to follow one
 * by one) every kept query answers byte for byte what the repository's full scan answers, at its
 * first page, in the middle and at its end, with the same total; and a category's entries are the
 * ones a walk of the workspace finds, in position order (missing last), ties by path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowedQueryViewsTest {

    private static final String ORGS = QueryFixture.ORGANIZATIONS;
    private static final String[][] QUERIES = {
        {"relationships.category", QueryFixture.MEMBERSHIP, "orderBy", "name", "lang", "ar"},
        {"relationships.category", QueryFixture.OBSERVER, "orderBy", "acronym desc"},
        {"relationships.category", QueryFixture.AGREEMENT, "orderBy", "name desc", "lang", "fr"},
        {"relationships.category", QueryFixture.MEMBERSHIP, "orderBy", "acronym,name", "lang", "fr"},
        {"orderBy", "name"},
    };

    private TestSite site;
    private QueryFixture indexed;
    private QueryFixture scanned;

    @BeforeAll
    void generate(@TempDir Path dir) throws Exception {
        site = TestSite.builder().start(dir);
        Session session = site.published.login("organizations");
        try {
            GeneratedOrganizationNodes.write(session, 1200, 7, 1200);
        } finally {
            session.logout();
        }
        indexed = new QueryFixture(site, DeliverySettings.DEFAULTS, site.index());
        scanned = new QueryFixture(site, new DeliverySettings(100, "public, max-age=60", List.of(), Duration.ofMinutes(5)), null);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void keptViewsAndEntryListsFollowEveryKindOfWrite() throws Exception {
        agree("before any write");
        write(s -> {
            Node n = StoredNodes.node(s, "/generated/f000/g00010");
            n.setProperty("name", "Aaaa First");
            if (n.hasProperty("name_ar")) {
                n.getProperty("name_ar").remove();
            }
        });
        agree("renamed, Arabic name removed");
        write(s -> {
            Node entry = StoredNodes.node(s, "/generated/f000/g00020/relationships/0");
            entry.setProperty("category", QueryFixture.MEMBERSHIP);
            entry.setProperty("position", -5L);
        });
        agree("an entry moved to another category");
        write(s -> StoredNodes.node(s, "/generated/f000/g00030").remove());
        agree("an item deleted");
        write(s -> {
            Node org = StoredNodes.node(s, "/generated/f000").addNode("g00030b", "oicc:organization");
            org.setProperty("name", "Zzz Created");
            Node entry = org.addNode("relationships", "mgnl:contentNode").addNode("0", "mgnl:contentNode");
            entry.setProperty("category", QueryFixture.MEMBERSHIP);
        });
        agree("an item created, no acronym, an entry without position");
        write(s -> StoredNodes.node(s, "/generated/f001").remove());
        agree("a folder of 100 removed");
        write(s -> {
            int i = 0;
            for (NodeIterator it = StoredNodes.node(s, "/generated/f002").getNodes(); it.hasNext();) {
                it.nextNode().setProperty("name", "Batch " + (i++ % 7));
            }
            for (NodeIterator it = StoredNodes.node(s, "/generated/f003").getNodes(); it.hasNext();) {
                it.nextNode().setProperty("name", "Batch " + (i++ % 7));
            }
            for (NodeIterator it = StoredNodes.node(s, "/generated/f004").getNodes(); it.hasNext();) {
                it.nextNode().setProperty("acronym", "AA");
            }
        });
        agree("300 items in one save (dropped and built again)");
    }

    interface Change {
        void apply(Session session) throws Exception;
    }

    private void write(Change change) throws Exception {
        Session session = site.published.login("organizations");
        try {
            change.apply(session);
            session.save();
        } finally {
            session.logout();
        }
    }

    private void agree(String after) throws Exception {
        for (String[] query : QUERIES) {
            int total = indexed.json(ORGS, append(query, "limit", "1")).get("total").asInt();
            assertThat(total).as(after).isGreaterThan(100);
            for (int offset : new int[] {0, total / 2, total - 20, total - 1}) {
                String[] paged = append(query, "limit", "20", "offset", String.valueOf(offset));
                String answer = indexed.text(ORGS, paged);
                assertThat(answer).as(after + ": " + Arrays.toString(paged)).isEqualTo(scanned.text(ORGS, paged));
                JsonNode json = indexed.json(ORGS, paged);
                assertThat(json.get("total").asInt()).as(after).isEqualTo(total);
            }
        }
        List<String> expected = entriesOf(QueryFixture.MEMBERSHIP);
        IndexPage all = site.index().entries("organizations", "relationships", "category", QueryFixture.MEMBERSHIP, "position",
                0, 100_000);
        assertThat(all.paths()).as(after).containsExactlyElementsOf(expected);
        assertThat(all.total()).isEqualTo(expected.size());
        IndexPage tail = site.index().entries("organizations", "relationships", "category", QueryFixture.MEMBERSHIP, "position",
                expected.size() - 7, 50);
        assertThat(tail.paths()).containsExactlyElementsOf(expected.subList(expected.size() - 7, expected.size()));
        // a fresh index, sorted from nothing, answers the same as the one that followed the writes
        try (ContentIndex fresh = ContentIndex.of(site.module)) {
            fresh.start(site.served);
            assertThat(fresh.entries("organizations", "relationships", "category", QueryFixture.MEMBERSHIP, "position", 0, 100_000)
                    .paths()).isEqualTo(all.paths());
        }
    }

    /** Entries of the category by a walk of the workspace: position order, missing last, ties by path. */
    private List<String> entriesOf(String category) throws Exception {
        record Hit(String path, Long position) {
        }
        List<Hit> hits = new ArrayList<>();
        Session session = site.published.login("organizations");
        try {
            collect(session.getRootNode(), category, hits, (p, pos) -> new Hit(p, pos));
        } finally {
            session.logout();
        }
        hits.sort(Comparator.comparing((Hit h) -> h.position() == null)
                .thenComparing(h -> h.position() == null ? 0L : h.position())
                .thenComparing(Hit::path));
        return hits.stream().map(Hit::path).toList();
    }

    interface HitOf<T> {
        T of(String path, Long position);
    }

    private static <T> void collect(Node node, String category, List<T> hits, HitOf<T> hit) throws Exception {
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType("oicc:organization")) {
                if (child.hasNode("relationships")) {
                    for (NodeIterator e = child.getNode("relationships").getNodes(); e.hasNext();) {
                        Node entry = e.nextNode();
                        if (entry.hasProperty("category") && entry.getProperty("category").getString().equals(category)) {
                            hits.add(hit.of(StoredNodes.clientPath(entry), entry.hasProperty("position") ? entry.getProperty("position").getLong() : null));
                        }
                    }
                }
            } else if (child.isNodeType("mgnl:folder") || child.isNodeType(StoredPaths.BUCKET)) {
                collect(child, category, hits, hit);
            }
        }
    }

    private static String[] append(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
