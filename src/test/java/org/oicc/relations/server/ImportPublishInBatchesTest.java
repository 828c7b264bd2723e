package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.GeneratedOrganizations;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import --publish} over several batches: the activation stamps go into each batch's own
 * author save and the public saves run one batch behind on a thread of their own. Whatever the
 * overlap, every item ends up public exactly as the author holds it (stamps included), and the author
 * side says published.
 */
class ImportPublishInBatchesTest {

    @TempDir
    Path temp;

    @Test
    void everyBatchIsPublicAsTheAuthorHoldsItAndMarkedPublished() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path file = GeneratedOrganizations.write(temp.resolve("generated.jsonl"), 0, 40);

        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("import", file.toString(), "--batch-size", "7", "--publish",
                "--data", data.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("generated.jsonl: 40 created, 0 replaced, 0 skipped (name exists), 0 rejected, 40 published in ");
        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            assertThat(site.json("/.rest/delivery/organizations/v1?limit=1").path("total").asInt()).isEqualTo(25 + 40);
            Session author = site.sessions.login(Side.AUTHOR, "organizations");
            Session published = site.sessions.login(Side.PUBLIC, "organizations");
            try {
                for (int i = 0; i < 40; i++) {
                    String path = "/" + "org-" + i;
                    Node item = StoredNodes.node(author, path);
                    assertThat(item.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean()).as(path).isTrue();
                    assertThat(item.getProperty(MgnlNames.LAST_ACTIVATED).getDate())
                            .as(path).isGreaterThanOrEqualTo(item.getProperty(MgnlNames.LAST_MODIFIED).getDate());
                    assertThat(tree(StoredNodes.node(published, path), 0)).as(path).isEqualTo(tree(item, 0));
                }
            } finally {
                author.logout();
                published.logout();
            }
            assertThat(site.json("/.rest/delivery/organizations/v1/" + "org-" + 39).path("@path").asText())
                    .isEqualTo("/" + "org-" + 39);
        }
    }

    /**
     * A batch with items of two types (a new category and organizations naming it) is published after
     * its save, as before; the batches after it (organizations only) take their public copy from the
     * unsaved nodes. Both ways the public items are the author's, and the category goes public first.
     */
    @Test
    void aBatchOfTwoTypesAndTheBatchesAfterItArePublicAsTheAuthorHoldsThem() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        String category = "5b0c3f4e-2d1a-4e6b-9c8d-7a6b5c4d3e2f";
        List<String> lines = new ArrayList<>();
        lines.add("{\"name\":\"newcomers\",\"identifier\":\"" + category + "\",\"type\":\"oicc:relationshipCategory\","
                + "\"properties\":[{\"name\":\"title\",\"type\":\"String\",\"multiple\":false,\"values\":[\"Newcomers\"]}],\"nodes\":[]}");
        for (int i = 0; i < 20; i++) {
            String line = GeneratedOrganizations.line(i);
            for (String seeded : GeneratedOrganizations.CATEGORIES) {
                line = line.replace(seeded, category);
            }
            lines.add(line);
        }
        Path file = java.nio.file.Files.write(temp.resolve("two-types.jsonl"), lines);

        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("import", file.toString(), "--batch-size", "7", "--publish",
                "--data", data.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("two-types.jsonl: 21 created, 0 replaced, 0 skipped (name exists), 0 rejected, 21 published in ");
        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            Session author = site.sessions.login(Side.AUTHOR, "organizations");
            Session published = site.sessions.login(Side.PUBLIC, "organizations");
            Session publicCategories = site.sessions.login(Side.PUBLIC, "relationship-categories");
            try {
                assertThat(publicCategories.getNodeByIdentifier(category).getName()).isEqualTo("newcomers");
                for (int i = 0; i < 20; i++) {
                    String path = "/org-" + i;
                    Node item = StoredNodes.node(author, path);
                    assertThat(item.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean()).as(path).isTrue();
                    assertThat(tree(StoredNodes.node(published, path), 0)).as(path).isEqualTo(tree(item, 0));
                    assertThat(item.getNode("relationships").getNodes().nextNode().getProperty("category").getString())
                            .as(path).isEqualTo(category);
                }
            } finally {
                author.logout();
                published.logout();
                publicCategories.logout();
            }
        }
    }

    /** What the public side's import stamps on content children that came without them, as any publication does. */
    private static final java.util.Set<String> CHILD_STAMPS = java.util.Set.of(
            "mgnl:created", "mgnl:createdBy", "mgnl:lastModified", "mgnl:lastModifiedBy");

    /** Names and values of everything but the repository's own protected properties, children in order. */
    private static Map<String, Object> tree(Node node, int depth) throws RepositoryException {
        Map<String, Object> out = new TreeMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (p.getName().startsWith("jcr:") && p.getDefinition().isProtected()
                    || depth > 0 && CHILD_STAMPS.contains(p.getName())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                values.add(v.getType() + ":" + v.getString());
            }
            out.put(p.getName(), values);
        }
        out.put("@identifier", node.isNodeType("mix:referenceable") ? node.getIdentifier() : "");
        List<Object> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            children.add(Map.of(child.getName(), tree(child, depth + 1)));
        }
        out.put("@children", children);
        return out;
    }
}
