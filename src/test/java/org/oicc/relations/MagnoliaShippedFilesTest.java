package org.oicc.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.BootstrapFiles;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped files, read as Magnolia 6.4 reads them (review magnolia-fidelity.md, ranked fixes 2,
 * 6-10 and the lower-priority list): what a Magnolia instance gets must be what Magnolia understands.
 */
class MagnoliaShippedFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path BOOTSTRAP = Path.of("module/mgnl-bootstrap/oicc-relations");
    private static final Path MODULE = TestTrees.LIGHT_MODULE;

    @Test
    void theAnonymousRoleReadsEveryWorkspaceOfTheModule() throws IOException {
        LightModule module = new LightModuleLoader().load(ModuleSource.directory(MODULE));
        Set<String> workspaces = new TreeSet<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            workspaces.add(type.workspace());
        }
        assertThat(workspaces).containsExactly("agreement-aims", "organizations", "relationship-categories");

        for (String workspace : workspaces) {
            // <workspace>.<path>.yaml: imported as /anonymous/acl_<workspace> of Magnolia's userroles workspace
            Path file = BOOTSTRAP.resolve("userroles.anonymous.acl_" + workspace + ".yaml");
            JsonNode root = YAML.readTree(file.toFile());
            assertThat(names(root)).as(file.toString()).containsExactly("acl_" + workspace);
            JsonNode acl = root.path("acl_" + workspace);
            assertThat(acl.path("jcr:primaryType").asText()).isEqualTo("mgnl:contentNode");
            assertThat(names(acl)).containsExactly("jcr:primaryType", "0");
            JsonNode entry = acl.path("0");
            assertThat(entry.path("path").asText()).isEqualTo("/*");
            // Magnolia's read-only permission, a Long (a quoted '8' would be a String property)
            assertThat(entry.path("permissions").isIntegralNumber()).isTrue();
            assertThat(entry.path("permissions").asLong()).isEqualTo(8L);
        }
    }

    @Test
    void theStandaloneLeavesMagnoliasSecurityFilesToMagnolia() {
        List<String> all = BootstrapFiles.fromClasspath(BootstrapFiles.MODULE_FOLDER).stream().map(BootstrapFile::name).toList();
        List<String> imported = BootstrapFiles.moduleContent().stream().map(BootstrapFile::name).toList();

        assertThat(all).filteredOn(n -> n.startsWith("userroles.")).containsExactlyInAnyOrder(
                "userroles.anonymous.acl_agreement-aims.yaml", "userroles.anonymous.acl_organizations.yaml",
                "userroles.anonymous.acl_relationship-categories.yaml");
        assertThat(imported).noneMatch(n -> n.startsWith("userroles.")).hasSize(all.size() - 3);
    }

    @Test
    void theSeedIsMarkedPublishedAsMagnoliaRecordsIt() throws IOException {
        List<Path> seed;
        try (Stream<Path> files = Files.list(BOOTSTRAP)) {
            seed = files.filter(p -> !p.getFileName().toString().startsWith("userroles.")).sorted().toList();
        }
        assertThat(seed).hasSize(36);
        for (Path file : seed) {
            JsonNode item = YAML.readTree(file.toFile()).elements().next();
            assertThat(item.path("mgnl:activationStatus").isBoolean()).as(file.toString()).isTrue();
            assertThat(item.path("mgnl:activationStatus").asBoolean()).as(file.toString()).isTrue();
            assertThat(item.path("mgnl:lastActivatedBy").asText()).as(file.toString()).isEqualTo("bootstrap");
            OffsetDateTime activated = OffsetDateTime.parse(item.path("mgnl:lastActivated").asText());
            OffsetDateTime modified = OffsetDateTime.parse(item.path("mgnl:lastModified").asText());
            // published and unchanged since: AdminCentral shows it as published, not as modified
            assertThat(activated).as(file.toString()).isAfterOrEqualTo(modified);
        }
    }

    @Test
    void restEndpointsHoldOnlyMagnoliaTypesAndReferenceKeys() throws IOException {
        List<Path> endpoints = yamlFiles(MODULE.resolve("restEndpoints"));
        assertThat(endpoints).isNotEmpty();
        for (Path file : endpoints) {
            JsonNode endpoint = YAML.readTree(file.toFile());
            assertThat(endpoint.path("$type").asText()).as(file.toString()).isEqualTo("jcrDeliveryEndpoint_v2");
            for (JsonNode reference : endpoint.path("references")) {
                // name, propertyName and referenceResolver are the Delivery API's reference keys;
                // a nodeType scope is not one of them (MGNLREST-682: "you only supply a property name")
                assertThat(names(reference)).as(file.toString()).isSubsetOf("name", "propertyName", "referenceResolver");
            }
        }
        List<Path> standalone = yamlFiles(MODULE.resolve("standalone"));
        assertThat(standalone).extracting(p -> MODULE.relativize(p).toString().replace('\\', '/'))
                .containsExactly("standalone/endpoints/delivery/relations_v1.yaml");
        assertThat(YAML.readTree(standalone.get(0).toFile()).path("$type").asText()).isEqualTo("oiccRelationsView_v1");
    }

    @Test
    void templatesGuardLocalizedLinksAndSayWhatDecodeDoes() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(MODULE.resolve("templates"))) {
            scripts = files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        Pattern links = Pattern.compile("cmsfn\\.localizedLinks\\(\\)(.)");
        int uses = 0;
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            Matcher m = links.matcher(text);
            while (m.find()) {
                uses++;
                // Magnolia's own templates write cmsfn.localizedLinks()! : it may give null
                assertThat(m.group(1)).as(script.toString()).isEqualTo("!");
            }
            assertThat(text).as(script.toString()).doesNotContainIgnoringCase("sanitized by cmsfn.decode");
        }
        assertThat(uses).isPositive();
        assertThat(Files.readString(MODULE.resolve("templates/components/text.ftl")))
                .contains("Inside Magnolia cmsfn.decode only undoes Magnolia's escaping");
    }

    @Test
    void appIconsAreSvgFilesOfTheModuleJar() throws Exception {
        List<Path> apps = yamlFiles(MODULE.resolve("apps"));
        assertThat(apps).hasSize(3);
        for (Path app : apps) {
            // the !content-type: first line is a YAML tag on the document: read the icon line itself
            String icon = Files.readAllLines(app).stream().filter(l -> l.startsWith("icon:")).findFirst().orElseThrow()
                    .replaceFirst("icon:\\s*", "").replaceFirst("\\s*#.*", "");
            assertThat(icon).as(app.toString()).doesNotStartWith("icon-");
            Path svg = Path.of("module/VAADIN/appicons/" + icon + ".svg");
            assertThat(svg).as(app.toString()).isRegularFile();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            out.add(it.next().getKey());
        }
        return out;
    }
}
