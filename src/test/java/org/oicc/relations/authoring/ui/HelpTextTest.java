package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.definition.PropertyDefinition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help text under a form field: the app form's {@code description:} (a key or a text), else
 * Magnolia's generated {@code <app>.<subApp>.<field>.description}, else the bundle's
 * {@code <module>.<type>.[<sub>.]<property>.description} in the UI's language, else the content
 * type's {@code description:} (a bundle key, or the text itself), else none.
 */
class HelpTextTest {

    @TempDir
    Path copy;

    @Test
    void helpComesFromTheBundleInTheUiLanguageElseFromTheContentType() throws IOException {
        Path module = copy.resolve("oicc-relations");
        try (Stream<Path> files = Files.walk(TestTrees.LIGHT_MODULE)) {
            for (Path p : files.toList()) {
                Path to = module.resolve(TestTrees.LIGHT_MODULE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path yaml = module.resolve("contentTypes/organization.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("    - name: website\n", "    - name: website\n      description: \"Not shown, the bundle has this one.\"\n")
                .replace("    - name: description\n", "    - name: description\n      description: A few sentences about the organization.\n")
                .replace("    - name: name\n", "    - name: name\n      description: oicc-relations.organization.relationship.since.description\n"),
                StandardCharsets.UTF_8);
        LightModule loaded = new LightModuleLoader().load(ModuleSource.directory(module));
        ContentTypeDefinition type = loaded.contentType("organization").orElseThrow();

        Labels en = Labels.of(loaded, "en");
        assertThat(en.description(type, null, property(type, "website"))).isEqualTo("The full address, starting with https://");
        assertThat(en.description(type, null, property(type, "description"))).isEqualTo("A few sentences about the organization.");
        assertThat(en.description(type, null, property(type, "acronym"))).isEqualTo(
                "The short form the organization is known by, as written on its own site, e.g. IULA.");
        assertThat(en.description(type, null, property(type, "relationships"))).isNull();
        Labels ar = Labels.of(loaded, "ar");
        assertThat(ar.description(type, null, property(type, "website"))).isEqualTo("العنوان الكامل، ويبدأ بـ https://");
        // a key in the YAML is looked up in the bundle, in the UI's language
        assertThat(ar.description(type, null, property(type, "name"))).isEqualTo("تاريخ بدء العلاقة إن كان معروفًا.");
        PropertyDefinition role = FormState.subModel(type, property(type, "relationships")).properties().stream()
                .filter(p -> p.name().equals("role")).findFirst().orElseThrow();
        assertThat(Labels.of(loaded, "fr").description(type, "relationship", role))
                .isEqualTo("Ce que l’organisation est pour l’Organisation dans cette catégorie, par exemple Membre du Comité exécutif.");
    }

    @Test
    void theAppFormsDescriptionAndMagnoliasGeneratedKeyComeFirst() throws IOException {
        Path module = copyModule();
        Path app = module.resolve("apps/organizations.yaml");
        Files.writeString(app, Files.readString(app, StandardCharsets.UTF_8)
                // an explicit text (not a key) over the bundle's convention key
                .replace("          description: oicc-relations.organization.acronym.description\n",
                        "          description: Written as the organization writes it.\n")
                // the whole description of the parent gone: Magnolia's generated key is next
                .replace("          description: oicc-relations.organization.parent.description\n", ""),
                StandardCharsets.UTF_8);
        Path bundle = module.resolve("i18n/oicc-relations-messages_en.properties");
        Files.writeString(bundle, Files.readString(bundle, StandardCharsets.UTF_8)
                + "organizations.detail.parent.description=From the generated key.\n", StandardCharsets.UTF_8);
        LightModule loaded = new LightModuleLoader().load(ModuleSource.directory(module));
        ContentTypeDefinition type = loaded.contentType("organization").orElseThrow();
        Labels en = Labels.of(loaded, "en");

        assertThat(en.description(type, null, property(type, "acronym"))).isEqualTo("Written as the organization writes it.");
        assertThat(en.description(type, null, property(type, "parent"))).isEqualTo("From the generated key.");
        assertThat(en.description(type, null, property(type, "logo"))).startsWith("The organization’s logo, shown on its page");
        PropertyDefinition position = FormState.subModel(type, property(type, "relationships")).properties().stream()
                .filter(p -> p.name().equals("position")).findFirst().orElseThrow();
        assertThat(Labels.of(loaded, "ar").description(type, "relationship", position)).startsWith("مكان البند بين بنود فئته");
        // the URL name: the help of Magnolia's node-name field
        assertThat(en.nameDescription(type)).startsWith("The last part of the organization’s address on the site");
        assertThat(Labels.of(loaded, "fr").nameDescription(type)).startsWith("La dernière partie de l’adresse");
        assertThat(en.nameDescription(loaded.contentType("agreementAim").orElseThrow())).isNull();
    }

    @Test
    void aHelpTextForAFieldTheTypeLacksIsAStartUpError() throws IOException {
        Path module = copyModule();
        Path app = module.resolve("apps/organizations.yaml");
        Files.writeString(app, Files.readString(app, StandardCharsets.UTF_8)
                .replace("        name:\n", "        motto:\n          description: Not a property.\n        name:\n"), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .hasMessageContaining("form field 'motto' is not a property of content type 'organization'")
                .hasMessageContaining("organizations.yaml");
    }

    private Path copyModule() throws IOException {
        Path module = copy.resolve("oicc-relations");
        try (Stream<Path> files = Files.walk(TestTrees.LIGHT_MODULE)) {
            for (Path p : files.toList()) {
                Path to = module.resolve(TestTrees.LIGHT_MODULE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return module;
    }

    private static PropertyDefinition property(ContentTypeDefinition type, String name) {
        return type.model().property(name).orElseThrow();
    }
}
