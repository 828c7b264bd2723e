package org.oicc.relations.delivery;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.IndexQuery;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index against the repository's full scan (a JCR-SQL2 query, every match's order keys read and
 * sorted in memory: the behaviour the golden tests fixed): random combinations of filters, orders,
 * languages and pages over the seed and 600 generated organizations must give the same bytes.
 * Property style with a fixed seed, so a failure names a query that can be replayed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexOracleTest {

    private static final String ORGS = QueryFixture.ORGANIZATIONS;
    private static final List<String> CATEGORIES = GeneratedOrganizationNodes.CATEGORIES;

    private TestSite site;
    private QueryFixture indexed;
    private QueryFixture scanned;

    @BeforeAll
    void generate(@TempDir Path dir) throws Exception {
        site = TestSite.builder().start(dir);
        Session session = site.published.login("organizations");
        try {
            GeneratedOrganizationNodes.write(session, 600, 99, 600);
        } finally {
            session.logout();
        }
        DeliverySettings patient = new DeliverySettings(100, "public, max-age=60", List.of(), Duration.ofMinutes(5));
        indexed = new QueryFixture(site, patient, counted(site.index()));
        scanned = new QueryFixture(site, patient, null);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void randomQueriesAnswerAsTheFullScanDoes() throws Exception {
        Random random = new Random(20261201);
        int nonEmpty = 0;
        for (int round = 0; round < 120; round++) {
            String[] query = query(random);
            String expected = scanned.text(ORGS, query);
            assertThat(indexed.text(ORGS, query)).as(String.join(" ", query)).isEqualTo(expected);
            nonEmpty += expected.startsWith("{\"results\":[]") ? 0 : 1;
        }
        assertThat(nonEmpty).as("queries that found something").isGreaterThan(60);
        assertThat(asked).as("queries the index answered (not the scan)").isGreaterThan(100);
    }

    private int asked;

    /** The index, counting the queries it is asked, so this test knows it compares two different paths. */
    private ItemIndex counted(ItemIndex index) {
        return new ItemIndex() {
            @Override
            public IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit) {
                return index.items(workspace, search, order, offset, limit);
            }

            @Override
            public IndexPage entries(String workspace, String subModel, String reference, String target, String order,
                    int offset, int limit) {
                return index.entries(workspace, subModel, reference, target, order, offset, limit);
            }

            @Override
            public boolean covers(String workspace, String nodeType) {
                return index.covers(workspace, nodeType);
            }

            @Override
            public IndexPage query(IndexQuery query) {
                asked++;
                return index.query(query);
            }
        };
    }

    private static String[] query(Random random) {
        List<String> q = new ArrayList<>();
        int filters = random.nextInt(3);
        for (int i = 0; i < filters; i++) {
            filter(random, q);
        }
        String[] orders = {null, "name", "name desc", "acronym", "acronym desc", "@name desc", "acronym,name desc",
            "website desc", "mgnl:created,name"};
        String order = orders[random.nextInt(orders.length)];
        if (order != null) {
            q.add("orderBy");
            q.add(order);
        }
        String[] languages = {null, "en", "ar", "fr", "all"};
        String language = languages[random.nextInt(languages.length)];
        if (language != null) {
            q.add("lang");
            q.add(language);
        }
        q.add("offset");
        q.add(String.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(400)));
        q.add("limit");
        q.add(String.valueOf(1 + random.nextInt(12)));
        return q.toArray(String[]::new);
    }

    private static void filter(Random random, List<String> q) {
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        String other = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        String day = (1970 + random.nextInt(55)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
        String[][] choices = {
            {"relationships.category", category},
            {"relationships.category", category + "|" + other},
            {"relationships.category[ne]", category},
            {"relationships.position[lt]", String.valueOf(random.nextInt(1000))},
            {"relationships.position[gte]", String.valueOf(random.nextInt(1000))},
            {"relationships.since[gte]", day},
            {"relationships.since[lte]", day},
            {"relationships.since[in]", "1980-01-01~" + day},
            {"relationships.role", random.nextBoolean() ? "Member" : "عضو"},
            {"relationships.aims", GeneratedOrganizationNodes.AIMS.get(random.nextInt(GeneratedOrganizationNodes.AIMS.size()))},
            {"name[like]", "%" + new String[] {"Union", "Arab", "مدن", "Villes", "1"}[random.nextInt(5)] + "%"},
            {"name[like]", new String[] {"Islamic%", "U_ion%", "%3"}[random.nextInt(3)]},
            {"name_ar[like]", "%مجلس%"},
            {"acronym[in]", "A~M"},
            {"acronym[not-in]", "C~I|U~W"},
            {"acronym[gt]", "M"},
            {"acronym", "UCA|ICB"},
            {"@name", "g00012|g00100|iula"},
            {"website[like]", "%/1%"},
            {"q", new String[] {"Union", "Council", "environment"}[random.nextInt(3)]},
            {"@ancestor", random.nextBoolean() ? "/generated/f002" : "/"},
            {"mgnl:created[lt]", "2100-01-01"},
        };
        String[] chosen = choices[random.nextInt(choices.length)];
        q.add(chosen[0]);
        q.add(chosen[1]);
    }
}
