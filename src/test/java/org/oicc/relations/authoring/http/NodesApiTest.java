package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.SiteFixture;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Nodes API v1 and the publication commands on a real Jetty, author and public repositories. */
class NodesApiTest {

    private static final String NODES = "/.rest/nodes/v1";
    private static final String NEW_ORG = """
            {"name": "uclg", "type": "oicc:organization", "properties": [
              {"name": "name", "type": "String", "multiple": false, "values": ["United Cities and Local Governments"]},
              {"name": "website", "type": "String", "multiple": false, "values": ["https://www.uclg.org"]}]}""";

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    @Test
    void readsANodeInMagnoliaShape() throws Exception {
        HttpResponse<String> r = f.site.send("GET", NODES + "/relationship-categories/observer", "editor", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).isPresent();
        assertThat(r.body()).startsWith("{\"name\":\"observer\",\"type\":\"oicc:relationshipCategory\",\"path\":\"/observer\",\"identifier\":\"")
                .contains("{\"name\":\"title\",\"type\":\"String\",\"multiple\":false,\"values\":[\"Observer Membership\"]}")
                .doesNotContain("mgnl:created");
        assertThat(f.site.send("GET", NODES + "/organizations/iula?depth=2&includeMetadata=true", "editor", null).body())
                .contains("\"nodes\":[{\"name\":\"relationships\"").contains("mgnl:created");
    }

    @Test
    void anonymousWritesAre401AndLeaveNothing() throws Exception {
        HttpResponse<String> r = f.site.send("PUT", NODES + "/organizations", null, NEW_ORG);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(r.body()).contains("\"code\":\"notAuthorized\"");
        assertThat(f.site.send("GET", NODES + "/organizations/uclg", null, null).statusCode()).isEqualTo(401);
        assertThat(f.site.send("PUT", NODES + "/organizations", "nobody", NEW_ORG).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> f.site.content.read("organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void anEditorCreatesUpdatesAndDeletesDrafts() throws Exception {
        assertThat(f.site.send("PUT", NODES + "/organizations", "editor", NEW_ORG).statusCode()).isEqualTo(200);
        assertThat(f.site.content.read("organization", "uclg").property("website")).hasValue("https://www.uclg.org");

        HttpResponse<String> post = f.site.send("POST", NODES + "/organizations/uclg", "editor",
                "{\"properties\":[{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"UCLG\"]}]}");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(f.site.content.read("organization", "uclg").property("name")).hasValue("United Cities and Local Governments");
        assertThat(f.site.content.read("organization", "uclg").property("acronym")).hasValue("UCLG");

        assertThat(f.site.send("DELETE", NODES + "/organizations/uclg", "editor", null).statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> f.site.content.read("organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void oneRelationshipEntryCanBeChanged() throws Exception {
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula/relationships/2", "editor",
                "{\"properties\":[{\"name\":\"role\",\"type\":\"String\",\"multiple\":false,\"values\":[\"Partner in the agreement\"]}]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var entries = (java.util.List<Map<String, Object>>) f.site.content.values("organization", "iula").get("relationships");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2)).containsEntry("role", "Partner in the agreement").containsKey("aims");
        assertThat(entries.get(0)).containsEntry("role", "Member");
    }

    @Test
    void everyValidationProblemIsA400AndNothingChanges() throws Exception {
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/unicef", "editor", """
                {"properties": [
                  {"name": "website", "type": "String", "multiple": false, "values": ["www.unicef.org"]},
                  {"name": "colour", "type": "String", "multiple": false, "values": ["blue"]},
                  {"name": "parent", "type": "String", "multiple": false, "values": ["00000000-0000-0000-0000-000000000000"]},
                  {"name": "name", "type": "String", "multiple": false, "values": []}]}""");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"code\":\"validationFailed\"").contains("\"path\":\"website\"")
                .contains("\"path\":\"colour\"").contains("\"path\":\"parent\"").contains("\"path\":\"name\"");
        assertThat(f.site.content.read("organization", "unicef").property("website")).hasValue("https://www.unicef.org");
        assertThat(f.site.content.read("organization", "unicef").property("name")).hasValueSatisfying(n -> assertThat(n).isNotNull());
        assertThat(f.site.send("PUT", NODES + "/organizations", "editor", "{\"name\": \"x\", \"properties\": [], \"").statusCode())
                .isEqualTo(400);
        assertThat(f.site.send("PUT", NODES + "/website", "editor", NEW_ORG).statusCode()).isEqualTo(403);
    }

    @Test
    void deletingSomethingStillReferencedIs409WithTheReferrers() throws Exception {
        HttpResponse<String> r = f.site.send("DELETE", NODES + "/organizations/league-of-arab-states", "editor", null);

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("alecso");
        assertThat(f.site.content.read("organization", "league-of-arab-states").name()).isEqualTo("league-of-arab-states");
    }

    /** Probe D5: deleting a published draft through the API would orphan its public copy. */
    @Test
    void deletingAPublishedItemIs409UntilItIsUnpublished() throws Exception {
        f.site.send("PUT", NODES + "/organizations", "editor", NEW_ORG);
        String command = "{\"repository\":\"organizations\",\"path\":\"/uclg\"}";
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher", command).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = f.site.send("DELETE", NODES + "/organizations/uclg", "editor", null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).isEqualTo("{\"error\":{\"code\":\"published\",\"message\":\"the item is published; "
                + "unpublish it first, then delete it\",\"problems\":[{\"path\":\"@id\",\"message\":\"is published: "
                + "unpublish it first, then delete the draft\"}]}}");
        assertThat(f.site.content.read("organization", "uclg").name()).isEqualTo("uclg");
        assertThat(f.site.content.read(Side.PUBLIC, "organization", "uclg").name()).isEqualTo("uclg");

        assertThat(f.site.send("POST", "/.rest/commands/v2/default/unpublish", "publisher", command).statusCode()).isEqualTo(200);
        assertThat(f.site.send("DELETE", NODES + "/organizations/uclg", "editor", null).statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> f.site.content.read("organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void aStaleIfMatchIs412() throws Exception {
        String etag = f.site.send("GET", NODES + "/organizations/iula", "editor", null).headers().firstValue("ETag").orElseThrow();
        String change = "{\"properties\":[{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"%s\"]}]}";

        assertThat(f.site.send("POST", NODES + "/organizations/iula", "editor", change.formatted("FIRST"), Map.of("If-Match", etag))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> second = f.site.send("POST", NODES + "/organizations/iula", "editor", change.formatted("SECOND"),
                Map.of("If-Match", etag));

        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(f.site.content.read("organization", "iula").property("acronym")).hasValue("FIRST");
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        String huge = "{\"properties\":[{\"name\":\"acronym\",\"multiple\":false,\"values\":[\"" + "x".repeat(1024 * 1024) + "\"]}]}";

        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula", "editor", huge);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(f.site.content.read("organization", "iula").property("acronym")).hasValue("IULA");
    }

    @Test
    void publishingNeedsThePublisherRole() throws Exception {
        f.site.send("PUT", NODES + "/organizations", "editor", NEW_ORG);
        String command = "{\"repository\":\"organizations\",\"path\":\"/uclg\",\"recursive\":false}";

        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "editor", command).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> f.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);

        HttpResponse<String> ok = f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher", command);
        assertThat(ok.body()).isEqualTo("{\"success\":true,\"published\":[\"organizations:/uclg\"]}");
        assertThat(f.site.content.read(Side.PUBLIC, "organization", "uclg").property("acronym")).isEmpty();

        assertThat(f.site.send("POST", "/.rest/commands/v2/default/unpublish", "publisher", command).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> f.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void publishingWithUnpublishedReferencesIs409UnlessAskedToPublishThemToo() throws Exception {
        f.site.send("PUT", NODES + "/relationship-categories", "editor",
                "{\"name\":\"partnership\",\"properties\":[{\"name\":\"title\",\"multiple\":false,\"values\":[\"Partnerships\"]}]}");
        String category = f.site.content.read("relationshipCategory", "partnership").id();
        f.site.send("PUT", NODES + "/organizations", "editor", NEW_ORG);
        assertThat(f.site.send("PUT", NODES + "/organizations/uclg/relationships", "editor",
                "{\"name\":\"0\",\"properties\":[{\"name\":\"category\",\"multiple\":false,\"values\":[\"" + category + "\"]}]}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> refused = f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher",
                "{\"repository\":\"organizations\",\"path\":\"/uclg\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("relationship-categories:/partnership");

        HttpResponse<String> both = f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher",
                "{\"repository\":\"organizations\",\"path\":\"/uclg\",\"withReferences\":true}");
        assertThat(both.body()).isEqualTo("{\"success\":true,\"published\":[\"relationship-categories:/partnership\",\"organizations:/uclg\"]}");
    }

    @Test
    void badCommandsAreClearErrors() throws Exception {
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/flushCache", "publisher", "{}").statusCode()).isEqualTo(404);
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher", "{\"path\":\"/x\"}").statusCode()).isEqualTo(400);
        assertThat(f.site.send("POST", "/.rest/commands/v2/default/publish", "publisher",
                "{\"repository\":\"organizations\",\"path\":\"/nothing\"}").statusCode()).isEqualTo(404);
        assertThat(f.site.send("GET", "/.rest/commands/v2/default/publish", "publisher", null).statusCode()).isEqualTo(405);
    }
}
