package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the relations view shows and in which order is named in its YAML, resolved against the
 * content types by the loader; so are an endpoint's default order and an app's list column.
 */
class RelationsViewDefinitionTest {

    private static final String VIEW = "standalone/endpoints/delivery/relations_v1.yaml";

    @TempDir
    Path temp;

    @Test
    void theShippedViewIsResolvedOnce() {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        RelationsViewDefinition view = (RelationsViewDefinition) module.endpoint("delivery/relations/v1").orElseThrow();

        assertThat(view.relationshipsProperty()).isEqualTo("relationships");
        assertThat(view.categoryProperty()).isEqualTo("category");
        assertThat(view.aimsProperty()).isEqualTo("aims");
        assertThat(view.organizationFields()).containsExactly("name", "acronym", "website");
        assertThat(view.entryFields()).containsExactly("role", "since", "note");
        assertThat(view.entryAimFields()).containsExactly("title");
        assertThat(view.orderBy()).isEqualTo("position");
        DeliveryEndpointDefinition categories = (DeliveryEndpointDefinition) module.endpoint("delivery/relationship-categories/v1")
                .orElseThrow();
        assertThat(categories.orderBy()).isEqualTo("position");
        assertThat(module.apps().get("organizations").columns()).containsExactly("name", "acronym", "status", "mgnl:lastModified");
    }

    @Test
    void withoutFieldListsEveryPlainPropertyInDefinitionOrder() throws IOException {
        Path module = module();
        edit(module, VIEW, "organizationFields: [name, acronym, website]\n", "");
        edit(module, VIEW, "entryFields: [role, since, note]\n", "");
        edit(module, VIEW, "orderBy: position\n", "");

        RelationsViewDefinition view = (RelationsViewDefinition) load(module).endpoint("delivery/relations/v1").orElseThrow();

        assertThat(view.organizationFields()).containsExactly("name", "acronym", "description", "website", "parent");
        assertThat(view.entryFields()).containsExactly("role", "since", "note", "position");
        assertThat(view.orderBy()).isNull();
    }

    @Test
    void theTypesAreNamedInTheYaml() throws IOException {
        Path module = module();
        edit(module, VIEW, "aimType: agreementAim\n", "");
        edit(module, VIEW, "categoryType: relationshipCategory\n", "categoryType: heading\n");

        assertProblem(module, VIEW + ":4: missing required key 'aimType' in relations view delivery/relations_v1");
        assertProblem(module, VIEW + ":6: relations view delivery/relations_v1 uses unknown content type 'heading'");
    }

    @Test
    void aFieldMustBeAPlainPropertyOfItsLevelListedOnce() throws IOException {
        Path module = module();
        edit(module, VIEW, "[name, acronym, website]", "[name, nickname, name, relationships]");
        edit(module, VIEW, "[role, since, note]", "[role, category]");

        assertProblem(module, VIEW + ":10: 'nickname' in organizationFields is not a property of organization");
        assertProblem(module, VIEW + ":10: 'name' is listed twice in organizationFields");
        assertProblem(module, VIEW + ":10: 'relationships' in organizationFields cannot be shown as a field: it is a list of entries");
        assertProblem(module, VIEW + ":12: 'category' in entryFields cannot be shown as a field: it is written as the view's structure");
    }

    @Test
    void theOrderIsANumberOfEveryOrderedLevel() throws IOException {
        Path module = module();
        edit(module, VIEW, "orderBy: position", "orderBy: title");

        assertProblem(module, VIEW + ":17: relations view delivery/relations_v1: orderBy 'title' must be a single numeric property"
                + " of every level it orders: relationshipCategory, organization.relationship, agreementAim");
    }

    @Test
    void anEndpointsDefaultOrderIsAnItemProperty() throws IOException {
        Path module = module();
        edit(module, "restEndpoints/delivery/agreement-aims_v1.yaml", "orderBy: position", "orderBy: rank");
        edit(module, "restEndpoints/delivery/organizations_v1.yaml", "depth: 2\n", "depth: 2\norderBy: relationships\n");

        assertProblem(module, "restEndpoints/delivery/agreement-aims_v1.yaml:12: orderBy 'rank' is not a property of content type 'agreementAim'");
        assertProblem(module, "orderBy 'relationships' is not a property of content type 'organization' (it holds entries)");
    }

    @Test
    void anAppColumnNamesAPropertyOrAMagnoliaColumn() throws IOException {
        Path module = module();
        edit(module, "apps/organizations.yaml", "            - name: name\n", "            - name: title\n");
        // the column's line, wherever the form part above it ends
        int line = java.nio.file.Files.readAllLines(module.resolve("apps/organizations.yaml")).indexOf("            - name: title") + 1;

        assertProblem(module, "apps/organizations.yaml:" + line + ": app 'organizations': browser column 'title' is not a property of content type"
                + " 'organization'");
    }

    private Path module() throws IOException {
        return TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
    }

    private static void edit(Path module, String file, String from, String to) throws IOException {
        Path path = module.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static LightModule load(Path module) {
        return new LightModuleLoader().load(ModuleSource.directory(module));
    }

    private static void assertProblem(Path module, String text) {
        assertThatThrownBy(() -> load(module)).isInstanceOfSatisfying(DefinitionException.class,
                e -> assertThat(e.problems()).map(DefinitionProblem::toString).anyMatch(p -> p.contains(text)));
    }
}
