package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code decorations/<module>/<type>/<file>.yaml} merged over the module's own definition before it is read. */
class DecorationsTest {

    @TempDir
    Path temp;

    @Test
    void mappingsMergeKeyByKeyListsGainItemsOrMergeByNameAndOverrideReplaces() throws IOException {
        YamlNode base = yaml("base.yaml", """
                title: Base
                parameters:
                  a: "1"
                  b: "2"
                columns:
                  - name: name
                    width: 10
                  - name: acronym
                areas:
                  main:
                    type: list
                    maxComponents: 3
                """);
        YamlNode decorator = yaml("decorations/m/templates/x.yaml", """
                parameters:
                  b: "20"
                  c: "3"
                columns:
                  - name: name
                    width: 20
                  - name: status
                areas: !override
                  side:
                    type: single
                """);

        YamlNode.Mapping merged = (YamlNode.Mapping) Decorations.merge(base, decorator);

        assertThat(text(merged, "title")).isEqualTo("Base");
        YamlNode.Mapping parameters = (YamlNode.Mapping) merged.entries().get("parameters");
        assertThat(parameters.entries().keySet()).containsExactly("a", "b", "c");
        assertThat(text(parameters, "b")).isEqualTo("20");
        YamlNode.Sequence columns = (YamlNode.Sequence) merged.entries().get("columns");
        assertThat(columns.items()).hasSize(3);
        assertThat(text((YamlNode.Mapping) columns.items().get(0), "width")).isEqualTo("20");
        assertThat(text((YamlNode.Mapping) columns.items().get(2), "name")).isEqualTo("status");
        YamlNode.Mapping areas = (YamlNode.Mapping) merged.entries().get("areas");
        assertThat(areas.entries().keySet()).containsExactly("side");
        assertThat(areas.tag()).isNull();
        // a problem in a decorated value names the decoration's line
        assertThat(parameters.keyLocations().get("b").toString()).isEqualTo("decorations/m/templates/x.yaml:2");
    }

    @Test
    void aDecoratedTemplateIsReadAndCheckedLikeAnyOther() throws IOException {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
        write(module, "decorations/oicc-relations/templates/pages/organization.yaml", "parameters:\n  itemsPerPage: \"7\"\n");

        LightModule loaded = new LightModuleLoader().load(ModuleSource.directory(module));

        TemplateDefinition organization = loaded.template("oicc-relations:pages/organization").orElseThrow();
        assertThat(organization.parameters()).containsEntry("itemsPerPage", "7").containsEntry("itemWorkspace", "organizations");
        assertThat(loaded.ignored()).isEmpty();

        write(module, "decorations/oicc-relations/templates/pages/organization.yaml", "renderType: jsp\n");
        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("decorations/oicc-relations/templates/pages/organization.yaml:1: renderType 'jsp'");
    }

    @Test
    void aDecorationOfNothingOrInTheWrongPlaceIsAnError() throws IOException {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
        write(module, "decorations/oicc-relations/templates/pages/home.yaml", "title: Home\n");
        write(module, "decorations/oicc-relations.yaml", "title: Home\n");

        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("decorations/oicc-relations/templates/pages/home.yaml:1: decorates templates/pages/home.yaml, "
                        + "which module oicc-relations does not define")
                .hasMessageContaining("decorations/oicc-relations.yaml: a decoration is decorations/<module>/<definition type>/");
    }

    private static YamlNode yaml(String file, String text) throws IOException {
        return YamlReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file);
    }

    private static String text(YamlNode.Mapping m, String key) {
        return ((YamlNode.Scalar) m.entries().get(key)).text();
    }

    private static void write(Path module, String file, String text) throws IOException {
        Files.createDirectories(module.resolve(file).getParent());
        Files.writeString(module.resolve(file), text);
    }
}
