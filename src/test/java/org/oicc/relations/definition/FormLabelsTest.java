package org.oicc.relations.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.authoring.ui.Labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10's last point: the generated content-type forms carry explicit labels, so the bundles'
 * property labels reach AdminCentral. Magnolia's content-type model is data only ("the property in
 * the model definition can be decorated in the app definition with whatever UI element stores that
 * data type", Content type Model definition doc) and an app's own configuration overrides what
 * {@code !content-type} generates under the same name (App descriptor doc): so each field's
 * {@code label} sits in the app at {@code subApps.detail.form.properties.<field>.label}, a submodel's
 * under the multi field's composite field, {@code <field>.field.properties.<sub>.label}. Read here
 * from the shipped YAML as Magnolia reads it; the standalone shows the same key's text.
 */
class FormLabelsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final LightModule module = new LightModuleLoader().load(ModuleSource.directory(TestTrees.LIGHT_MODULE));

    /** Every property of every content type, with the label key its app gives it (null: none). */
    private List<String[]> labelled() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            AppDefinition app = module.apps().values().stream().filter(a -> type.name().equals(a.contentType())).findFirst().orElseThrow();
            JsonNode fields = YAML.readTree(TestTrees.LIGHT_MODULE.resolve("apps/" + app.name() + ".yaml").toFile())
                    .path("subApps").path("detail").path("form").path("properties");
            for (PropertyDefinition p : type.model().properties()) {
                JsonNode field = fields.path(p.name());
                out.add(new String[] {type.name(), null, p.name(), field.path("label").asText(null)});
                if (p.type() instanceof PropertyType.SubModel sub) {
                    SubModelDefinition model = type.model().subModels().stream().filter(m -> m.name().equals(sub.name())).findFirst().orElseThrow();
                    for (PropertyDefinition sp : model.properties()) {
                        out.add(new String[] {type.name(), sub.name(), sp.name(),
                                field.path("field").path("properties").path(sp.name()).path("label").asText(null)});
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyPropertyOfEveryContentTypeHasAnExplicitLabelKeyInItsApp() throws IOException {
        List<String[]> all = labelled();
        assertThat(all).hasSizeGreaterThan(15);
        for (String[] p : all) {
            String where = p[0] + "." + (p[1] == null ? "" : p[1] + ".") + p[2];
            assertThat(p[3]).as(where + ": label in the app's form").isEqualTo("oicc-relations." + where + ".label");
        }
    }

    @Test
    void everyLabelKeyIsInTheThreeBundles() throws IOException {
        for (String[] p : labelled()) {
            for (String lang : List.of("en", "ar", "fr")) {
                assertThat(module.messages().text(lang, p[3])).as(lang + " " + p[3]).hasValueSatisfying(t -> assertThat(t).isNotBlank());
            }
        }
    }

    @Test
    void theStandaloneFormShowsTheTextOfTheSameKey() throws IOException {
        for (String lang : List.of("en", "ar", "fr")) {
            Labels labels = Labels.of(module, lang);
            for (String[] p : labelled()) {
                ContentTypeDefinition type = module.contentType(p[0]).orElseThrow();
                assertThat(labels.property(type, p[1], p[2])).as(lang + " " + p[3]).isEqualTo(module.messages().text(lang, p[3]).orElseThrow());
            }
        }
        ContentTypeDefinition organization = module.contentType("organization").orElseThrow();
        assertThat(Labels.of(module, "ar").property(organization, "relationship", "category")).isEqualTo("الفئة");
    }

    @Test
    void theAppsLabelWinsOverTheConventionalKey(@TempDir Path tmp) throws IOException {
        Path copy = TestTrees.copy(TestTrees.LIGHT_MODULE, tmp.resolve("oicc-relations"));
        Path app = copy.resolve("apps/organizations.yaml");
        Files.writeString(app, Files.readString(app).replace("label: oicc-relations.organization.acronym.label",
                "label: oicc-relations.organization.name.label"));
        LightModule changed = new LightModuleLoader().load(ModuleSource.directory(copy));
        ContentTypeDefinition organization = changed.contentType("organization").orElseThrow();
        assertThat(Labels.of(changed, "fr").property(organization, null, "acronym")).isEqualTo("Nom");
        assertThat(changed.apps().get("organizations").fieldLabels()).containsEntry("relationships.role",
                "oicc-relations.organization.relationship.role.label");
    }

    @Test
    void aLabelForAFieldTheTypeDoesNotHaveIsRefusedWithItsLine(@TempDir Path tmp) throws IOException {
        Path copy = TestTrees.copy(TestTrees.LIGHT_MODULE, tmp.resolve("oicc-relations"));
        Path app = copy.resolve("apps/organizations.yaml");
        String yaml = Files.readString(app);
        Files.writeString(app, yaml.replace("        acronym:\n", "        acronyme:\n")
                .replace("              note:\n", "              notes:\n"));
        int acronymLine = lineOf(yaml, "        acronym:") + 1;
        int noteLine = lineOf(yaml, "              note:") + 1;
        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(copy)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("apps/organizations.yaml:" + acronymLine + ": form field 'acronyme' is not a property of content type 'organization'")
                .hasMessageContaining("apps/organizations.yaml:" + noteLine + ": form field 'relationships.notes' is not a property of the submodel");
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1;
    }

}
