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
