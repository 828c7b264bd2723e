package org.oicc.relations.repository;

import org.oicc.relations.testing.StoredNodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestRepository;

class YamlRoundTripTest {

    @Test
    void exportThenImportIntoAnEmptyWorkspaceReproducesTheTree(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            Session source = repo.login("organizations");
            Session target = repo.login("copy");
            try {
                Node org = build(source);
                StringWriter yaml = new StringWriter();
                new BootstrapExporter().write(org, yaml);

                new BootstrapImporter("nobody").importFile(target,
                        new BootstrapFile("copy.iula.yaml", yaml.toString().getBytes("UTF-8")), ImportMode.FAIL_IF_EXISTS);

                assertThat(TestRepository.snapshot(target)).containsExactlyInAnyOrderEntriesOf(TestRepository.snapshot(source));
                StringWriter again = new StringWriter();
                new BootstrapExporter().write(StoredNodes.node(target, "/iula"), again);
                assertThat(again.toString()).isEqualTo(yaml.toString());
                Node copy = StoredNodes.node(target, "/iula");
                assertThat(copy.getIdentifier()).isEqualTo(org.getIdentifier());
                assertThat(copy.getProperty("mgnl:createdBy").getString()).isEqualTo("editor"); // kept, not stamped
                assertThat(copy.getProperty("name_ar").getString()).isEqualTo("الاتحاد الدولي للسلطات المحلية");
                for (String name : new String[] {"amount", "kind", "where", "self", "weak", "site", "logo", "when"}) {
                    assertThat(copy.getProperty(name).getType()).as(name)
                            .isEqualTo(org.getProperty(name).getType());
                }
                assertThat(yaml.toString()).startsWith("""
                        'iula':
                          'jcr:primaryType': 'oicc:organization'
                          'jcr:mixinTypes':
                          - 'mix:versionable'
                          'jcr:uuid': '""")
                        .contains("'quote': 'It''s \"fine\"'\n", "'multiline': \"first\\nsecond\\r\\n\\tthird\"\n",
                                "'when': 2015-09-15T10:52:25.749+02:00\n", "'amount': !decimal '1.50'\n",
                                "'count': 42\n", "'flag': true\n", "'ratio': 1.5\n", "'none': []\n");
            } finally {
                source.logout();
                target.logout();
            }
        }
    }

    static Node build(Session s) throws Exception {
        ValueFactory vf = s.getValueFactory();
        Node org = StoredNodes.addTopLevel(s, "iula", "oicc:organization");
        org.addMixin("mix:versionable");
        org.setProperty("mgnl:createdBy", "editor");
        org.setProperty("name", "International Union of Local Authorities");
        org.setProperty("name_ar", "الاتحاد الدولي للسلطات المحلية");
        org.setProperty("name_fr", "Union internationale des autorités locales");
        org.setProperty("quote", "It's \"fine\"");
        org.setProperty("multiline", "first\nsecond\r\n\tthird");
        org.setProperty("emoji", "Cities 🏙️ and ص");
        org.setProperty("looksLikeNumber", "42");
        org.setProperty("looksLikeBool", "true");
        org.setProperty("looksLikeNull", "~");
        org.setProperty("empty", "");
        org.setProperty("spaces", "  padded  ");
        org.setProperty("count", 42L);
        org.setProperty("negative", -7L);
        org.setProperty("ratio", 1.5d);
        org.setProperty("whole", 3.0d);
        org.setProperty("huge", 1.0e300d);
        org.setProperty("flag", true);
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+02:00"));
        when.setTimeInMillis(java.time.OffsetDateTime.parse("2015-09-15T10:52:25.749+02:00").toInstant().toEpochMilli());
        org.setProperty("when", when);
        GregorianCalendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        utc.setTimeInMillis(0);
        org.setProperty("epoch", utc);
        org.setProperty("amount", new BigDecimal("1.50"));
        org.setProperty("kind", vf.createValue("mgnl:page", PropertyType.NAME));
        org.setProperty("where", vf.createValue("/iula/relationships", PropertyType.PATH));
        org.setProperty("self", vf.createValue(org, false));
        org.setProperty("weak", vf.createValue(org, true));
        org.setProperty("site", vf.createValue("https://www.oicc.org/?a=1&b='2'", PropertyType.URI));
        org.setProperty("logo", vf.createBinary(new ByteArrayInputStream(new byte[] {0, 1, 2, (byte) 255})));
        org.setProperty("domains", new String[] {"planning and housing", "protection of the environment"});
        org.setProperty("domains_ar", new String[] {"التخطيط والإسكان"});
        org.setProperty("none", new String[0]);
        org.setProperty("years", new Value[] {vf.createValue(1975L), vf.createValue(1980L)});
        org.setProperty("names", new Value[] {vf.createValue("mgnl:area", PropertyType.NAME)});
        org.setProperty("dates", new Value[] {vf.createValue(when), vf.createValue(utc)});
        Node relationships = org.addNode("relationships", "mgnl:contentNode");
        Node second = relationships.addNode("b-second", "mgnl:contentNode");
        second.setProperty("role", "Member of the Executive Committee");
        Node first = relationships.addNode("a-first", "mgnl:contentNode");
        first.setProperty("role", "Member");
        first.setProperty("since", Calendar.getInstance());
        relationships.orderBefore("a-first", "b-second");
        relationships.addNode("z-empty", "nt:unstructured");
        // Content as the content layer writes it: with metadata, so the import has none to add.
        for (Node n : new Node[] {org, relationships, first, second}) {
            n.setProperty("mgnl:created", when);
            if (n != org) {
                n.setProperty("mgnl:createdBy", "editor");
            }
            n.setProperty("mgnl:lastModified", utc);
            n.setProperty("mgnl:lastModifiedBy", "editor");
        }
        s.save();
        return org;
    }
}
