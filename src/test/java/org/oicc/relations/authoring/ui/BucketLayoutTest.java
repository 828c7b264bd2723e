package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items of a new repository are stored in hash buckets ({@code /_b1/_b2/<name>}, {@link StoredPaths})
 * while every answer a client gets names them by their client path ({@code /<name>}): content
 * service, delivery node, query and children, Nodes API, authoring list and form, the relations
 * page, publication to the public side. Bucket nodes show in no answer and cannot be addressed.
 */
class BucketLayoutTest {

    private static final String NAME = "bucket-probe";
    private static final String FORM = "/.author/items/organization/" + NAME;

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi().authorUi().site());

    @Test
    void anItemIsStoredInItsBucketsAndAnsweredByItsClientPath() throws Exception {
        String membership = identifier(Side.AUTHOR, "relationship-categories", "/membership");
        Item created = f.site.content.create("organization", NAME, ItemInput.of(Map.of("name", "Bucket Probe",
                "relationships", List.of(Map.of("category", membership, "role", "Member")))), "admin");
        assertThat(created.path()).isEqualTo("/" + NAME);
        String[] b = StoredPaths.buckets(NAME);
        String stored = "/" + b[0] + "/" + b[1] + "/" + NAME;
        withSession(Side.AUTHOR, s -> {
            assertThat(s.nodeExists("/" + NAME)).as("not at the root").isFalse();
            Node node = s.getNode(stored);
            assertThat(node.getPrimaryNodeType().getName()).isEqualTo("oicc:organization");
            assertThat(node.getParent().getPrimaryNodeType().getName()).isEqualTo(StoredPaths.BUCKET);
            assertThat(node.getParent().getParent().getPrimaryNodeType().getName()).isEqualTo(StoredPaths.BUCKET);
            assertThat(node.getParent().getParent().getDepth()).isEqualTo(1);
        });

        Item updated = f.site.content.update("organization", NAME, ItemInput.of(Map.of("name", "Bucket Probe", "acronym", "BKP",
                "relationships", List.of(Map.of("category", membership, "role", "Member")))), "admin");
        assertThat(updated.path()).isEqualTo("/" + NAME);
        assertThat(f.site.content.read("organization", "/" + NAME).property("acronym")).contains("BKP");

        // the authoring list links the form by the client name; the form posts to it
        UiClient admin = UiClient.loggedIn(f.site, "admin");
        Document list = UiClient.html(admin.get("/.author/items/organization?q=Bucket"));
        assertThat(list.select("a[href]").eachAttr("href")).contains(FORM).noneMatch(BucketLayoutTest::namesABucket);
        Document form = UiClient.html(admin.get(FORM));
        assertThat(form.select("form[action]").eachAttr("action")).noneMatch(BucketLayoutTest::namesABucket);

        // publication sends the client path; the public side stores it in its own buckets
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "admin",
                "{\"repository\":\"organizations\",\"path\":\"/" + NAME + "\"}").statusCode()).isEqualTo(200);
        withSession(Side.PUBLIC, s -> {
            assertThat(s.nodeExists(stored)).isTrue();
            assertThat(s.nodeExists("/" + NAME)).isFalse();
        });

        JsonNode node = f.site.json("/.rest/delivery/organizations/v1/" + NAME);
        assertThat(node.path("@path").asText()).isEqualTo("/" + NAME);
        assertThat(node.path("@name").asText()).isEqualTo(NAME);
        assertThat(node.path("relationships").path("0").path("@path").asText()).isEqualTo("/" + NAME + "/relationships/0");
        JsonNode query = f.site.json("/.rest/delivery/organizations/v1?acronym=BKP");
        assertThat(query.path("total").asInt()).isEqualTo(1);
        assertThat(query.path("results").path(0).path("@path").asText()).isEqualTo("/" + NAME);
        assertThat(f.site.page("/relations.html").select("a[href]").eachAttr("href")).noneMatch(BucketLayoutTest::namesABucket);
        assertThat(f.site.get("/relations.html").body()).contains("Bucket Probe");

        JsonNode api = TestSite.JSON.readTree(f.site.send("GET", "/.rest/nodes/v1/organizations/" + NAME, "admin", null).body());
        assertThat(api.path("path").asText()).isEqualTo("/" + NAME);

        // unpublish and delete find it by its client path too
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/unpublish", "admin",
                "{\"repository\":\"organizations\",\"path\":\"/" + NAME + "\"}").statusCode()).isEqualTo(200);
        assertThat(f.site.get("/.rest/delivery/organizations/v1/" + NAME).statusCode()).isEqualTo(404);
        f.site.content.delete("organization", NAME, "admin");
        withSession(Side.AUTHOR, s -> assertThat(s.nodeExists(stored)).isFalse());
    }

    @Test
    void aFolderIsBucketedAndItsChildrenStayBelowIt() throws Exception {
        withSession(Side.AUTHOR, s -> {
            Node folder = StoredNodes.addTopLevel(s, "archive", "mgnl:folder");
            folder.addNode("old-member", "oicc:organization").setProperty("name", "Old Member");
            s.save();
            String[] b = StoredPaths.buckets("archive");
            assertThat(s.nodeExists("/" + b[0] + "/" + b[1] + "/archive/old-member")).isTrue();
        });
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "admin",
                "{\"repository\":\"organizations\",\"path\":\"/archive\",\"recursive\":true}").statusCode()).isEqualTo(200);

        JsonNode child = f.site.json("/.rest/delivery/organizations/v1/archive/old-member");
        assertThat(child.path("@path").asText()).isEqualTo("/archive/old-member");
        withSession(Side.PUBLIC, s -> assertThat(StoredNodes.exists(s, "/archive/old-member")).isTrue());
    }

    @Test
    void bucketNodesShowInNoListQueryOrChildrenAnswer() throws Exception {
        f.site.content.create("organization", NAME, ItemInput.of(Map.of("name", "Bucket Probe")), "admin");
        withSession(Side.AUTHOR, s -> assertThat(buckets(s.getRootNode())).isNotEmpty());
        withSession(Side.PUBLIC, s -> assertThat(buckets(s.getRootNode())).isNotEmpty());

        List<String> paths = new ArrayList<>();
        JsonNode all = f.site.json("/.rest/delivery/organizations/v1?limit=100");
        assertThat(all.path("total").asInt()).isEqualTo(f.site.content.list(Side.PUBLIC, "organization").size());
        all.path("results").forEach(r -> paths.add(r.path("@path").asText()));
        f.site.json("/.rest/delivery/organizations/v1/@nodes").forEach(r -> paths.add(r.path("@path").asText()));
        JsonNode root = TestSite.JSON.readTree(f.site.send("GET", "/.rest/nodes/v1/organizations/?depth=1", "admin", null).body());
        root.path("nodes").forEach(n -> paths.add(n.path("path").asText()));
        f.site.content.list("organization").forEach(i -> paths.add(i.path()));
        f.site.index().items("organizations", org.oicc.relations.index.ItemSearch.all(), org.oicc.relations.index.SortOrder.byName(), 0, 1000)
                .paths().forEach(paths::add);

        assertThat(paths).hasSizeGreaterThan(4 * 25).contains("/iula").noneMatch(BucketLayoutTest::namesABucket)
                .allMatch(p -> p.lastIndexOf('/') == 0, "a top-level path");
        for (String bucket : buckets(Side.PUBLIC)) {
            assertThat(f.site.get("/.rest/delivery/organizations/v1" + bucket).statusCode()).as(bucket).isEqualTo(404);
            assertThat(f.site.send("GET", "/.rest/nodes/v1/organizations" + bucket, "admin", null).statusCode()).as(bucket).isEqualTo(404);
        }
    }

    /**
     * A listing of the workspace root (delivery {@code @nodes} of {@code /}, Nodes API {@code /}
     * with depth) gives the items in creation order, as a flat root did (JCR order, a new child
     * last), not in bucket order nor by name: three items created z, m, a come last, in that order.
     */
    @Test
    void theRootListsItsItemsInCreationOrder() throws Exception {
        List<String> created = List.of("order-z", "order-m", "order-a");
        for (String name : created) {
            f.site.content.create("organization", name, ItemInput.of(Map.of("name", "Order " + name)), "admin");
            assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "admin",
                    "{\"repository\":\"organizations\",\"path\":\"/" + name + "\"}").statusCode()).isEqualTo(200);
            Thread.sleep(5); // distinct mgnl:created instants (same instant: by name)
        }
        List<String> nodesApi = new ArrayList<>();
        TestSite.JSON.readTree(f.site.send("GET", "/.rest/nodes/v1/organizations/?depth=1", "admin", null).body()).path("nodes")
                .forEach(n -> nodesApi.add(n.path("name").asText()));
        List<String> delivery = new ArrayList<>();
        f.site.json("/.rest/delivery/organizations/v1/@nodes").forEach(n -> delivery.add(n.path("@name").asText()));

        for (List<String> listing : List.of(nodesApi, delivery)) {
            assertThat(listing).hasSize(25 + 3).doesNotHaveDuplicates();
            assertThat(listing.subList(listing.size() - 3, listing.size())).containsExactlyElementsOf(created);
        }
        assertThat(nodesApi).containsExactlyElementsOf(delivery); // the seed too: imported in the same order on both sides
        List<String> again = new ArrayList<>();
        f.site.json("/.rest/delivery/organizations/v1/@nodes").forEach(n -> again.add(n.path("@name").asText()));
        assertThat(again).containsExactlyElementsOf(delivery);
    }

    private List<String> buckets(Side side) throws Exception {
        List<String> out = new ArrayList<>();
        withSession(side, s -> out.addAll(buckets(s.getRootNode())));
        return out;
    }

    private static List<String> buckets(Node root) throws Exception {
        List<String> out = new ArrayList<>();
        for (NodeIterator it = root.getNodes(); it.hasNext();) {
            Node n = it.nextNode();
            if (n.isNodeType(StoredPaths.BUCKET)) {
                out.add(n.getPath());
            }
        }
        return out;
    }

    private static boolean namesABucket(String pathOrUrl) {
        return pathOrUrl.matches(".*/_[0-3][0-9a-f](/.*)?");
    }

    private String identifier(Side side, String workspace, String path) throws Exception {
        Session s = f.site.sessions.login(side, workspace);
        try {
            return StoredNodes.node(s, path).getIdentifier();
        } finally {
            s.logout();
        }
    }

    interface Work {
        void on(Session s) throws Exception;
    }

    private void withSession(Side side, Work work) throws Exception {
        Session s = f.site.sessions.login(side, "organizations");
        try {
            work.on(s);
        } finally {
            s.logout();
        }
    }
}
