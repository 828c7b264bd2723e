package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each role may do, over real HTTP in the UI and the APIs: an editor saves but cannot publish,
 * a publisher publishes but cannot save, only admins reach the users.
 */
class RolesOnHttpTest {

    private static final String UCLG = "/.author/items/organization/uclg";
    private static final String PUBLISH = "{\"repository\":\"organizations\",\"path\":\"/uclg\"}";

    @TempDir
    Path data;
    private TestSite f;

    @BeforeEach
    void start() throws Exception {
        f = TestSite.builder().authorAndPublic().nodesApi().authorUi().start(data);
        f.content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "admin");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private void notPublic() {
        assertThatThrownBy(() -> f.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void anEditorSavesButCannotPublish() throws Exception {
        UiClient editor = UiClient.loggedIn(f, "editor");
        Document form = UiClient.html(editor.get(UCLG));
        assertThat(form.select("button[formaction$=/publish], form[action$=/unpublish]")).isEmpty();

        HttpResponse<String> saved = editor.submit(form, "form#edit", Map.of("p.acronym", "UCLG"), "save");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(f.content.read("organization", "uclg").lastModifiedBy()).isEqualTo("editor");

        String csrf = form.selectFirst("input[name=_csrf]").val();
        assertThat(editor.post(UCLG + "/publish", List.of(Map.entry("_csrf", csrf))).statusCode()).isEqualTo(403);
        assertThat(editor.post(UCLG + "/unpublish", List.of(Map.entry("_csrf", csrf))).statusCode()).isEqualTo(403);
        HttpResponse<String> api = f.send("POST", "/.rest/commands/v2/default/publish", "editor", PUBLISH);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(TestSite.JSON.readTree(api.body()).path("error").path("code").asText()).isEqualTo("accessDenied");
        notPublic();
        assertThat(editor.get("/.author/users").statusCode()).isEqualTo(403);
        assertThat(f.send("GET", "/.rest/users/v1", "editor", null).statusCode()).isEqualTo(403);
    }

    @Test
    void aPublisherPublishesButCannotSave() throws Exception {
        UiClient publisher = UiClient.loggedIn(f, "publisher");
        Document form = UiClient.html(publisher.get(UCLG));
        assertThat(form.select(AuthorPublicationTest.PUBLISH)).hasSize(1);

        HttpResponse<String> save = publisher.submit(form, "form#edit", Map.of("p.acronym", "UCLG"), "save");
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(f.content.read("organization", "uclg").property("acronym")).isEmpty();
        assertThat(f.send("PUT", "/.rest/nodes/v1/organizations/uclg", "publisher", "{\"properties\":[]}").statusCode()).isEqualTo(403);

        HttpResponse<String> published = publisher.press(form, AuthorPublicationTest.PUBLISH, Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(f.content.read(Side.PUBLIC, "organization", "uclg").property("name")).hasValue("United Cities and Local Governments");
        assertThat(f.send("POST", "/.rest/commands/v2/default/unpublish", "publisher", PUBLISH).statusCode()).isEqualTo(200);
        notPublic();
        assertThat(publisher.get("/.author/users").statusCode()).isEqualTo(403);
    }

    @Test
    void theListNamesWhoEditedAndWhoPublishedAndTheVersionsWhoPublished() throws Exception {
        UiClient editor = UiClient.loggedIn(f, "editor");
        UiClient publisher = UiClient.loggedIn(f, "publisher");
        editor.submit(UiClient.html(editor.get(UCLG)), "form#edit", Map.of("p.acronym", "UCLG"), "save");
        assertThat(publisher.press(UiClient.html(publisher.get(UCLG)), AuthorPublicationTest.PUBLISH, Map.of()).statusCode()).isEqualTo(303);

        Document list = UiClient.html(editor.get("/.author/items/organization?q=UCLG"));
        var row = list.selectFirst("table.items tbody tr:has(code:containsOwn(uclg))");
        assertThat(row.select("td").last().text()).isEqualTo("editor");
        assertThat(row.selectFirst(".published-by").text()).isEqualTo("published by publisher");
        assertThat(UiClient.html(editor.get(UCLG)).selectFirst("ol.versions li").text()).contains("published ", " by publisher");
    }

    @Test
    void anAdminReachesTheUsersAndHasEveryRole() throws Exception {
        UiClient admin = UiClient.loggedIn(f, "admin");
        assertThat(admin.get("/.author/users").statusCode()).isEqualTo(200);
        assertThat(f.send("GET", "/.rest/users/v1", "admin", null).statusCode()).isEqualTo(200);
        assertThat(f.send("POST", "/.rest/commands/v2/default/publish", "admin", PUBLISH).statusCode()).isEqualTo(200);
    }
}
