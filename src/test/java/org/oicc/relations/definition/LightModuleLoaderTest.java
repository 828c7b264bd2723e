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

class LightModuleLoaderTest {

    private static final Path SHIPPED = Path.of("light-modules/oicc-relations");

    @TempDir
    Path temp;

    @Test
    void loadsTheShippedModuleFromTheClasspath() {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));

        assertThat(module.name()).isEqualTo("oicc-relations");
        assertThat(module.contentTypes()).containsOnlyKeys("organization", "relationshipCategory", "agreementAim");
        ContentTypeDefinition org = module.contentType("organization").orElseThrow();
        assertThat(org.workspace()).isEqualTo("organizations");
        assertThat(org.nodeType()).isEqualTo("oicc:organization");
        assertThat(org.datasource().namespaces()).containsEntry("oicc", "https://www.oicc.org/jcr/relations/1.0");
        assertThat(org.model().property("name").orElseThrow())
                .satisfies(p -> assertThat(p.required()).isTrue())
                .satisfies(p -> assertThat(p.i18n()).isTrue());
        assertThat(org.model().property("parent").orElseThrow().type())
                .isEqualTo(new PropertyType.Reference("organization"));
        PropertyDefinition relationships = org.model().property("relationships").orElseThrow();
        assertThat(relationships.type()).isEqualTo(new PropertyType.SubModel("relationship"));
        assertThat(relationships.multiple()).isTrue();
        SubModelDefinition relationship = org.model().subModel("relationship").orElseThrow();
        assertThat(relationship.property("aims").orElseThrow())
                .satisfies(p -> assertThat(p.type()).isEqualTo(new PropertyType.Reference("agreementAim")))
                .satisfies(p -> assertThat(p.multiple()).isTrue());
        assertThat(relationship.property("since").orElseThrow().type()).isEqualTo(new PropertyType.Scalar(ValueKind.DATE));
        assertThat(module.contentType("relationshipCategory").orElseThrow().model().property("kind").orElseThrow().options())
                .containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
    }

    @Test
    void contentTypeAppsKeepTheirContentTypeAndFormValidators() {
        LightModule module = new LightModuleLoader().load(ModuleSource.directory(SHIPPED));

        assertThat(module.apps()).containsOnlyKeys("organizations", "relationship-categories", "agreement-aims");
        assertThat(module.apps().get("organizations").contentType()).isEqualTo("organization");
        PropertyDefinition website = module.contentType("organization").orElseThrow().model().property("website").orElseThrow();
        assertThat(website.validators()).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo("regexpValidator");
            assertThat("https://www.unicef.org").matches(v.pattern());
            assertThat("www.unicef.org").doesNotMatch(v.pattern());
        });
    }

    @Test
    void magnoliaTagsDoNotBreakLoading() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        write(module, "apps/extra.yaml", """
                !inherit:oicc-relations:apps/organizations
                name: extra
                subApps:
                  browser: !include:/oicc-relations/includes/browser.yaml
                """);
        write(module, "includes/browser.yaml", "label: Browser\n");

        LightModule loaded = new LightModuleLoader().load(ModuleSource.directory(module));

        assertThat(loaded.apps()).containsKey("extra");
    }

    @Test
    void unknownPropertyTypeNamesFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "type: Long", "type: Integer");

        assertProblem(module, "contentTypes/agreementAim.yaml:21", "unknown type 'Integer'");
    }

    @Test
    void missingRequiredKeyNamesFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "  workspace: agreement-aims\n", "");

        assertProblem(module, "contentTypes/agreementAim.yaml:3", "missing required key 'workspace' in datasource");
    }

    @Test
    void propertyWithoutNameIsReported() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "    - name: position\n", "    - label: position\n");

        assertProblem(module, "contentTypes/agreementAim.yaml:21", "missing required key 'name' in a property");
    }

    @Test
    void referenceToUnknownContentTypeNamesFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/organization.yaml", "type: reference:organization", "type: reference:company");

        assertProblem(module, "contentTypes/organization.yaml:23", "references unknown content type 'company'");
    }

    @Test
    void duplicatePropertyNameNamesFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "    - name: position\n", "    - name: title\n");

        assertProblem(module, "contentTypes/agreementAim.yaml:21", "duplicate property name 'title' (first at line 12)");
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/relationshipCategory.yaml", "    - name: intro\n", "    - name: [intro\n");

        assertProblem(module, "contentTypes/relationshipCategory.yaml:", "malformed YAML");
    }

    @Test
    void duplicateYamlKeyIsReported() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "  autoCreate: true\n", "  autoCreate: true\n  autoCreate: false\n");

        assertProblem(module, "contentTypes/agreementAim.yaml:9", "duplicate key 'autoCreate' (first at line 8)");
    }

    @Test
    void unknownKeysAreErrorsNotSilentlyIgnored() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "      required: true\n", "      requird: true\n");

        assertProblem(module, "contentTypes/agreementAim.yaml:13", "unknown key 'requird' in property 'title'");
    }

    @Test
    void unsupportedDatasourceAndValidatorAreErrors() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "$type: jcrContentTypeDatasource", "$type: contentTypeDatasource");
        replace(module, "apps/organizations.yaml", "$type: regexpValidator", "$type: emailValidator");

        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("contentTypes/agreementAim.yaml:3: datasource $type 'contentTypeDatasource' is not supported")
                .hasMessageContaining("apps/organizations.yaml:14: validator type 'emailValidator' is not supported");
    }

    @Test
    void theMisspeltRegexValidatorIsAStartUpErrorNamingMagnoliasName() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "apps/organizations.yaml", "$type: regexpValidator", "$type: regexValidator");

        assertProblem(module, "apps/organizations.yaml:15", "validator type 'regexValidator' is not a Magnolia validator: "
                + "Magnolia's regular-expression validator is 'regexpValidator'");
    }

    @Test
    void theShippedAppUsesMagnoliasValidatorName() throws IOException {
        assertThat(Files.readString(Path.of("light-modules/oicc-relations/apps/organizations.yaml")))
                .contains("$type: regexpValidator").doesNotContain("regexValidator");
    }

    @Test
    void invalidRegexInValidatorIsReported() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "apps/organizations.yaml", "pattern: \"https?", "pattern: \"(https?");

        assertProblem(module, "apps/organizations.yaml:16", "invalid regular expression");
    }

    @Test
    void formFieldForUnknownPropertyIsReported() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "apps/organizations.yaml", "        website:\n", "        homepage:\n");

        assertProblem(module, "apps/organizations.yaml:14", "form field 'homepage' is not a property of content type 'organization'");
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        Path module = TestTrees.copy(SHIPPED, temp.resolve("oicc-relations"));
        replace(module, "contentTypes/agreementAim.yaml", "type: Long", "type: Integer");
        replace(module, "contentTypes/organization.yaml", "type: reference:organization", "type: reference:company");
        write(module, "module.yaml", "version: one\n");

        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessageContaining("module.yaml:1: version 'one' is not of the form x.y.z");
    }

    private void assertProblem(Path module, String where, String what) {
        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOf(DefinitionException.class)
                .satisfies(e -> assertThat(((DefinitionException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.toString()).startsWith(where);
                            assertThat(p.message()).contains(what);
                        }));
    }

    private static void replace(Path module, String file, String from, String to) throws IOException {
        Path path = module.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text in %s", file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void write(Path module, String file, String text) throws IOException {
        Path path = module.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
