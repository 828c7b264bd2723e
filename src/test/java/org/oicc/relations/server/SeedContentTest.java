package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.repository.StoredPaths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After the first start the repository holds exactly the facts of the seed page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedContentTest {

    private Standalone standalone;
    private Session organizations;
    private Session categories;
    private Session aims;

    @BeforeAll
    void start(@TempDir Path data) throws RepositoryException {
        standalone = Standalone.open(data, null);
        organizations = standalone.sessions().login(Side.AUTHOR, "organizations");
        categories = standalone.sessions().login(Side.AUTHOR, "relationship-categories");
        aims = standalone.sessions().login(Side.AUTHOR, "agreement-aims");
    }

    @AfterAll
    void stop() {
        organizations.logout();
        categories.logout();
        aims.logout();
        standalone.close();
    }

    @Test
    void twentyFiveOrganizationsEachStoredOnce() throws RepositoryException {
        List<Node> items = children(organizations.getRootNode(), "oicc:organization");
        assertThat(items).hasSize(25);
        assertThat(items).extracting(n -> string(n, "acronym")).doesNotHaveDuplicates().contains(
                "UN-ECOSOC", "UNICEF", "UNIDO", "UN-DPI", "CONGO", "ICLEI", "IULA", "ICOMOS", "V.E.A", "OIC", "IDB",
                "ISESCO", "IRCICA", "SESRTCIC", "ALECSO", "ATO", "HABITAT", "UTO", "METROPOLIS", "ATU", "CEDARE", "ISPRS",
                "OISA", "ICCI", "LAS");
        assertThat(items).extracting(n -> string(n, "name")).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
    }

    @Test
    void fourCategoriesInPageOrderWithTheirEntries() throws RepositoryException {
        List<Node> cats = children(categories.getRootNode(), "oicc:relationshipCategory");
        cats.sort(Comparator.comparingLong(n -> number(n, "position")));
        assertThat(cats).extracting(n -> string(n, "kind"))
                .containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
        assertThat(cats).extracting(n -> string(n, "title")).containsExactly("Consultative Status",
                "Membership in International Organizations", "Observer Membership", "Friendship and Cooperation Agreements");
        assertThat(cats).allSatisfy(n -> {
            assertThat(string(n, "title_ar")).isNotBlank();
            assertThat(string(n, "title_fr")).isNotBlank();
        });
        assertThat(string(cats.get(2), "intro")).contains("as observer");
        assertThat(string(cats.get(3), "intro")).contains("friendship and cooperation agreements");

        Map<String, List<String>> entries = entriesByCategory();
        assertThat(entries.get(cats.get(0).getIdentifier())).containsExactly("UN-ECOSOC", "UNICEF", "UNIDO", "UN-DPI");
        assertThat(entries.get(cats.get(1).getIdentifier()))
                .containsExactly("CONGO", "ICLEI", "IULA", "ICOMOS", "ICLEI", "IULA", "V.E.A");
        assertThat(entries.get(cats.get(2).getIdentifier()))
                .containsExactly("OIC", "IDB", "ISESCO", "IRCICA", "SESRTCIC", "ALECSO", "OISA", "ICCI");
        assertThat(entries.get(cats.get(3).getIdentifier()))
                .containsExactly("IDB", "ATO", "HABITAT", "UTO", "IULA", "METROPOLIS", "ATU", "CEDARE", "ISPRS");
    }

    @Test
    void rolesAsOnThePage() throws RepositoryException {
        assertThat(roles("un-ecosoc")).containsExactly("General consultative status");
        assertThat(roles("iclei")).containsExactly("Member", "Member of the Executive Committee");
        assertThat(roles("iula")).containsExactly("Member", "Member of the Executive Committee",
                "Friendship and cooperation agreement");
        assertThat(roles("idb")).hasSize(2);
    }

    @Test
    void theSeedIsPublishedFromTheFirstStart() throws RepositoryException {
        for (Node org : children(organizations.getRootNode(), "oicc:organization")) {
            assertThat(org.getProperty("mgnl:activationStatus").getBoolean()).as(org.getPath()).isTrue();
            assertThat(org.getProperty("mgnl:lastActivated").getDate()).isEqualTo(org.getProperty("mgnl:lastModified").getDate());
        }
        assertThat(org.oicc.relations.authoring.publication.PublicationStatus.of(StoredNodes.node(organizations, "/iula")))
                .isEqualTo(org.oicc.relations.authoring.publication.PublicationStatus.PUBLISHED);
    }

    @Test
    void alecsoBelongsToTheLeagueOfArabStates() throws RepositoryException {
        String parent = string(StoredNodes.node(organizations, "/alecso"), "parent");
        Node league = organizations.getNodeByIdentifier(parent);
        assertThat(string(league, "name")).isEqualTo("League of Arab States");
    }

    @Test
    void agreementsServeTheFiveAimsInOrder() throws RepositoryException {
        List<Node> all = children(aims.getRootNode(), "oicc:agreementAim");
        all.sort(Comparator.comparingLong(n -> number(n, "position")));
        assertThat(all).hasSize(5);
        assertThat(all).extracting(n -> number(n, "position")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(string(all.get(0), "description")).contains("planning and housing")
                .contains("city and public facilities management").contains("protection of the environment");
        assertThat(values(all.get(0), "domains")).contains("planning and housing", "protection of the environment");
        assertThat(string(all.get(3), "description")).contains("training courses");
        assertThat(string(all.get(4), "description")).contains("development projects");
        assertThat(all).allSatisfy(n -> assertThat(string(n, "title_ar")).isNotBlank());

        Node agreement = StoredNodes.node(organizations, "/iula/relationships/2");
        List<String> served = values(agreement, "aims");
        assertThat(served).containsExactlyElementsOf(all.stream().map(SeedContentTest::id).toList());
    }

    private Map<String, List<String>> entriesByCategory() throws RepositoryException {
        record Entry(long position, String acronym) {
        }
        Map<String, List<Entry>> found = new LinkedHashMap<>();
        for (Node org : children(organizations.getRootNode(), "oicc:organization")) {
            if (!org.hasNode("relationships")) {
                continue;
            }
            for (NodeIterator it = org.getNode("relationships").getNodes(); it.hasNext();) {
                Node rel = it.nextNode();
                found.computeIfAbsent(string(rel, "category"), k -> new ArrayList<>())
                        .add(new Entry(number(rel, "position"), string(org, "acronym")));
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        found.forEach((category, list) -> {
            list.sort(Comparator.comparingLong(Entry::position));
            out.put(category, list.stream().map(Entry::acronym).toList());
        });
        return out;
    }

    private List<String> roles(String org) throws RepositoryException {
        List<String> out = new ArrayList<>();
        for (NodeIterator it = StoredNodes.node(organizations, "/" + org + "/relationships").getNodes(); it.hasNext();) {
            out.add(string(it.nextNode(), "role"));
        }
        return out;
    }

    private static List<Node> children(Node parent, String type) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (Node n : StoredPaths.of(parent).children(parent)) {
            if (n.isNodeType(type)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String id(Node n) {
        try {
            return n.getIdentifier();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(Node n, String property) {
        try {
            return n.hasProperty(property) ? n.getProperty(property).getString() : null;
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(Node n, String property) {
        try {
            return n.getProperty(property).getLong();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> values(Node n, String property) {
        try {
            List<String> out = new ArrayList<>();
            for (Value v : n.getProperty(property).getValues()) {
                out.add(v.getString());
            }
            return out;
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
