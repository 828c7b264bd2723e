package org.oicc.relations.delivery.node;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node JSON outside references: property order (model, others by name, {@code mgnl:*} last),
 * i18n per property, value formats, depth and identifiers — on seed content plus one item written
 * with {@link ContentService} and a few stray properties set through JCR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderPropertiesTest {

    private static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";

    private TestSite site;
    private DeliveryEndpointDefinition organizations;

    @BeforeAll
    void start(@TempDir Path data) throws RepositoryException {
        site = TestSite.builder().start(data);
        organizations = RenderFixture.endpoint(site.module, "delivery/organizations/v1");
        new ContentService(site.module, site.sessions).create("organization", "translated", ItemInput.builder()
                .put("name", "Test Organization")
                .put("name_ar", "منظمة الاختبار")
                .put("acronym", "TO")
                .put("description", "<p>English</p>")
                .put("description_fr", "<p>Français</p>")
                .put("relationships", List.of(Map.of("category", MEMBERSHIP, "role", "Member",
                        "since", "2019-05-01T08:30:15.250+03:00")))
                .build(), "test");
        Session session = site.sessions.login(Side.AUTHOR, "organizations");
        try {
            Node item = StoredNodes.node(session, "/translated");
            item.setProperty("zeta", "last of the others");
            item.setProperty("alpha", "first of the others");
            item.addNode("plain", "nt:unstructured").setProperty("note", "no jcr:uuid here");
            session.save();
        } finally {
            session.logout();
        }
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private JsonNode render(DeliveryEndpointDefinition endpoint, String path, Language language) throws Exception {
        return RenderFixture.tree(RenderFixture.render(site.module, site.sessions, endpoint, path, language));
    }

    private DeliveryEndpointDefinition withDepth(int depth, boolean system, List<String> childTypes) {
        return RenderFixture.variant(organizations, depth, system, childTypes, organizations.references(),
                organizations.referenceDepth(), organizations.referenceRepeat());
    }

    @Test
    void modelOrderThenOtherPropertiesByNameThenSystemPropertiesByName() throws Exception {
        JsonNode node = render(withDepth(0, true, organizations.childNodeTypes()), "/translated", Language.of("en"));
        List<String> keys = RenderFixture.keys(node);
        assertThat(keys.subList(0, 10)).containsExactly("@name", "@path", "@id", "@nodeType",
                "name", "acronym", "description", "alpha", "zeta", keys.get(9));
        List<String> system = keys.subList(9, keys.size() - 1);
        assertThat(system).isNotEmpty().allMatch(k -> k.startsWith("mgnl:")).isSorted()
                .contains("mgnl:created", "mgnl:createdBy", "mgnl:lastModified");
        assertThat(keys.get(keys.size() - 1)).isEqualTo("@nodes");
        assertThat(keys).noneMatch(k -> k.startsWith("jcr:"));
    }

    @Test
    void systemPropertiesOnlyWhenTheEndpointAsks() throws Exception {
        JsonNode node = render(organizations, "/translated", Language.of("en"));
        assertThat(RenderFixture.keys(node)).noneMatch(k -> k.startsWith("mgnl:") || k.startsWith("jcr:"));
    }

    @Test
    void langAllPutsEachTranslationRightAfterItsProperty() throws Exception {
        JsonNode node = render(withDepth(0, false, organizations.childNodeTypes()), "/translated", Language.ALL);
        assertThat(RenderFixture.keys(node)).containsExactly("@name", "@path", "@id", "@nodeType",
                "name", "name_ar", "acronym", "description", "description_fr", "alpha", "zeta", "@nodes");
        assertThat(node.get("name_ar").asText()).isEqualTo("منظمة الاختبار");
    }

    @Test
    void missingTranslationFallsBackToEnglishPerProperty() throws Exception {
        JsonNode french = render(organizations, "/translated", Language.of("fr"));
        assertThat(french.get("name").asText()).isEqualTo("Test Organization");
        assertThat(french.get("description").asText()).isEqualTo("<p>Français</p>");
        JsonNode arabic = render(organizations, "/translated", Language.of("ar"));
        assertThat(arabic.get("name").asText()).isEqualTo("منظمة الاختبار");
        assertThat(arabic.get("description").asText()).isEqualTo("<p>English</p>");
        assertThat(RenderFixture.keys(arabic)).noneMatch(k -> k.endsWith("_ar") || k.endsWith("_fr"));
    }

    @Test
    void seedOrganizationWithoutArabicNameKeepsEnglishNameAndArabicRole() throws Exception {
        JsonNode vea = render(organizations, "/vea", Language.of("ar"));
        assertThat(vea.get("name").asText()).isEqualTo("Euro-Arab Cooperation Center");
        assertThat(vea.at("/relationships/0/role").asText()).isEqualTo("عضو");
        assertThat(vea.at("/relationships/0/category/title").asText()).isEqualTo("العضوية في المنظمات الدولية");
    }

    @Test
    void datesAreIsoWithMillisecondsAndOffsetAndNumbersAreStrings() throws Exception {
        JsonNode entry = render(organizations, "/translated", Language.of("en")).at("/relationships/0");
        assertThat(entry.get("since").asText()).isEqualTo("2019-05-01T08:30:15.250+03:00");
        assertThat(entry.get("role").isTextual()).isTrue();
        JsonNode alecso = render(organizations, "/alecso", Language.of("en"));
        assertThat(alecso.at("/relationships/0/position").isTextual()).isTrue();
        assertThat(alecso.at("/relationships/0/position").asText()).isEqualTo("6");
    }

    @Test
    void multiValuePropertiesAreStringArrays() throws Exception {
        DeliveryEndpointDefinition aims = RenderFixture.endpoint(site.module, "delivery/agreement-aims/v1");
        JsonNode aim = render(aims, "/communication-and-cooperation", Language.of("fr"));
        assertThat(aim.get("domains").isArray()).isTrue();
        List<String> domains = new ArrayList<>();
        aim.get("domains").forEach(d -> domains.add(d.asText()));
        assertThat(domains).containsExactly("communication et coopération", "établissements humains");
    }

    @Test
    void atTheDepthLimitChildrenAreNotEmbeddedAndNodesIsEmpty() throws Exception {
        JsonNode one = render(withDepth(1, false, organizations.childNodeTypes()), "/alecso", Language.of("en"));
        assertThat(RenderFixture.keys(one.get("relationships")))
                .containsExactly("@name", "@path", "@id", "@nodeType", "@nodes");
        assertThat(one.at("/relationships/@nodes").size()).isZero();
        JsonNode none = render(withDepth(0, false, organizations.childNodeTypes()), "/alecso", Language.of("en"));
        assertThat(none.has("relationships")).isFalse();
        assertThat(none.get("@nodes").size()).isZero();
    }

    @Test
    void childrenComeAfterPropertiesAndNodesListsThemLast() throws Exception {
        JsonNode node = render(withDepth(1, false, List.of("mgnl:contentNode", "nt:unstructured")), "/translated",
                Language.of("en"));
        List<String> keys = RenderFixture.keys(node);
        assertThat(keys.subList(keys.indexOf("zeta") + 1, keys.size())).containsExactly("relationships", "plain", "@nodes");
        assertThat(node.get("@nodes").toString()).isEqualTo("[\"relationships\",\"plain\"]");
    }

    @Test
    void nodeWithoutUuidHasItsPathAsId() throws Exception {
        JsonNode node = render(withDepth(1, false, List.of("nt:unstructured")), "/translated", Language.of("en"));
        assertThat(node.at("/plain/@id").asText()).isEqualTo("/translated/plain");
        assertThat(node.at("/plain/@nodeType").asText()).isEqualTo("nt:unstructured");
        assertThat(node.at("/plain/note").asText()).isEqualTo("no jcr:uuid here");
        assertThat(node.has("relationships")).isFalse(); // mgnl:contentNode is not among this endpoint's child types
    }
}
