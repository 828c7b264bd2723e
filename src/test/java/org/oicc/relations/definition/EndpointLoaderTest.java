package org.oicc.relations.definition;

import org.oicc.relations.TestTrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointLoaderTest {

    private static final Path SHIPPED = Path.of("light-modules/oicc-relations");

    @TempDir
    Path temp;

    @Test
    void shippedEndpointsAreServedAtMagnoliaPaths() {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));

        assertThat(module.endpoints()).containsOnlyKeys("delivery/organizations/v1", "delivery/relationship-categories/v1",
                "delivery/agreement-aims/v1", "delivery/relations/v1", "delivery/pages/v1");
        DeliveryEndpointDefinition orgs = (DeliveryEndpointDefinition) module.endpoint("delivery/organizations/v1").orElseThrow();
        assertThat(orgs.name()).isEqualTo("delivery/organizations_v1");
        assertThat(orgs.workspace()).isEqualTo("organizations");
        assertThat(orgs.nodeTypes()).containsExactly("oicc:organization");
        assertThat(orgs.childNodeTypes()).containsExactly("mgnl:contentNode");
        assertThat(orgs.depth()).isEqualTo(2);
        assertThat(orgs.references()).extracting(ReferenceDefinition::targetWorkspace)
                .containsExactly("organizations", "relationship-categories", "agreement-aims");
        assertThat(orgs.references().get(0).nodeType()).isEqualTo("oicc:organization");
        assertThat(orgs.references().get(2).appliesTo("aims")).isTrue();
        assertThat(orgs.references().get(2).appliesTo("aims_ar")).isFalse();
        assertThat(module.endpoint("delivery/relations/v1")).containsInstanceOf(RelationsViewDefinition.class);
    }

    @Test
    void magnoliaDefaultsApplyWhereTheYamlIsSilent() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/minimal.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\n");

        DeliveryEndpointDefinition e = (DeliveryEndpointDefinition) load(module).endpoint("delivery/minimal").orElseThrow();

        assertThat(e.rootPath()).isEqualTo("/");
        assertThat(e.nodeTypes()).containsExactly("mgnl:content");
        assertThat(e.childNodeTypes()).containsExactly("mgnl:contentNode");
        assertThat(e.depth()).isZero();
        assertThat(e.limit()).isEqualTo(10);
        assertThat(e.includeSystemProperties()).isTrue();
        assertThat(e.strict()).isFalse();
        assertThat(e.referenceRepeat()).isFalse();
    }

    @Test
    void endpointPathOverridesTheFileName() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/x.yaml", "class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition\n"
                + "workspace: organizations\nendpointPath: /partners/v2/\n");

        assertThat(load(module).endpoint("partners/v2")).isPresent();
    }

    @Test
    void anUnsupportedOptionIsAnErrorWithFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/p.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\npersonalized: true\nvariants: 2\n");

        assertProblem(module, "restEndpoints/delivery/p.yaml:3: personalized: true in delivery endpoint delivery/p is not honoured");
        assertProblem(module, "restEndpoints/delivery/p.yaml:4: unknown key 'variants' in delivery endpoint delivery/p");
    }

    @Test
    void unsupportedResolverTypeAndBadRegexAreErrors() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/r.yaml", """
                $type: jcrDeliveryEndpoint_v2
                workspace: organizations
                references:
                  - propertyName: image
                    referenceResolver:
                      $type: norsuReferenceResolver
                  - propertyName: "(parent"
                    referenceResolver:
                      $type: jcrReferenceResolver
                      targetWorkspace: organizations
                """);

        assertProblem(module, "restEndpoints/delivery/r.yaml:6: reference resolver 'norsuReferenceResolver' is not supported");
        assertProblem(module, "restEndpoints/delivery/r.yaml:7: propertyName is not a valid regular expression");
    }

    @Test
    void badNumbersAndUnknownTypesAreErrors() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/n.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\ndepth: -1\nlimit: many\n");
        write(module, "restEndpoints/other.yaml", "$type: graphqlEndpoint\n");

        assertProblem(module, "restEndpoints/delivery/n.yaml:3: 'depth' must be a whole number of at least 0, found '-1'");
        assertProblem(module, "restEndpoints/delivery/n.yaml:4: 'limit' must be a whole number of at least 1, found 'many'");
        assertProblem(module, "restEndpoints/other.yaml:1: endpoint type 'graphqlEndpoint' is not supported");
    }

    @Test
    void twoEndpointsOnOnePathAreAnError() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "restEndpoints/delivery/twin.yaml", "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\n"
                + "endpointPath: delivery/organizations/v1\n");

        assertProblem(module, "/.rest/delivery/organizations/v1 is already served by restEndpoints/delivery/organizations_v1.yaml");
    }

    @Test
    void aRelationsViewNeedsOrganizationsWhoseEntriesReferenceCategories() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        Path org = module.resolve("contentTypes/organization.yaml");
        Files.writeString(org, Files.readString(org).replace("type: reference:relationshipCategory", "type: reference:agreementAim"));

        assertProblem(module, "restEndpoints/delivery/relations_v1.yaml:4: relations view: content type 'organization' has no "
                + "submodel property referencing 'relationshipCategory'");
    }

    private LightModule load(Path module) {
        return new LightModuleLoader().load(ModuleSource.directory(module));
    }

    private void assertProblem(Path module, String text) {
        assertThatThrownBy(() -> load(module)).isInstanceOfSatisfying(DefinitionException.class,
                e -> assertThat(e.problems()).map(DefinitionProblem::toString).anyMatch(p -> p.contains(text)));
    }

    private static void write(Path module, String file, String text) throws IOException {
        Path path = module.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

}
