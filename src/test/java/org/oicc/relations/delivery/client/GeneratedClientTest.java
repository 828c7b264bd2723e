package org.oicc.relations.delivery.client;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.client.ApiClient;
import org.oicc.relations.client.ApiException;
import org.oicc.relations.client.api.DeliveryOrganizationsV1Api;
import org.oicc.relations.client.api.DeliveryRelationsV1Api;
import org.oicc.relations.client.api.DeliveryRelationshipCategoriesV1Api;
import org.oicc.relations.client.model.DeliveryError;
import org.oicc.relations.client.model.DeliveryRelationsV1;
import org.oicc.relations.client.model.Filter;
import org.oicc.relations.client.model.Node;
import org.oicc.relations.client.model.Organization;
import org.oicc.relations.client.model.OrganizationPage;
import org.oicc.relations.client.model.OrganizationRelationship;
import org.oicc.relations.client.model.OrganizationRelationships;
import org.oicc.relations.client.model.RelationshipCategory;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 point 6: the Java client the build generates from the served OpenAPI document
 * (openapi-generator-maven-plugin, java/native, target/generated-test-sources/openapi) reads the
 * real server, for every operation family: query with filters, one node with its expanded
 * references, submodel sub-paths, children, languages, the relations view, and errors into the
 * error model. Each finding of openapi-client.md that broke a generated client is asserted here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest {

    private TestSite server;
    private DeliveryOrganizationsV1Api organizations;
    private ApiClient client;

    @BeforeAll
    void start(@TempDir Path data) {
        server = TestSite.builder().site().start(data);
        client = new ApiClient();
        client.updateBaseUri(server.url("/.rest"));
        organizations = new DeliveryOrganizationsV1Api(client);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aFilteredOrderedQueryReadsIntoTypedItems() throws Exception {
        Filter category = new Filter().eq(categoryId("membership"));

        OrganizationPage page = organizations.deliveryOrganizationsV1Query(null, null, null, null, 0, 5, null, "name asc",
                null, null, null, null, null, null, null, null, category, null, null, null, null, null);

        assertThat(page.getTotal()).isPositive();
        assertThat(page.getResults()).hasSizeLessThanOrEqualTo(5).allSatisfy(o -> assertThat(o.getName()).isNotBlank());
        List<String> names = page.getResults().stream().map(Organization::getName).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void oneNodeIsAnOrganizationWithItsExpandedReferences() throws Exception {
        Organization iula = organizations.deliveryOrganizationsV1ReadNode("iula", null, null, null, null);

        assertThat(iula.getAtName()).isEqualTo("iula");
        assertThat(iula.getAcronym()).isEqualTo("IULA");
        OrganizationRelationships relationships = iula.getRelationships();
        assertThat(relationships.getAtNodes()).hasSize(3);
        OrganizationRelationship first = relationships.getAdditionalProperty(relationships.getAtNodes().get(0));
        // the expanded category arrives as the item (was collapsed to {"@id"} by the anyOf with a stub)
        RelationshipCategory expanded = first.getCategory().getRelationshipCategory();
        assertThat(expanded.getTitle()).isNotBlank();
        assertThat(expanded.getAtNodeType()).isEqualTo("oicc:relationshipCategory");
    }

    @Test
    void submodelSubPathsNeedNoSlashInAParameter() throws Exception {
        OrganizationRelationships container = organizations.deliveryOrganizationsV1Relationships("iula", null, null, null, null);
        List<OrganizationRelationship> entries = organizations.deliveryOrganizationsV1RelationshipsEntries("iula", null, null, null, null);
        String firstName = container.getAtNodes().get(0);
        OrganizationRelationship one = organizations.deliveryOrganizationsV1RelationshipsEntry("iula", firstName, null, null, null, null);

        assertThat(entries).hasSize(3);
        assertThat(one.getAtName()).isEqualTo(firstName);
        assertThat(one.getCategory().getActualInstance()).isNotNull();
    }

    @Test
    void childrenAndTopLevelNodesAreOpenNodesThatKeepTheirKeys() throws Exception {
        List<Node> top = organizations.deliveryOrganizationsV1RootChildren(null, null, null, null);
        List<Node> children = organizations.deliveryOrganizationsV1Children("iula", null, null, null, null);

        assertThat(top).extracting(Node::getAtName).contains("iula", "alecso");
        assertThat(top.stream().filter(n -> "iula".equals(n.getAtName())).findFirst().orElseThrow().getAdditionalProperty("acronym"))
                .isEqualTo("IULA");
        assertThat(children).extracting(Node::getAtName).containsExactly("relationships");
    }

    @Test
    void languagesComeThroughLangAndAcceptLanguage() throws Exception {
        Organization ar = organizations.deliveryOrganizationsV1ReadNode("iula", "ar", null, null, null);
        Organization fr = organizations.deliveryOrganizationsV1ReadNode("iula", null, "fr", null, null);
        Organization all = organizations.deliveryOrganizationsV1ReadNode("iula", "all", null, null, null);

        assertThat(ar.getName()).isEqualTo(all.getNameAr() == null ? all.getName() : all.getNameAr());
        assertThat(fr.getName()).isEqualTo(all.getNameFr() == null ? all.getName() : all.getNameFr());
        assertThat(all.getNameAr()).isNotBlank();
    }

    @Test
    void theRelationsViewReadsIntoItsModel() throws Exception {
        DeliveryRelationsV1 view = new DeliveryRelationsV1Api(client).deliveryRelationsV1("en", null, null, null, null, null, null);

        assertThat(view.getCategories()).isNotEmpty();
        assertThat(view.getCategories().get(0).getEntries()).isNotEmpty();
        assertThat(view.getCategories().get(0).getEntries().get(0).getOrganization().getAtName()).isNotBlank();
    }

    @Test
    void errorsReadIntoTheErrorModel() throws Exception {
        ApiException missing = catchApi(() -> organizations.deliveryOrganizationsV1ReadNode("no-such-org", null, null, null, null));
        ApiException badOrder = catchApi(() -> organizations.deliveryOrganizationsV1Query(null, null, null, null, null, null, null,
                "sideways", null, null, null, null, null, null, null, null, null, null, null, null, null, null));

        assertThat(missing.getCode()).isEqualTo(404);
        DeliveryError notFound = client.getObjectMapper().readValue(missing.getResponseBody(), DeliveryError.class);
        assertThat(notFound.getError().getCode()).isEqualTo("pathNotFound");
        assertThat(badOrder.getCode()).isEqualTo(400);
        assertThat(client.getObjectMapper().readValue(badOrder.getResponseBody(), DeliveryError.class).getError().getMessage())
                .contains("orderBy");
    }

    private String categoryId(String name) throws ApiException {
        return new DeliveryRelationshipCategoriesV1Api(client).deliveryRelationshipCategoriesV1ReadNode(name, null, null, null, null)
                .getAtId();
    }

    private interface Call {
        void run() throws Exception;
    }

    private static ApiException catchApi(Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected an ApiException, got " + e, e);
        }
        throw new AssertionError("expected an ApiException, the call succeeded");
    }
}
