package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built module jar, as a Magnolia webapp gets it (README "Install inside Magnolia"): one module
 * descriptor, no standalone configuration, and a POM that hands Magnolia no library; and the
 * standalone jar built from the same classes, with everything inside.
 */
class ModuleJarIT {

    private static final String POM = "META-INF/maven/org.oicc/oicc-relations/pom.xml";
    private static final String DESCRIPTOR = "META-INF/magnolia/oicc-relations.xml";

    @TempDir
    Path work;

    static Path moduleJar() {
        return StandaloneProcess.jar().resolveSibling("oicc-relations-" + ModuleVersion.get() + ".jar");
    }

    @Test
    void theModuleJarHasOneDescriptorAndNothingOfTheStandaloneRuntimesOwn() throws IOException {
        List<String> entries = entries(moduleJar());

        assertThat(entries).contains(DESCRIPTOR, "mgnl-nodetypes/oicc-relations.cnd",
                "mgnl-bootstrap/oicc-relations/organizations.iula.yaml",
                "mgnl-bootstrap/oicc-relations/userroles.anonymous.acl_organizations.yaml",
                "oicc-relations/contentTypes/organization.yaml", "oicc-relations/restEndpoints/delivery/organizations_v1.yaml",
                "VAADIN/appicons/oicc-organizations.svg", POM);
        // a root logback.xml would configure any logback of the webapp; a module.yaml in the module's
        // folder would be a second descriptor next to the XML one; a relations view in restEndpoints/
        // an invalid Magnolia definition
        assertThat(entries).doesNotContain("logback.xml", "logback-test.xml", "oicc-relations/module.yaml",
                "oicc-relations/restEndpoints/delivery/relations_v1.yaml");
        assertThat(entries).filteredOn(e -> e.matches("[^/]+/module\\.yaml")).isEmpty();
        // no library is copied into the module jar
        assertThat(entries).filteredOn(e -> e.startsWith("ch/") || e.startsWith("org/eclipse/") || e.startsWith("org/apache/")
                || e.startsWith("com/fasterxml/") || e.startsWith("com/ibm/") || e.startsWith("freemarker/") || e.startsWith("info/")).isEmpty();
    }

    @Test
    void thePomHandsAMagnoliaWebappNoLibrary() throws Exception {
        Document pom;
        try (JarFile jar = new JarFile(moduleJar().toFile()); InputStream in = jar.getInputStream(jar.getEntry(POM))) {
            pom = parse(in);
        }
        List<String> passedOn = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (Element d : dependencies(pom)) {
            String name = text(d, "groupId") + ":" + text(d, "artifactId");
            String scope = text(d, "scope");
            if ("test".equals(scope) || "provided".equals(scope)) {
                continue;
            }
            if ("true".equals(text(d, "optional"))) {
                optional.add(name);
            } else {
                passedOn.add(name + (scope == null ? "" : " (" + scope + ")"));
            }
        }
        // Magnolia needs nothing of ours to run the module: no dependency reaches WEB-INF/lib
        assertThat(passedOn).isEmpty();
        assertThat(optional).contains("javax.jcr:jcr", "org.apache.jackrabbit:jackrabbit-core", "org.eclipse.jetty:jetty-server",
                "ch.qos.logback:logback-classic", "org.freemarker:freemarker", "info.picocli:picocli",
                "com.ibm.icu:icu4j");
    }

    @Test
    void theDescriptorNamesMagnoliasModulesAndTheLightModuleDescriptorAgrees() throws Exception {
        Document descriptor;
        JsonNode lightModule;
        try (JarFile jar = new JarFile(moduleJar().toFile())) {
            try (InputStream in = jar.getInputStream(jar.getEntry(DESCRIPTOR))) {
                descriptor = parse(in);
            }
            try (InputStream in = jar.getInputStream(jar.getEntry("org/oicc/relations/definition/descriptors/oicc-relations/module.yaml"))) {
                lightModule = new ObjectMapper(new YAMLFactory()).readTree(in);
            }
        }
        Element module = descriptor.getDocumentElement();
        assertThat(text(module, "name")).isEqualTo("oicc-relations");
        assertThat(text(module, "version")).isEqualTo(ModuleVersion.get()).doesNotContain("${");
        // no Java of ours runs inside Magnolia: Magnolia's default version handler imports the bootstrap
        assertThat(module.getElementsByTagName("class").getLength()).isZero();
        assertThat(module.getElementsByTagName("versionHandler").getLength()).isZero();
        assertThat(module.getElementsByTagName("components").getLength()).isZero();

        List<String> declared = new ArrayList<>();
        NodeList deps = module.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            declared.add(text(d, "name") + " " + text(d, "version") + ("true".equals(text(d, "optional")) ? " optional" : ""));
        }
        assertThat(declared).containsExactly("core 6.4/*", "content-types 1.2/*", "rest-content-delivery 2.2/* optional");

        List<String> light = new ArrayList<>();
        lightModule.path("dependencies").fields().forEachRemaining(e -> light.add(e.getKey() + " " + e.getValue().path("version").asText()
                + (e.getValue().path("optional").asBoolean(false) ? " optional" : "")));
        assertThat(light).isEqualTo(declared);
    }

    @Test
    void theStandaloneJarHasTheRuntimeAndItsOwnLoggingSetup() throws IOException {
        List<String> entries = entries(StandaloneProcess.jar());

        assertThat(entries).contains("org/oicc/relations/server/logback-standalone.xml", "ch/qos/logback/classic/Logger.class",
                "org/eclipse/jetty/server/Server.class", "org/apache/jackrabbit/core/RepositoryImpl.class",
                "org/oicc/relations/definition/descriptors/oicc-relations/module.yaml",
                "oicc-relations/standalone/endpoints/delivery/relations_v1.yaml", DESCRIPTOR);
        assertThat(entries).doesNotContain("logback.xml", "oicc-relations/module.yaml");
    }

    @Test
    void theStandaloneLogsThroughItsOwnConfiguration() throws Exception {
        // validate starts a scratch Jackrabbit: at logback's defaults (no configuration found) it
        // would print DEBUG lines; the standalone's configuration keeps Jackrabbit at WARN
        try (StandaloneProcess validate = StandaloneProcess.start(work, "validate")) {
            String out = validate.stdout();
            assertThat(validate.awaitExit()).as(out).isZero();
            assertThat(out).isEqualTo("valid: light module and bootstrap content\n");
            assertThat(validate.stderr()).isEmpty();
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
        }
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the descriptor names Magnolia's module.dtd, which is not here; never fetch anything
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(in);
    }

    /** The project's own dependencies (not those of dependencyManagement or of plugins). */
    private static List<Element> dependencies(Document pom) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "dependencies".equals(e.getTagName())) {
                for (org.w3c.dom.Node d = e.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (d instanceof Element dep && "dependency".equals(dep.getTagName())) {
                        out.add(dep);
                    }
                }
            }
        }
        assertThat(out).as("the POM's dependencies").isNotEmpty();
        return out;
    }

    /** The text of a direct child element, or null. */
    private static String text(Element parent, String child) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && child.equals(e.getTagName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
