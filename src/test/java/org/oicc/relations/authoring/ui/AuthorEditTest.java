package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.ItemInput;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing through the generated form: saved as the editor, refused whole when invalid, stale or forged. */
class AuthorEditTest {

    private static final String IULA = "/.author/items/organization/iula";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("editor", b -> b.authorAndPublic());

    private Document iula() throws Exception {
        return UiClient.html(ui.client.get(IULA));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> relationship(Item item, int i) {
        return ((List<Map<String, Object>>) item.properties().get("relationships")).get(i);
    }

    @Test
    void anEditorChangesTheAgreementRoleAndSeesItSaved() throws Exception {
        String agreement = ui.site.content.read("relationshipCategory", "cooperation-agreement").id();
        Document form = iula();
        assertThat(form.selectFirst("#f-relationships-2-category option[selected]").val()).isEqualTo(agreement);

        HttpResponse<String> r = ui.client.submit(form, "form#edit",
                Map.of("p.relationships.2.role", "Partner under the cooperation agreement", "p.acronym", "IULA-UCLG"), "save");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(IULA + "?msg=saved");
        Document after = UiClient.html(ui.client.get(IULA + "?msg=saved"));
        assertThat(after.selectFirst("[role=status]").text()).startsWith("Saved.");
        assertThat(after.selectFirst("#f-relationships-2-role").val()).isEqualTo("Partner under the cooperation agreement");
        Item saved = ui.site.content.read("organization", "iula");
        assertThat(saved.lastModifiedBy()).isEqualTo("editor");
        assertThat(saved.property("acronym")).hasValue("IULA-UCLG");
        assertThat(relationship(saved, 2)).containsEntry("role", "Partner under the cooperation agreement")
                .containsEntry("role_ar", "اتفاقية صداقة وتعاون").containsEntry("category", agreement);
        assertThat((List<?>) relationship(saved, 2).get("aims")).hasSize(5);
        assertThat(relationship(saved, 0)).containsEntry("role", "Member").containsEntry("position", 3L);
    }

    @Test
    void withoutTheCsrfTokenNothingIsSaved() throws Exception {
        Map<String, String> changes = new HashMap<>(Map.of("p.acronym", "FORGED"));
        changes.put("_csrf", null);
        HttpResponse<String> missing = ui.client.submit(iula(), "form#edit", changes, "save");
        HttpResponse<String> wrong = ui.client.submit(iula(), "form#edit", Map.of("p.acronym", "FORGED", "_csrf", "guess"), "save");

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(UiClient.html(missing).selectFirst("[role=alert]").text()).contains("Nothing was saved");
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("IULA");
    }

    @Test
    void aBadWebsiteIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
        HttpResponse<String> r = ui.client.submit(iula(), "form#edit", Map.of("p.website", "www.iula", "p.acronym", "CHANGED"), "save");

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = UiClient.html(r);
        assertThat(page.selectFirst("#f-website-err").text())
                .isEqualTo("Enter an absolute http or https address, for example https://www.example.org.");
        assertThat(page.selectFirst("#f-website").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#f-website").attr("aria-describedby")).isEqualTo("f-website-help f-website-err");
        assertThat(page.selectFirst("#f-website").val()).isEqualTo("www.iula");
        assertThat(page.selectFirst("#f-acronym").val()).isEqualTo("CHANGED");
        assertThat(page.selectFirst("[role=alert] a[href=#f-website]").text()).isEqualTo("Website");
        Item stored = ui.site.content.read("organization", "iula");
        assertThat(stored.property("acronym")).hasValue("IULA");
        assertThat(stored.property("website")).isEmpty();
    }

    @Test
    void problemsInsideEntriesLandOnTheirRowAndLanguage() throws Exception {
        HttpResponse<String> r = ui.client.submit(iula(), "form#edit", Map.of("p.relationships.1.category", "",
                "p.relationships.0.since", "someday", "p.name_ar", "", "p.name", ""), "save");

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = UiClient.html(r);
        assertThat(page.selectFirst("#f-relationships-1-category-err")).isNotNull();
        assertThat(page.selectFirst("#f-relationships-0-since-err")).isNotNull();
        assertThat(page.selectFirst("#f-name-err")).isNotNull();
        assertThat(page.selectFirst("#f-relationships-0-since").val()).isEqualTo("someday");
        assertThat(page.selectFirst("[role=alert] p").text()).isEqualTo("Not saved: 3 problems, shown below.");
        assertThat(ui.site.content.read("organization", "iula").property("name_ar")).hasValue("الاتحاد الدولي للسلطات المحلية");
    }

    @Test
    void aBlankRowOfAListIsLeftOutAndProblemsKeepTheirRow() throws Exception {
        Document added = iula();
        assertThat(added.select("#f-relationships-2-aims input[type=checkbox][checked]")).hasSize(5);

        HttpResponse<String> r = ui.client.submit(added, "form#edit", Map.of("p.relationships.2.aims",
                "not-an-id"), "save");
        // every aim replaced by one bad value: the problem is reported on that row, index 0 of what was sent
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(r).selectFirst("#f-relationships-2-aims-0-err")).isNotNull();
    }

    @Test
    void rowButtonsAddMoveAndRemoveEntriesWithoutSaving() throws Exception {
        Document added = UiClient.html(ui.client.submit(iula(), "form#edit", Map.of(), "add:p.relationships"));
        assertThat(added.select("fieldset.row")).hasSize(4);
        assertThat(added.selectFirst("#f-relationships-3-category option[selected]").val()).isEmpty();

        Document moved = UiClient.html(ui.client.submit(added, "form#edit", Map.of(), "up:p.relationships:2"));
        assertThat(moved.selectFirst("#f-relationships-1-role").val()).isEqualTo("Friendship and cooperation agreement");
        Document removed = UiClient.html(ui.client.submit(moved, "form#edit", Map.of(), "remove:p.relationships:3"));
        assertThat(removed.select("fieldset.row")).hasSize(3);
        assertThat(relationship(ui.site.content.read("organization", "iula"), 1)).containsEntry("role", "Member of the Executive Committee");

        assertThat(ui.client.submit(removed, "form#edit", Map.of(), "save").statusCode()).isEqualTo(303);
        assertThat(relationship(ui.site.content.read("organization", "iula"), 1)).containsEntry("role", "Friendship and cooperation agreement");
        assertThat(ui.client.submit(removed, "form#edit", Map.of(), "remove:p.relationships:9").statusCode()).isEqualTo(400);
    }

    @Test
    void aSaveOverANewerVersionIsRefusedAndKeepsTheInput() throws Exception {
        Document form = iula();
        ui.site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "THEIRS")), "admin");

        HttpResponse<String> r = ui.client.submit(form, "form#edit", Map.of("p.acronym", "MINE"), "save");

        assertThat(r.statusCode()).isEqualTo(412);
        Document page = UiClient.html(r);
        assertThat(page.selectFirst("[role=alert] p").text()).startsWith("Not saved: admin changed this item at ");
        assertThat(page.selectFirst("#f-acronym").val()).isEqualTo("MINE");
        assertThat(page.selectFirst("[role=alert] a").attr("href")).isEqualTo(IULA);
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("THEIRS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConflictTableNamesFieldsByTheirLabelsAndEntriesAndShowsValuesAsTheFormDoes() throws Exception {
        Document form = iula();
        Item stored = ui.site.content.read("organization", "iula");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) stored.properties().get("relationships")) {
            rows.add(new LinkedHashMap<>(row));
        }
        rows.get(2).put("since", "2003-04-05");
        rows.get(1).put("role_fr", "Membre élu du Comité exécutif");
        String oic = ui.site.content.read("organization", "oic").id();
        ui.site.content.update("organization", "iula", ItemInput.of(Map.of("relationships", rows, "parent", oic)), "admin");

        HttpResponse<String> r = ui.client.submit(form, "form#edit", Map.of("p.acronym", "MINE"), "save");

        assertThat(r.statusCode()).isEqualTo(412);
        Document page = UiClient.html(r);
        // field | when opened | now stored | your input (unchanged: the same as when opened)
        assertThat(page.select("table.changes tbody tr").eachText()).containsExactly(
                "Membership in International Organizations — Member of the Executive Committee: Role (French) "
                        + "Membre du Comité exécutif Membre élu du Comité exécutif Membre du Comité exécutif",
                "Parent organization Organization of the Islamic Conference (OIC)",
                "Friendship and Cooperation Agreements — Friendship and cooperation agreement: Since Apr 5, 2003");
        assertThat(page.select("table.changes").text()).doesNotContain("relationships", "[", oic);

        // in Arabic: the labels and entry titles of the Arabic UI, the date with Arabic digits
        assertThat(ui.client.post("/.author/language", List.of(Map.entry("lang", "ar"),
                Map.entry("_csrf", page.selectFirst("input[name=_csrf]").val()), Map.entry("next", IULA))).statusCode()).isEqualTo(303);
        Document arabic = iula();
        rows.get(2).put("since", "2004-04-05");
        ui.site.content.update("organization", "iula", ItemInput.of(Map.of("relationships", rows)), "admin");
        Document refused = UiClient.html(ui.client.submit(arabic, "form#edit", Map.of("p.acronym", "MINE"), "save"));
        assertThat(refused.select("table.changes tbody tr").eachText()).singleElement().asString()
                .contains("— Friendship and cooperation agreement: منذ ").contains("٢٠٠٣").contains("٢٠٠٤").doesNotContainPattern("[0-9]");
    }

    @Test
    void onlyEditorsSave() throws Exception {
        UiClient publisher = UiClient.loggedIn(ui.site, "publisher");
        Document form = UiClient.html(publisher.get(IULA));
        assertThat(form.select("button[value=save]")).isEmpty();

        HttpResponse<String> r = publisher.submit(form, "form#edit", Map.of("p.acronym", "PUB"), "save");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("IULA");
    }

    @Test
    void markupInContentIsShownAsText() throws Exception {
        String name = "<script>alert(1)</script> & \"Co\"";
        ui.site.content.update("organization", "iula", ItemInput.of(Map.of("name", name)), "admin");

        HttpResponse<String> list = ui.client.get("/.author/items/organization?q=script");
        HttpResponse<String> form = ui.client.get(IULA);

        for (HttpResponse<String> r : List.of(list, form)) {
            assertThat(r.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;");
        }
        assertThat(UiClient.html(list).select("table.items tbody tr")).hasSize(1);
        assertThat(UiClient.html(form).selectFirst("#f-name").val()).isEqualTo(name);
        assertThat(UiClient.html(form).selectFirst("h1").text()).isEqualTo(name);
    }

    @Test
    void anEditorCreatesAnItemWithANodeName() throws Exception {
        Document blank = UiClient.html(ui.client.get("/.author/items/organization/_new"));
        HttpResponse<String> bad = ui.client.submit(blank, "form#edit", Map.of("_name", "Not A Slug"), "save");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(bad).selectFirst("#f-at-name-err")).isNotNull();
        assertThat(UiClient.html(bad).selectFirst("#f-name-err")).isNotNull();

        HttpResponse<String> ok = ui.client.submit(blank, "form#edit", Map.of("_name", "uclg",
                "p.name", "United Cities and Local Governments", "p.website", "https://www.uclg.org"), "save");
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/.author/items/organization/uclg?msg=created");
        assertThat(ui.site.content.read("organization", "uclg").createdBy()).isEqualTo("editor");
    }

    @Test
    void theListSearchesAndSorts() throws Exception {
        Document found = UiClient.html(ui.client.get("/.author/items/organization?q=LOCAL"));
        assertThat(found.select("table.items tbody td:first-child").eachText())
                .containsExactly("International Council for Local Environmental Initiatives", "International Union of Local Authorities");
        assertThat(UiClient.html(ui.client.get("/.author/items/organization?q=iula")).select("table.items tbody tr")).hasSize(1);

        ui.site.content.update("organization", "unicef", ItemInput.of(Map.of("acronym", "UNICEF")), "admin");
        Document recent = UiClient.html(ui.client.get("/.author/items/organization?sort=-modified"));
        assertThat(recent.selectFirst("table.items tbody td:nth-child(3)").text()).isEqualTo("unicef");
        Document byName = UiClient.html(ui.client.get("/.author/items/organization"));
        List<String> names = byName.select("table.items tbody td:first-child").eachText();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }
}
