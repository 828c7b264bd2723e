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
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through 5,025 organizations (the seed and 5,000 generated straight into JCR) answered by
 * the index: the last pages, totals, every page together giving the whole order once, localized
 * order with missing translations and name ties broken by path; and the same bytes as the
 * repository's full scan where both answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSetQueryTest {

    private static final String ORGS = QueryFixture.ORGANIZATIONS;
    private static final int GENERATED = 5000;
    private static final int ALL = GENERATED + 25;

    private TestSite site;
    private QueryFixture indexed;
    private QueryFixture scanned;

    @BeforeAll
    void generate(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        site = TestSite.builder().start(dir);
        long t1 = System.nanoTime();
        Session session = site.published.login("organizations");
        try {
            GeneratedOrganizationNodes.write(session, GENERATED, 12, GENERATED);
        } finally {
            session.logout();
        }
        long t2 = System.nanoTime();
        indexed = new QueryFixture(site, DeliverySettings.DEFAULTS, site.index());
        System.out.printf("TIMING site %d ms, write %d ms, index %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, (System.nanoTime() - t2) / 1000000);
        // the full scan reads every match: on a busy machine it needs more than the default budget
        scanned = new QueryFixture(site, new DeliverySettings(100, "public, max-age=60", List.of(), Duration.ofMinutes(5)), null);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void theLastPageHoldsWhatIsLeftAndTheTotalIsExact() throws Exception {
        JsonNode last = indexed.json(ORGS, "orderBy", "name", "offset", String.valueOf(ALL - 7), "limit", "20");
        assertThat(last.get("total").asInt()).isEqualTo(ALL);
        assertThat(last.get("results")).hasSize(7);
        assertThat(indexed.json(ORGS, "offset", String.valueOf(ALL), "limit", "20").get("results")).isEmpty();
        String[] query = {"relationships.category", QueryFixture.MEMBERSHIP, "orderBy", "name", "lang", "ar", "limit", "20"};
        int total = indexed.json(ORGS, query).get("total").asInt();
        assertThat(total).isBetween(1000, 4000);
        for (int offset : new int[] {0, total - 20, total - 3}) {
            String[] paged = append(query, "offset", String.valueOf(offset));
            assertThat(indexed.text(ORGS, paged)).as("offset " + offset).isEqualTo(scanned.text(ORGS, paged));
        }
    }

    @Test
    void thePagesTogetherAreTheWholeLocalizedOrderOnce() throws Exception {
        for (String language : List.of("ar")) {
            List<String> expected = oracle(language);
            List<String> paths = new ArrayList<>();
            for (int offset = 0; offset < ALL; offset += 100) {
                JsonNode page = indexed.json(ORGS, "orderBy", "name", "lang", language, "offset", String.valueOf(offset),
                        "limit", "100", "@ancestor", "/");
                assertThat(page.get("total").asInt()).isEqualTo(ALL);
                page.get("results").forEach(n -> paths.add(n.get("@path").asText()));
            }
            assertThat(new HashSet<>(paths)).hasSize(ALL);
            assertThat(paths).as(language).containsExactlyElementsOf(expected);
        }
        // the same through the index's own contract, as lists and pickers ask it
        List<String> french = new ArrayList<>();
        for (int offset = 0; offset < ALL; offset += 700) {
            french.addAll(site.index().items("organizations", ItemSearch.all(), new SortOrder("name", "fr", false), offset, 700)
                    .paths());
        }
        assertThat(french).containsExactlyElementsOf(oracle("fr"));
    }

    @Test
    void descendingOrdersKeepMissingValuesLastAndTiesByPath() throws Exception {
        String[] query = {"orderBy", "acronym desc,name", "lang", "fr", "limit", "50"};
        for (int offset : new int[] {0, 3000, ALL - 30}) {
            String[] paged = append(query, "offset", String.valueOf(offset));
            assertThat(indexed.text(ORGS, paged)).as("offset " + offset).isEqualTo(scanned.text(ORGS, paged));
        }
        JsonNode tail = indexed.json(ORGS, append(query, "offset", String.valueOf(ALL - 5)));
        tail.get("results").forEach(n -> assertThat(n.has("acronym")).isFalse());
    }

    /** Every organization in the order a reader of the language sees: its name there, else English; ties by path. */
    private List<String> oracle(String language) throws Exception {
        record Keyed(String path, String key) {
        }
        List<Keyed> all = new ArrayList<>();
        Session session = site.published.login("organizations");
        try {
            for (Node n : organizations(session.getRootNode(), new ArrayList<>())) {
                String translated = "name_" + language;
                all.add(new Keyed(StoredNodes.clientPath(n), (n.hasProperty(translated) ? n.getProperty(translated) : n.getProperty("name"))
                        .getString()));
            }
        } finally {
            session.logout();
        }
        all.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::path));
        return all.stream().map(Keyed::path).toList();
    }

    private static List<Node> organizations(Node node, List<Node> found) throws Exception {
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType("oicc:organization")) {
                found.add(child);
            } else if (child.isNodeType("mgnl:folder") || child.isNodeType(StoredPaths.BUCKET)) {
                organizations(child, found);
            }
        }
        return found;
    }

    static String[] append(String[] query, String... more) {
        String[] all = new String[query.length + more.length];
        System.arraycopy(query, 0, all, 0, query.length);
        System.arraycopy(more, 0, all, query.length, more.length);
        return all;
    }
}
