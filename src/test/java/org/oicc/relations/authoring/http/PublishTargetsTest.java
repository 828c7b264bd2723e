package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.StoredNodes;

import javax.jcr.Session;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publish and unpublish act on items only (probe D14): the repository's own nodes, a part of an
 * item on its own and workspaces the module does not own are a 404 that touches nothing — no
 * 500 from stamping {@code jcr:system}, no 502 from removing it on the public side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishTargetsTest {

    @RegisterExtension
    static final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    @ParameterizedTest
    @CsvSource({
            "publish, organizations, /jcr:system",
            "unpublish, organizations, /jcr:system",
            "publish, organizations, /jcr:system/jcr:nodeTypes",
            "publish, organizations, /iula/relationships",
            "unpublish, organizations, /iula/relationships/0",
            "publish, security, /users",
            "unpublish, default, /x"})
    void onlyItemsOfTheModulesWorkspacesArePublished(String command, String workspace, String path) throws Exception {
        HttpResponse<String> r = f.site.send("POST", "/.rest/commands/v2/default/" + command, "publisher",
                "{\"repository\":\"" + workspace + "\",\"path\":\"" + path + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(r.body()).contains("\"code\"").doesNotContain("Exception");
        Session published = f.site.published.login("organizations");
        try {
            assertThat(StoredNodes.exists(published, "/iula/relationships/0")).isTrue();
            assertThat(StoredNodes.exists(published, "/jcr:system")).isTrue();
        } finally {
            published.logout();
        }
    }
}
