package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.repository.Side;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publish, unpublish and versions from the form page; the status the list shows at each step. */
class AuthorPublicationTest {

    /** The side panel's Publish: a button of the edit form, sent to {@code …/publish}. */
    static final String PUBLISH = "button[formaction$=/publish]:not([name])";


    private static final String UCLG = "/.author/items/organization/uclg";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.authorAndPublic());

    @BeforeEach
    void start() throws Exception {
        ui.site.content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "admin");
    }

    private static void awaitTheNextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() <= now) {
            Thread.onSpinWait();
        }
    }

    private String statusInList(UiClient c, String name) throws Exception {
        // the search looks at names and acronyms, not node names: the seed's 26 fit on the first page
        Document list = UiClient.html(c.get("/.author/items/organization"));
        return list.selectFirst("table.items tbody tr:has(code:containsOwn(" + name + ")) .status").text();
    }

    @Test
    void publishingNeedsThePublisherRole() throws Exception {
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        Document form = UiClient.html(editor.get(UCLG));
        assertThat(form.select(PUBLISH)).isEmpty();
        assertThat(form.selectFirst(".side .hint").text()).isEqualTo("Publishing needs the publisher role.");

        HttpResponse<String> r = editor.post(UCLG + "/publish", List.of(Map.entry("_csrf", form.selectFirst("input[name=_csrf]").val())));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> ui.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
        assertThat(UiClient.html(UiClient.loggedIn(ui.site, "publisher").get(UCLG)).select(PUBLISH)).hasSize(1);
    }

    @Test
    void publishingWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(ui.client.post(UCLG + "/publish", List.of()).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> ui.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void theListFollowsNeverPublishedThenPublishedThenModified() throws Exception {
        assertThat(statusInList(ui.client, "uclg")).isEqualTo("Never published");

        HttpResponse<String> published = ui.client.press(UiClient.html(ui.client.get(UCLG)), PUBLISH, Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location")).hasValue(UCLG + "?msg=published");
        assertThat(statusInList(ui.client, "uclg")).isEqualTo("Published");
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "uclg").property("name")).hasValue("United Cities and Local Governments");

        awaitTheNextMillisecond(); // the modification must be later than the publication, at millisecond precision
        ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form#edit", Map.of("p.acronym", "UCLG"), "save");
        assertThat(statusInList(ui.client, "uclg")).isEqualTo("Modified since published");
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "uclg").property("acronym")).isEmpty();

        HttpResponse<String> unpublished = ui.client.confirm(ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form[action$=/unpublish]", Map.of(), null));
        assertThat(unpublished.headers().firstValue("Location")).hasValue(UCLG + "?msg=unpublished");
        assertThatThrownBy(() -> ui.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void aDraftCanBeDeletedButAPublishedOrReferencedItemCannot() throws Exception {
        String league = "/.author/items/organization/league-of-arab-states";
        Document leagueForm = UiClient.html(ui.client.get(league));
        if (!leagueForm.select("form[action$=/unpublish]").isEmpty()) {
            ui.client.confirm(ui.client.submit(leagueForm, "form[action$=/unpublish]", Map.of(), null));
        }
        HttpResponse<String> referenced = ui.client.confirm(ui.client.submit(UiClient.html(ui.client.get(league)), "form[action$=/delete]", Map.of(), null));
        assertThat(referenced.statusCode()).isEqualTo(409);
        assertThat(UiClient.html(referenced).text()).contains("alecso");
        assertThat(ui.site.content.read("organization", "league-of-arab-states").name()).isEqualTo("league-of-arab-states");

        ui.client.press(UiClient.html(ui.client.get(UCLG)), PUBLISH, Map.of());
        Document published = UiClient.html(ui.client.get(UCLG));
        assertThat(published.select("form[action$=/delete]")).as("a published item offers no delete").isEmpty();
        assertThat(ui.client.post(UCLG + "/delete", List.of(Map.entry("_csrf", published.selectFirst("input[name=_csrf]").val())))
                .statusCode()).isEqualTo(409);
        assertThat(ui.site.content.read("organization", "uclg").name()).isEqualTo("uclg");

        ui.client.confirm(ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form[action$=/unpublish]", Map.of(), null));
        HttpResponse<String> deleted = ui.client.confirm(ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form[action$=/delete]", Map.of(), null));
        assertThat(deleted.headers().firstValue("Location")).hasValue("/.author/items/organization?msg=deleted");
        assertThatThrownBy(() -> ui.site.content.read("organization", "uclg")).isInstanceOf(NoSuchItemException.class);
        assertThat(UiClient.html(ui.client.get("/.author/items/organization?msg=deleted")).selectFirst("[role=status]").text())
                .isEqualTo("Deleted.");
    }

    @Test
    void unpublishedReferencesAreListedWithAnOfferToPublishThemToo() throws Exception {
        ui.site.content.create("relationshipCategory", "partnership", ItemInput.of(Map.of("title", "Partnership")), "admin");
        String category = ui.site.content.read("relationshipCategory", "partnership").id();
        ui.site.content.update("organization", "uclg", ItemInput.of(Map.of("relationships", List.of(Map.of("category", category)))), "admin");

        HttpResponse<String> refused = ui.client.press(UiClient.html(ui.client.get(UCLG)), PUBLISH, Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = UiClient.html(refused);
        assertThat(page.select("ul.references li").eachText()).containsExactly("Relationship category “Partnership”");
        assertThat(page.select("ul.references li a").eachAttr("href")).containsExactly("/.author/items/relationshipCategory/partnership");
        assertThatThrownBy(() -> ui.site.content.read(Side.PUBLIC, "organization", "uclg")).isInstanceOf(NoSuchItemException.class);

        HttpResponse<String> both = ui.client.press(page, "[role=alert] button[name=withReferences]", Map.of());
        assertThat(both.statusCode()).isEqualTo(303);
        assertThat(ui.site.content.read(Side.PUBLIC, "relationshipCategory", "partnership").property("title")).hasValue("Partnership");
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "uclg").name()).isEqualTo("uclg");
    }

    @Test
    void aPublishedVersionIsRestoredAsADraft() throws Exception {
        ui.client.press(UiClient.html(ui.client.get(UCLG)), PUBLISH, Map.of());
        ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form#edit", Map.of("p.acronym", "UCLG"), "save");
        ui.client.press(UiClient.html(ui.client.get(UCLG)), PUBLISH, Map.of());
        ui.client.submit(UiClient.html(ui.client.get(UCLG)), "form#edit", Map.of("p.acronym", "CGLU"), "save");

        Document form = UiClient.html(ui.client.get(UCLG));
        assertThat(form.select("ol.versions li")).hasSize(2);
        assertThat(form.selectFirst("ol.versions li").text()).startsWith("Version 1.1 published ")
                .endsWith("by admin Compare with the draft (version 1.1) Restore version 1.1");

        HttpResponse<String> r = ui.client.confirm(ui.client.submit(form, "ol.versions li:last-child form", Map.of(), null));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(UCLG + "?msg=restored");
        Document after = UiClient.html(ui.client.get(UCLG + "?msg=restored"));
        assertThat(after.selectFirst("[role=status]").text()).startsWith("The version was restored as a draft.");
        assertThat(after.selectFirst("#f-acronym").val()).isEmpty();
        assertThat(ui.site.content.read("organization", "uclg").property("acronym")).isEmpty();
        assertThat(statusInList(ui.client, "uclg")).isEqualTo("Modified since published");
        assertThat(ui.client.post(UCLG + "/restore", List.of(Map.entry("_csrf", form.selectFirst("input[name=_csrf]").val()),
                Map.entry("version", "9.9"))).statusCode()).isEqualTo(404);
    }
}
