package org.oicc.relations.definition;

import org.oicc.relations.TestTrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates and dialogs of the light module: what the runtime reads, and every problem named with file:line. */
class TemplateDefinitionsTest {

    @Test
    void theShippedTemplatesAndDialogs() {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        assertThat(module.templates().keySet()).containsExactlyInAnyOrder("oicc-relations:pages/relations",
                "oicc-relations:pages/organization", "oicc-relations:components/text",
                "oicc-relations:components/relationshipCategory", "oicc-relations:components/agreementAims");
        TemplateDefinition relations = module.template("oicc-relations:pages/relations").orElseThrow();
        assertThat(relations.kind()).isEqualTo(TemplateDefinition.Kind.PAGE);
        assertThat(relations.templateScript()).isEqualTo("/oicc-relations/templates/pages/relations.ftl");
        assertThat(relations.dialog()).isEqualTo("oicc-relations:pages/relations");
        AreaDefinition main = relations.area("main").orElseThrow();
        assertThat(main.type()).isEqualTo("list");
        assertThat(main.availableComponents()).containsExactly("oicc-relations:components/text",
                "oicc-relations:components/relationshipCategory", "oicc-relations:components/agreementAims");
        assertThat(module.template("oicc-relations:pages/organization").orElseThrow().parameters())
                .containsEntry("itemWorkspace", "organizations");
        DialogDefinition category = module.dialogs().get("oicc-relations:components/relationshipCategory");
        assertThat(category.fields().get("category").type()).isEqualTo("linkField");
        assertThat(category.fields().get("category").workspace()).isEqualTo("relationship-categories");
        assertThat(module.dialogs()).hasSize(5);
    }

    @Test
    void unknownKeyInATemplate(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        append(m, "templates/components/text.yaml", "modelClass: org.example.Model\n");
        assertProblem(m, "templates/components/text.yaml:6: unknown key 'modelClass' in template oicc-relations:components/text");
    }

    @Test
    void onlyFreemarkerIsRendered(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "templates/components/text.yaml", "renderType: freemarker", "renderType: jsp");
        assertProblem(m, "templates/components/text.yaml:3: renderType 'jsp' of oicc-relations:components/text is not supported");
        // an SPA component is no template this runtime renders: a FreeMarker page may not offer it
        replace(m, "templates/components/text.yaml", "renderType: jsp", "renderType: spa");
        assertProblem(m, "templates/pages/relations.yaml:17: area 'main' offers 'oicc-relations:components/text', which is not "
                + "a component template of this module");
    }

    @Test
    void theScriptMustExist(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.delete(m.resolve("templates/components/text.ftl"));
        assertProblem(m, "templates/components/text.yaml:4: template script /oicc-relations/templates/components/text.ftl does not exist");
    }

    @Test
    void aComponentWithoutAnyScriptIsAnSpaComponentAndNoFreemarkerPageMayOfferIt(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.delete(m.resolve("templates/components/text.ftl"));
        replace(m, "templates/components/text.yaml", "templateScript: /oicc-relations/templates/components/text.ftl\n", "");
        replace(m, "templates/components/text.yaml", "renderType: freemarker\n", "");
        assertProblem(m, "templates/pages/relations.yaml:17: area 'main' offers 'oicc-relations:components/text', which is not "
                + "a component template of this module");
    }

    @Test
    void theScriptMustBeInTheModule(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "templates/components/text.yaml", "/oicc-relations/templates/components/text.ftl", "/other/x.ftl");
        assertProblem(m, "templates/components/text.yaml:4: templateScript '/other/x.ftl' must be a .ftl file of this module");
    }

    @Test
    void aTemplateWithoutScriptUsesTheFileBesideIt(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "templates/components/text.yaml", "templateScript: /oicc-relations/templates/components/text.ftl\n", "");
        LightModule module = new LightModuleLoader().load(ModuleSource.directory(m));
        assertThat(module.template("oicc-relations:components/text").orElseThrow().templateScript())
                .isEqualTo("/oicc-relations/templates/components/text.ftl");
    }

    @Test
    void theDialogMustExist(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.delete(m.resolve("dialogs/components/text.yaml"));
        assertProblem(m, "templates/components/text.yaml:2: template oicc-relations:components/text uses dialog "
                + "'oicc-relations:components/text', which does not exist");
    }

    @Test
    void areasOfferOnlyComponentTemplates(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "templates/pages/relations.yaml", "id: oicc-relations:components/text", "id: oicc-relations:pages/organization");
        assertProblem(m, "templates/pages/relations.yaml:17: area 'main' offers 'oicc-relations:pages/organization', "
                + "which is not a component template of this module");
    }

    @Test
    void areaTypeAndMaxComponents(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "templates/pages/relations.yaml", "    type: list\n", "    type: grid\n    maxComponents: 0\n");
        assertProblem(m, "templates/pages/relations.yaml:17: area type 'grid' is not one of list, single, noComponent",
                "templates/pages/relations.yaml:18: maxComponents must be a whole number of at least 1, found '0'");
    }

    @Test
    void componentsHaveNoAreas(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        append(m, "templates/components/text.yaml", "areas:\n  inner:\n    type: list\n");
        assertProblem(m, "templates/components/text.yaml:6: areas are only supported on page templates");
    }

    @Test
    void templatesLiveInPagesOrComponents(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.createDirectories(m.resolve("templates/areas"));
        Files.writeString(m.resolve("templates/areas/side.yaml"), "title: Side\n");
        assertProblem(m, "templates/areas/side.yaml: templates must be under templates/pages/ or templates/components/");
    }

    @Test
    void unsupportedFieldType(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "dialogs/components/text.yaml", "$type: richTextField", "$type: damLinkField");
        assertProblem(m, "dialogs/components/text.yaml:5: field type 'damLinkField' is not supported");
    }

    @Test
    void checkBoxFieldIsMagnoliasSpellingAndTheOtherOneIsRefusedWithIt(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        append(m, "dialogs/pages/relations.yaml", "    featured:\n      $type: checkBoxField\n");
        assertThat(new LightModuleLoader().load(ModuleSource.directory(m)).dialogs().get("oicc-relations:pages/relations")
                .fields().get("featured").type()).isEqualTo("checkBoxField");

        replace(m, "dialogs/pages/relations.yaml", "$type: checkBoxField", "$type: checkboxField");
        assertProblem(m, "dialogs/pages/relations.yaml:11: field type 'checkboxField' is not a Magnolia field type: "
                + "Magnolia spells it 'checkBoxField'");
    }

    @Test
    void linkFieldNeedsAKnownWorkspace(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "dialogs/components/relationshipCategory.yaml", "workspace: relationship-categories", "workspace: gallery");
        assertProblem(m, "dialogs/components/relationshipCategory.yaml:6: field 'category' links to unknown workspace 'gallery'");
    }

    @Test
    void linkFieldNeedsADatasource(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.writeString(m.resolve("dialogs/components/relationshipCategory.yaml"),
                "form:\n  properties:\n    category:\n      $type: linkField\n");
        assertProblem(m, "dialogs/components/relationshipCategory.yaml:4: linkField 'category' needs a datasource with a workspace");
    }

    @Test
    void onlyALinkFieldTakesADatasource(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        replace(m, "dialogs/components/relationshipCategory.yaml", "$type: linkField", "$type: textField");
        assertProblem(m, "dialogs/components/relationshipCategory.yaml:9: only a linkField takes a datasource");
    }

    @Test
    void aDialogNeedsAForm(@TempDir Path dir) throws IOException {
        Path m = copy(dir);
        Files.writeString(m.resolve("dialogs/components/text.yaml"), "label: Text\nactions: {}\n");
        assertProblem(m, "dialogs/components/text.yaml:2: unknown key 'actions' in dialog oicc-relations:components/text",
                "dialogs/components/text.yaml:1: missing required key 'form' in dialog oicc-relations:components/text");
    }

    private static void assertProblem(Path module, String... expected) {
        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOf(DefinitionException.class)
                .satisfies(e -> {
                    var problems = ((DefinitionException) e).problems().stream().map(DefinitionProblem::toString).toList();
                    for (String want : expected) {
                        assertThat(problems).as("problems").anyMatch(p -> p.startsWith(want));
                    }
                });
    }

    private static void append(Path module, String file, String text) throws IOException {
        Files.writeString(module.resolve(file), Files.readString(module.resolve(file)) + text);
    }

    private static void replace(Path module, String file, String from, String to) throws IOException {
        String text = Files.readString(module.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(module.resolve(file), text.replace(from, to));
    }

    private static Path copy(Path dir) throws IOException {
        return TestTrees.copy(TestTrees.LIGHT_MODULE, dir.resolve("oicc-relations"));
    }
}
