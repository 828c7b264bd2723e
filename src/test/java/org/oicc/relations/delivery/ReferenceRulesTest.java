package org.oicc.relations.delivery;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.node.ReferenceExpander;
import org.oicc.relations.delivery.node.RenderFixture;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code references} rules of an endpoint, one behaviour per test, on endpoints built from the
 * shipped organizations endpoint with other rules. Chains and cycles are written with
 * {@link ContentService}; dangling identifiers, which the service refuses, through JCR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceRulesTest {

    private static final String LAS = "2744b75c-eb7e-33c0-a78c-7d4c015fdca5";
    private static final String OBSERVER = "c0b544b5-ee85-31c9-ab75-01d19a183a9c";
    private static final String MISSING = "00000000-0000-4000-8000-000000000000";
    private static final String AIM = "f6f48c95-609d-33bf-85ad-4fde8569d013";

    private TestSite site;
    private DeliveryEndpointDefinition organizations;
    private String chainA;
    private String chainB;
    private String chainC;
    private String cycleA;
    private String cycleB;
    private String self;

    @BeforeAll
    void start(@TempDir Path data) throws RepositoryException {
        site = TestSite.builder().start(data);
        organizations = RenderFixture.endpoint(site.module, "delivery/organizations/v1");
        ContentService content = new ContentService(site.module, site.sessions);
        chainC = content.create("organization", "chain-c", org("Chain C", null), "test").id();
        chainB = content.create("organization", "chain-b", org("Chain B", chainC), "test").id();
        chainA = content.create("organization", "chain-a", org("Chain A", chainB), "test").id();
        cycleA = content.create("organization", "cycle-a", org("Cycle A", null), "test").id();
        cycleB = content.create("organization", "cycle-b", org("Cycle B", cycleA), "test").id();
        self = content.create("organization", "self", org("Self", null), "test").id();
        content.create("organization", "dangling", ItemInput.builder().put("name", "Dangling")
                .put("relationships", List.of(Map.of("category", OBSERVER, "aims", List.of(AIM)))).build(), "test");
        Session session = site.sessions.login(Side.AUTHOR, "organizations");
        try {
            // loops the content service refuses, as imported or legacy data may still hold them
            StoredNodes.node(session, "/cycle-a").setProperty("parent", cycleB);
            StoredNodes.node(session, "/self").setProperty("parent", self);
            Node dangling = StoredNodes.node(session, "/dangling");
            dangling.setProperty("parent", MISSING);
            dangling.getNode("relationships/0").setProperty("aims", new String[] {AIM, MISSING, "not an identifier"});
            StoredNodes.node(session, "/vea").setProperty("see", StoredNodes.node(session, "/alecso/relationships/0").getIdentifier());
            session.save();
        } finally {
            session.logout();
        }
    }

    private static ItemInput org(String name, String parent) {
        ItemInput.Builder input = ItemInput.builder().put("name", name);
        if (parent != null) {
            input.put("parent", parent);
        }
        return input.build();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private JsonNode render(DeliveryEndpointDefinition endpoint, String path, Language language) throws Exception {
        return RenderFixture.tree(RenderFixture.render(site.module, site.sessions, endpoint, path, language));
    }

    private JsonNode render(DeliveryEndpointDefinition endpoint, String path) throws Exception {
        return render(endpoint, path, Language.of("en"));
    }

    private DeliveryEndpointDefinition with(List<ReferenceDefinition> rules, int referenceDepth, boolean repeat) {
        return RenderFixture.variant(organizations, 2, false, organizations.childNodeTypes(), rules, referenceDepth, repeat);
    }

    private DeliveryEndpointDefinition parentRule(int referenceDepth, boolean repeat) {
        return with(List.of(RenderFixture.rule("parent", null, "organizations", true, false)), referenceDepth, repeat);
    }

    @Test
    void propertyNameIsARegexMatchedAgainstTheWholeName() throws Exception {
        JsonNode expanded = render(with(List.of(RenderFixture.rule("par.nt|cat[a-z]+", null, "organizations", true, false)),
                1, false), "/alecso");
        assertThat(expanded.at("/parent/@id").asText()).isEqualTo(LAS);
        JsonNode prefixOnly = render(with(List.of(RenderFixture.rule("par", null, "organizations", true, false)), 1, false),
                "/alecso");
        assertThat(prefixOnly.get("parent").asText()).isEqualTo(LAS);
    }

    @Test
    void ruleScopedToAnotherNodeTypeDoesNotApply() throws Exception {
        JsonNode node = render(with(List.of(
                RenderFixture.rule("parent", "oicc:relationshipCategory", "organizations", true, false),
                RenderFixture.rule("category", "mgnl:contentNode", "relationship-categories", true, false)), 1, false), "/alecso");
        assertThat(node.get("parent").isTextual()).isTrue();
        assertThat(node.get("parent").asText()).isEqualTo(LAS);
        assertThat(node.at("/relationships/0/category/@name").asText()).isEqualTo("observer");
    }

    @Test
    void firstMatchingRuleDecides() throws Exception {
        JsonNode node = render(with(List.of(
                RenderFixture.rule("parent", null, "organizations", false, false),
                RenderFixture.rule("parent", null, "organizations", true, false)), 1, false), "/alecso");
        assertThat(node.get("parent").asText()).isEqualTo(LAS);
    }

    @Test
    void expandFalseKeepsTheIdentifier() throws Exception {
        JsonNode node = render(with(List.of(
                RenderFixture.rule("parent", null, "organizations", false, true),
                RenderFixture.rule("aims", null, "agreement-aims", false, false)), 1, false), "/iula");
        assertThat(node.get("parent")).isNull();
        assertThat(node.at("/relationships/2/aims/0").asText()).isEqualTo("f6ddb102-d4cd-3db2-b232-9db73ea4ea48");
        assertThat(node.at("/relationships/2/aims").size()).isEqualTo(5);
        assertThat(render(with(List.of(RenderFixture.rule("parent", null, "organizations", false, true)), 1, false),
                "/alecso").get("parent").asText()).isEqualTo(LAS);
    }

    @Test
    void generateLinkAddsTheDeliveryPathAfterTheHeader() throws Exception {
        JsonNode node = render(with(List.of(
                RenderFixture.rule("parent", null, "organizations", true, true),
                RenderFixture.rule("category", null, "relationship-categories", true, true)), 1, false), "/alecso");
        assertThat(RenderFixture.keys(node.get("parent"))).containsExactly("@name", "@path", "@id", "@nodeType", "@link",
                "name", "acronym", "@nodes");
        assertThat(node.at("/parent/@link").asText()).isEqualTo("/.rest/delivery/organizations/v1/league-of-arab-states");
        assertThat(node.at("/relationships/0/category/@link").asText())
                .isEqualTo("/.rest/delivery/relationship-categories/v1/observer");
        assertThat(node.has("@link")).isFalse();
    }

    @Test
    void noLinkToANodeThatNoEndpointServes() throws Exception {
        JsonNode node = render(with(List.of(RenderFixture.rule("see", null, "organizations", true, true)), 1, false), "/vea");
        assertThat(node.at("/see/@path").asText()).isEqualTo("/alecso/relationships/0");
        assertThat(node.get("see").has("@link")).isFalse();
    }

    @Test
    void referenceDepthZeroExpandsNothing() throws Exception {
        assertThat(render(parentRule(0, false), "/chain-a").get("parent").asText()).isEqualTo(chainB);
    }

    @Test
    void referenceDepthOneExpandsOnlyTheRequestedNodesReferences() throws Exception {
        JsonNode node = render(parentRule(1, false), "/chain-a");
        assertThat(node.at("/parent/@id").asText()).isEqualTo(chainB);
        assertThat(node.at("/parent/parent").asText()).isEqualTo(chainC);
    }

    @Test
    void referenceDepthTwoExpandsInsideExpandedNodes() throws Exception {
        JsonNode node = render(parentRule(2, false), "/chain-a");
        assertThat(node.at("/parent/parent/@id").asText()).isEqualTo(chainC);
        assertThat(node.at("/parent/parent/name").asText()).isEqualTo("Chain C");
        assertThat(node.at("/parent/parent/@nodes").size()).isZero();
    }

    @Test
    void unlimitedReferenceDepthFollowsTheWholeChain() throws Exception {
        JsonNode node = render(parentRule(-1, false), "/chain-a");
        assertThat(node.at("/parent/parent/@id").asText()).isEqualTo(chainC);
        assertThat(node.at("/parent/parent").has("parent")).isFalse();
    }

    @Test
    void withoutRepeatACycleEndsWithTheIdOnly() throws Exception {
        JsonNode node = render(parentRule(-1, false), "/cycle-a");
        assertThat(node.at("/parent/@id").asText()).isEqualTo(cycleB);
        assertThat(node.at("/parent/parent").toString()).isEqualTo("\"" + cycleA + "\"");
    }

    @Test
    void withoutRepeatASelfReferenceIsTheIdOnly() throws Exception {
        assertThat(render(parentRule(1, false), "/self").get("parent").toString()).isEqualTo("\"" + self + "\"");
    }

    @Test
    void sameTargetSideBySideIsExpandedEachTime() throws Exception {
        JsonNode node = render(organizations, "/iula");
        assertThat(node.at("/relationships/0/category/@name").asText()).isEqualTo("membership");
        assertThat(node.at("/relationships/1/category/@name").asText()).isEqualTo("membership");
    }

    @Test
    void withRepeatACycleIsExpandedAgainUntilReferenceDepth() throws Exception {
        JsonNode node = render(parentRule(3, true), "/cycle-a");
        assertThat(node.at("/parent/@id").asText()).isEqualTo(cycleB);
        assertThat(node.at("/parent/parent/@id").asText()).isEqualTo(cycleA);
        assertThat(node.at("/parent/parent/parent/@id").asText()).isEqualTo(cycleB);
        assertThat(node.at("/parent/parent/parent/parent").asText()).isEqualTo(cycleA);
    }

    @Test
    void withRepeatAndUnlimitedDepthTheHardLimitStopsTheCycle() throws Exception {
        JsonNode current = render(parentRule(-1, true), "/cycle-a");
        int levels = 0;
        while (current.get("parent").isObject()) {
            current = current.get("parent");
            levels++;
        }
        assertThat(levels).isEqualTo(ReferenceExpander.HARD_LIMIT);
        assertThat(current.get("parent").isTextual()).isTrue();
    }

    @Test
    void unresolvableIdentifiersStayPlainStrings() throws Exception {
        JsonNode node = render(organizations, "/dangling");
        assertThat(node.get("parent").asText()).isEqualTo(MISSING);
        JsonNode aims = node.at("/relationships/0/aims");
        assertThat(aims.size()).isEqualTo(3);
        assertThat(aims.get(0).get("@id").asText()).isEqualTo(AIM);
        assertThat(aims.get(1).asText()).isEqualTo(MISSING);
        assertThat(aims.get(2).asText()).isEqualTo("not an identifier");
    }

    @Test
    void identifierFromAnotherWorkspaceIsUnresolvable() throws Exception {
        JsonNode node = render(with(List.of(RenderFixture.rule("parent", null, "agreement-aims", true, false)), 1, false),
                "/alecso");
        assertThat(node.get("parent").asText()).isEqualTo(LAS);
    }

    @Test
    void localizedAnswerMatchesRulesOnThePlainKeyAndExpandsInTheSameLanguage() throws Exception {
        JsonNode arabic = render(organizations, "/alecso", Language.of("ar"));
        assertThat(arabic.at("/parent/name").asText()).isEqualTo("جامعة الدول العربية");
        assertThat(arabic.at("/relationships/0/category/title").asText()).isEqualTo("العضوية بصفة مراقب");
        JsonNode all = render(organizations, "/alecso", Language.ALL);
        assertThat(all.at("/parent/name_fr").asText()).isEqualTo("Ligue des États arabes");
    }
}
