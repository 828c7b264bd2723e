package org.oicc.relations.repository;

import org.oicc.relations.testing.StoredNodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oicc.relations.testing.TestRepository;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootstrapImporterTest {

    private StandaloneRepository repo;
    private Session session;
    private final BootstrapImporter reader = new BootstrapImporter("bootstrap");

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        repo = TestRepository.start(data, TestRepository.standIn());
    }

    @AfterAll
    void stop() {
        repo.close();
    }

    @BeforeEach
    void login() throws Exception {
        session = repo.login("organizations");
        reader.importFile(session, BootstrapFile.of("organizations.existing.yaml", """
                'existing':
                  'jcr:primaryType': 'oicc:organization'
                  'jcr:uuid': '11111111-1111-1111-1111-111111111111'
                """), ImportMode.REPLACE);
    }

    @AfterEach
    void clean() throws Exception {
        session.refresh(false);
        for (var it = session.getRootNode().getNodes(); it.hasNext();) {
            Node n = it.nextNode();
            if (!n.getName().equals("jcr:system")) {
                n.remove();
            }
        }
        session.save();
        session.logout();
    }

    @Test
    void typesScalarsByStyleAndTag() throws Exception {
        String path = reader.importFile(session, BootstrapFile.of("organizations.typed.yaml", """
                'typed':
                  'jcr:primaryType': 'oicc:organization'
                  'jcr:mixinTypes': ['mix:versionable']
                  'jcr:uuid': '22222222-2222-2222-2222-222222222222'
                  'quotedNumber': '42'
                  "doubleQuoted": "line1\\nline2"
                  'plainText': consultative status
                  'yes': yes
                  'flag': true
                  'count': 42
                  'ratio': 1.5
                  'founded': 2015-09-15T10:52:25.749+02:00
                  'day': 1975-06-01
                  'nothing': ~
                  'amount': !decimal '1.50'
                  'kind': !name 'mgnl:page'
                  'where': !path '/a/b'
                  'parentOrg': !reference '11111111-1111-1111-1111-111111111111'
                  'weak': !weakreference '99999999-9999-9999-9999-999999999999'
                  'site': !uri 'https://www.oicc.org/'
                  'logo': !binary 'aGVsbG8='
                  'domains': ['planning', 'environment']
                  'none': []
                  'years': [1975, 1980]
                  'child':
                    'jcr:primaryType': 'mgnl:contentNode'
                    'title': 'x'
                  'defaultTyped':
                    'title': 'no primary type'
                """), ImportMode.FAIL_IF_EXISTS);
        assertThat(path).isEqualTo("/typed");
        Node n = StoredNodes.node(session, "/typed");
        assertThat(n.getIdentifier()).isEqualTo("22222222-2222-2222-2222-222222222222");
        assertThat(n.isNodeType("mix:versionable")).isTrue();
        Map<String, Integer> types = Map.ofEntries(Map.entry("quotedNumber", PropertyType.STRING),
                Map.entry("doubleQuoted", PropertyType.STRING), Map.entry("plainText", PropertyType.STRING),
                Map.entry("yes", PropertyType.STRING), Map.entry("flag", PropertyType.BOOLEAN),
                Map.entry("count", PropertyType.LONG), Map.entry("ratio", PropertyType.DOUBLE),
                Map.entry("founded", PropertyType.DATE), Map.entry("day", PropertyType.DATE),
                Map.entry("amount", PropertyType.DECIMAL), Map.entry("kind", PropertyType.NAME),
                Map.entry("where", PropertyType.PATH), Map.entry("parentOrg", PropertyType.REFERENCE),
                Map.entry("weak", PropertyType.WEAKREFERENCE), Map.entry("site", PropertyType.URI),
                Map.entry("logo", PropertyType.BINARY), Map.entry("domains", PropertyType.STRING),
                Map.entry("none", PropertyType.STRING), Map.entry("years", PropertyType.LONG));
        types.forEach((name, type) -> {
            try {
                assertThat(n.getProperty(name).getType()).as(name).isEqualTo(type);
            } catch (Exception e) {
                throw new AssertionError(name, e);
            }
        });
        assertThat(n.hasProperty("nothing")).isFalse();
        assertThat(n.getProperty("doubleQuoted").getString()).isEqualTo("line1\nline2");
        assertThat(n.getProperty("amount").getDecimal()).isEqualByComparingTo("1.50");
        assertThat(n.getProperty("parentOrg").getNode().getPath()).isEqualTo("/existing");
        assertThat(n.getProperty("none").isMultiple()).isTrue();
        assertThat(n.getProperty("none").getValues()).isEmpty();
        assertThat(n.getProperty("domains").getValues()).hasSize(2);
        Calendar founded = n.getProperty("founded").getDate();
        assertThat(founded.getTimeInMillis()).isEqualTo(java.time.OffsetDateTime.parse("2015-09-15T10:52:25.749+02:00")
                .toInstant().toEpochMilli());
        assertThat(new String(n.getProperty("logo").getBinary().getStream().readAllBytes())).isEqualTo("hello");
        assertThat(n.getNode("defaultTyped").getPrimaryNodeType().getName()).isEqualTo("mgnl:contentNode");
        assertThat(n.getNode("child").getProperty("mgnl:createdBy").getString()).isEqualTo("bootstrap");
    }

    @Test
    void keepsMetadataTheFileSets() throws Exception {
        reader.importFile(session, BootstrapFile.of("organizations.dated.yaml", """
                'dated':
                  'jcr:primaryType': 'oicc:organization'
                  'mgnl:created': 2015-09-15T10:52:25.749+02:00
                  'mgnl:createdBy': 'editor'
                """), ImportMode.FAIL_IF_EXISTS);
        Node n = StoredNodes.node(session, "/dated");
        assertThat(n.getProperty("mgnl:createdBy").getString()).isEqualTo("editor");
        assertThat(n.getProperty("mgnl:created").getDate().get(Calendar.YEAR)).isEqualTo(2015);
        assertThat(n.getProperty("mgnl:lastModifiedBy").getString()).isEqualTo("bootstrap");
    }

    @Test
    void replaceModeReplacesTheNodeKeepingTheUuid() throws Exception {
        reader.importFile(session, BootstrapFile.of("organizations.existing.yaml", """
                'existing':
                  'jcr:primaryType': 'oicc:organization'
                  'jcr:uuid': '11111111-1111-1111-1111-111111111111'
                  'name': 'replaced'
                """), ImportMode.REPLACE);
        assertThat(session.getNodeByIdentifier("11111111-1111-1111-1111-111111111111").getProperty("name").getString())
                .isEqualTo("replaced");
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                Arguments.of("organizations.yaml", "'organizations': {}\n", 1, "<workspace>.<path.with.dots>.yaml"),
                Arguments.of("organizations.iula.yml", "'iula': {}\n", 1, "must end with .yaml"),
                Arguments.of("organizations..yaml", "'x': {}\n", 1, "invalid or empty path segment"),
                Arguments.of("organizations.iula.yaml", "'other':\n  'a': 'b'\n", 1, "root key 'other'"),
                Arguments.of("organizations.iula.yaml", "'iula': 'just text'\n", 1, "must be a mapping"),
                Arguments.of("organizations.iula.yaml", "- 'iula'\n", 1, "exactly one key"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'a': 'b'\n  'child': [\n", 4, "invalid YAML"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'a': 'b'\n  'a': 'c'\n", 3, "duplicate key"),
                Arguments.of("organizations.iula.yaml",
                        "'iula':\n  'jcr:primaryType': 'oicc:organization'\n  'money': !money '12'\n", 3, "unknown tag !money"),
                Arguments.of("organizations.iula.yaml",
                        "'iula':\n  'name': 'x'\n  'rels':\n    - 'category': 'a'\n", 4, "may only hold scalars, not mappings"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'mixed':\n    - 1\n    - 'two'\n", 4,
                        "mixes Long and String"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'since': 2015-13-45\n", 2, "invalid date '2015-13-45'"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'a': 'b'\n  'amount': !decimal 'abc'\n", 3,
                        "invalid Decimal value"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'logo': !binary '***'\n", 2, "invalid Binary value"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'big': 99999999999999999999\n", 2, "invalid Long value"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'jcr:primaryType': 'oicc:nothing'\n", 1,
                        "unknown node type oicc:nothing"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'jcr:primaryType': 'mgnl:created'\n", 1,
                        "mgnl:created is a mixin, expected a primary type"),
                Arguments.of("organizations.iula.yaml", "'iula':\n  'a': 'b'\n  'foo:bar': 'x'\n", 3,
                        "unknown namespace prefix 'foo'"),
                Arguments.of("organizations.iula.yaml",
                        "'iula':\n  'a': 'b'\n  'child':\n    'jcr:uuid': '11111111-1111-1111-1111-111111111111'\n", 3,
                        "jcr:uuid 11111111-1111-1111-1111-111111111111 is already used by /existing"),
                Arguments.of("organizations.existing.yaml", "'existing':\n  'a': 'b'\n", 1, "node /existing already exists"),
                Arguments.of("organizations.travel.about.yaml", "'about':\n  'a': 'b'\n", 1,
                        "parent /travel does not exist"),
                Arguments.of("website.home.yaml", "'home':\n  'a': 'b'\n", 1, "targets workspace 'website'"),
                // Passes every check, fails at save (dangling reference): the session is rolled back.
                Arguments.of("organizations.iula.yaml",
                        "'iula':\n  'child':\n    'a': 'b'\n  'parentOrg': !reference '99999999-9999-9999-9999-999999999999'\n",
                        1, "import into workspace 'organizations' failed"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("invalidFiles")
    void invalidFileNamesFileAndLineAndChangesNothing(String file, String yaml, int line, String problem)
            throws Exception {
        Map<String, String> before = TestRepository.snapshot(session);
        assertThatThrownBy(() -> reader.importFile(session, BootstrapFile.of(file, yaml), ImportMode.FAIL_IF_EXISTS))
                .isInstanceOfSatisfying(BootstrapException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(file + ":" + line + ": ").contains(problem);
                });
        assertThat(session.hasPendingChanges()).isFalse();
        Session fresh = repo.login("organizations");
        try {
            assertThat(TestRepository.snapshot(fresh)).isEqualTo(before);
        } finally {
            fresh.logout();
        }
    }
}
