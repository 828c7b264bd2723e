package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.TestRepository;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;
import javax.jcr.Value;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ItemCopy} is the tree the YAML reader gives back for the exporter's document of the same
 * node, value by value: so a publication that hands the copy to {@link BootstrapImporter#stageCopy}
 * imports exactly what one that sends the YAML imports.
 */
class ItemCopyTest {

    private static final Predicate<Node> NOT_Z = n -> {
        try {
            return !n.getName().startsWith("z-");
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException(e);
        }
    };

    @Test
    void theCopyIsWhatTheExportedYamlReadsBackAs(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            Session s = repo.login("organizations");
            try {
                Node org = YamlRoundTripTest.build(s);
                // values whose YAML text the reader normalizes
                org.setProperty("notANumber", Double.NaN);
                org.setProperty("endless", Double.NEGATIVE_INFINITY);
                org.setProperty("tiny", 4.9e-324d);
                org.setProperty("noLongs", new Value[0], PropertyType.LONG);
                org.setProperty("decimals", new Value[] {s.getValueFactory().createValue(new java.math.BigDecimal("1E+3"))});
                s.save();

                for (Set<String> omitted : List.of(Set.<String>of(), Set.of("mix:versionable"))) {
                    for (Predicate<Node> descend : List.<Predicate<Node>>of(n -> true, NOT_Z)) {
                        StringWriter yaml = new StringWriter();
                        new BootstrapExporter(descend, omitted).write(org, yaml);
                        BootstrapNode read = new YamlBootstrapParser("iula.yaml").parse(yaml.toString().getBytes(StandardCharsets.UTF_8), null);

                        BootstrapNode copied = ItemCopy.of(org, descend, omitted).root();

                        assertThat(withoutLines(copied)).as(omitted + "\n" + yaml).isEqualTo(withoutLines(read));
                    }
                }
                assertThat(ItemCopy.of(org, NOT_Z, Set.of("mix:versionable")).name()).isEqualTo("iula");
                // the test's tree has what it claims: every kind of value, a skipped child, an omitted mixin
                BootstrapNode all = ItemCopy.of(org, n -> true, Set.of()).root();
                assertThat(all.mixins()).containsExactly("mix:versionable");
                assertThat(all.uuid()).isEqualTo(org.getIdentifier());
                assertThat(all.properties().stream().map(BootstrapProperty::type).distinct())
                        .contains(PropertyType.STRING, PropertyType.LONG, PropertyType.DOUBLE, PropertyType.BOOLEAN,
                                PropertyType.DATE, PropertyType.DECIMAL, PropertyType.BINARY, PropertyType.NAME,
                                PropertyType.PATH, PropertyType.REFERENCE, PropertyType.WEAKREFERENCE, PropertyType.URI);
                assertThat(all.children().get(0).children()).extracting(BootstrapNode::name)
                        .containsExactly("a-first", "b-second", "z-empty");
                assertThat(ItemCopy.of(org, NOT_Z, Set.of("mix:versionable")).root().mixins()).isEmpty();
            } finally {
                s.logout();
            }
        }
    }

    @Test
    void publishingTheCopyGivesTheNodesThatPublishingTheYamlGives(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            Session source = repo.login("organizations");
            Session viaYaml = repo.login("copy");
            Session viaCopy = repo.login("website");
            try {
                Node org = YamlRoundTripTest.build(source);
                Set<String> omitted = Set.of("mix:versionable");
                StringWriter yaml = new StringWriter();
                new BootstrapExporter(NOT_Z, omitted).write(org, yaml);
                java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.ZoneOffset.UTC);

                new BootstrapImporter("publisher", fixed).stageInto(viaYaml, "/", "publication",
                        yaml.toString().getBytes(StandardCharsets.UTF_8), ImportMode.REPLACE);
                new BootstrapImporter("publisher", fixed).stageCopy(viaCopy, "/", "publication",
                        ItemCopy.of(org, NOT_Z, omitted), ImportMode.REPLACE);
                viaYaml.save();
                viaCopy.save();

                assertThat(TestRepository.snapshot(viaCopy)).isEqualTo(TestRepository.snapshot(viaYaml));
                Node copy = StoredNodes.node(viaCopy, "/iula");
                assertThat(copy.getIdentifier()).isEqualTo(org.getIdentifier());
                assertThat(copy.isNodeType("mix:versionable")).isFalse();
                assertThat(copy.hasNode("relationships/z-empty")).isFalse();
                assertThat(copy.getNode("relationships/a-first").getIdentifier())
                        .isEqualTo(org.getNode("relationships/a-first").getIdentifier());
            } finally {
                source.logout();
                viaYaml.logout();
                viaCopy.logout();
            }
        }
    }

    /** The same tree with every line number 0: a copy has no lines. */
    private static BootstrapNode withoutLines(BootstrapNode n) {
        List<BootstrapProperty> properties = new ArrayList<>();
        for (BootstrapProperty p : n.properties()) {
            properties.add(new BootstrapProperty(p.name(), p.type(), p.multiple(), p.values(), 0));
        }
        List<BootstrapNode> children = new ArrayList<>();
        for (BootstrapNode c : n.children()) {
            children.add(withoutLines(c));
        }
        return new BootstrapNode(n.name(), n.primaryType(), n.mixins(), n.uuid(), properties, children, 0);
    }
}
