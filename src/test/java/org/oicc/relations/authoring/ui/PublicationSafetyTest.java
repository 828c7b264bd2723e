package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.authoring.publication.SeedVersions;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.repository.Side;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unpublish, delete and restore ask before they act (a POST without the confirmation changes
 * nothing), unpublish names the public items that refer to the item, the status reads
 * "Unpublished" afterwards, versions carry who, when and a note and compare with the draft, and
 * the seed starts with a first version.
 */
class PublicationSafetyTest {

    private static final String LEAGUE = "/.author/items/organization/league-of-arab-states";
    private static final String IULA = "/.author/items/organization/iula";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.authorAndPublic());

    private String csrf(Document page) {
        return page.selectFirst("input[name=_csrf]").val();
    }

    @Test
    void unpublishWithoutConfirmationChangesNothingAndNamesTheReferringPublicItems() throws Exception {
        Document form = UiClient.html(ui.client.get(LEAGUE));
        assertThat(form.selectFirst("form[action$=/unpublish]").hasAttr("data-confirm")).isTrue();

        HttpResponse<String> asked = ui.client.post(LEAGUE + "/unpublish", List.of(Map.entry("_csrf", csrf(form))));

        assertThat(asked.statusCode()).isEqualTo(200);
        Document question = UiClient.html(asked);
        assertThat(question.selectFirst(".confirm-step h1").text()).isEqualTo("Unpublish Organization “League of Arab States”?");
        assertThat(question.select(".confirm-step .referrers li").eachText())
                .containsExactly("Organization “Arab League Educational, Cultural and Scientific Organization”");
        assertThat(question.select(".confirm-step .referrers a").eachAttr("href")).containsExactly("/.author/items/organization/alecso");
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "league-of-arab-states").name()).isEqualTo("league-of-arab-states");
        assertThat(UiClient.html(ui.client.get(LEAGUE)).selectFirst(".heading .status").text()).isEqualTo("Published");

        HttpResponse<String> done = ui.client.confirm(asked);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThatThrownBy(() -> ui.site.content.read(Side.PUBLIC, "organization", "league-of-arab-states"))
                .isInstanceOf(NoSuchItemException.class);
        Document after = UiClient.html(ui.client.get(LEAGUE + "?msg=unpublished"));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("Unpublished: “League of Arab States” is no longer on the public site.");
        assertThat(after.selectFirst(".heading .status").text()).isEqualTo("Unpublished");
        assertThat(after.select("form[action$=/unpublish]")).isEmpty();
        assertThat(after.select("ol.versions li")).isNotEmpty();
    }

    @Test
    void aCategoryUsedByThePageNamesThePageAndTheOrganizations() throws Exception {
        String membership = "/.author/items/relationshipCategory/membership";
        Document form = UiClient.html(ui.client.get(membership));
        Document question = UiClient.html(ui.client.post(membership + "/unpublish", List.of(Map.entry("_csrf", csrf(form)))));
        assertThat(question.select(".referrers li").eachText()).contains("Page “Regional and International relations”",
                "Organization “International Union of Local Authorities”");
        assertThat(ui.site.content.read(Side.PUBLIC, "relationshipCategory", "membership").name()).isEqualTo("membership");
    }

    @Test
    void deleteAndRestoreWithoutConfirmationChangeNothing() throws Exception {
        ui.site.content.create("organization", "uclg", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "admin");
        String uclg = "/.author/items/organization/uclg";
        Document form = UiClient.html(ui.client.get(uclg));
        HttpResponse<String> delete = ui.client.post(uclg + "/delete", List.of(Map.entry("_csrf", csrf(form))));
        assertThat(delete.statusCode()).isEqualTo(200);
        assertThat(UiClient.html(delete).selectFirst(".confirm-step h1").text())
                .isEqualTo("Delete Organization “United Cities and Local Governments”?");
        assertThat(ui.site.content.read("organization", "uclg").name()).isEqualTo("uclg");

        ui.client.submit(UiClient.html(ui.client.get(IULA)), "form#edit", Map.of("p.acronym", "IULA-X"), "save");
        Document iula = UiClient.html(ui.client.get(IULA));
        HttpResponse<String> restore = ui.client.post(IULA + "/restore", List.of(Map.entry("_csrf", csrf(iula)), Map.entry("version", "1.0")));
        assertThat(restore.statusCode()).isEqualTo(200);
        Document question = UiClient.html(restore);
        assertThat(question.select(".version-diff tbody tr").eachText()).containsExactly("Acronym IULA-X IULA");
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("IULA-X");

        ui.client.confirm(restore);
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("IULA");
    }

    @Test
    void theSeedHasAFirstVersionAndANewVersionKeepsItsNoteAndComparesWithTheDraft() throws Exception {
        Document iula = UiClient.html(ui.client.get(IULA));
        assertThat(iula.select("ol.versions li")).hasSize(1);
        assertThat(iula.selectFirst("ol.versions li").text()).startsWith("Version 1.0 published ")
                .contains("by bootstrap").contains(SeedVersions.NOTE);

        HttpResponse<String> published = ui.client.press(iula, AuthorPublicationTest.PUBLISH,
                Map.of("p.acronym", "IULA-UCLG", "_note", "Acronym after the merger"));
        assertThat(published.statusCode()).isEqualTo(303);
        ui.client.submit(UiClient.html(ui.client.get(IULA)), "form#edit", Map.of("p.website", "https://www.uclg.org", "p.name_fr",
                "Union internationale des villes"), "save");

        Document form = UiClient.html(ui.client.get(IULA));
        assertThat(form.select("ol.versions li")).hasSize(2);
        assertThat(form.selectFirst("ol.versions li").text()).contains("by admin").contains("Acronym after the merger");

        Document diff = UiClient.html(ui.client.get(IULA + "/versions/1.1"));
        assertThat(diff.selectFirst("h1").text()).isEqualTo("Version 1.1 of Organization “International Union of Local Authorities”");
        assertThat(diff.select(".version-meta dd").eachText().get(2)).isEqualTo("Acronym after the merger");
        assertThat(diff.select(".version-diff tbody tr").eachAttr("data-field")).containsExactly("name_fr", "website");
        assertThat(diff.selectFirst(".version-diff tr[data-field=website] th").text()).isEqualTo("Website");
        assertThat(diff.selectFirst(".version-diff tr[data-field=name_fr] th").text()).isEqualTo("Name (French)");
        assertThat(diff.selectFirst(".version-diff tr[data-field=website] td:nth-of-type(2)").text()).isEqualTo("https://www.uclg.org");

        Document seed = UiClient.html(ui.client.get(IULA + "/versions/1.0"));
        assertThat(seed.select(".version-diff tbody tr").eachAttr("data-field")).contains("acronym", "name_fr", "website");
        assertThat(ui.client.get(IULA + "/versions/9.9").statusCode()).isEqualTo(404);
    }

    @Test
    void anOverlongNoteIsRefusedAndNothingIsPublished() throws Exception {
        Document iula = UiClient.html(ui.client.get(IULA));
        HttpResponse<String> r = ui.client.press(iula, AuthorPublicationTest.PUBLISH, Map.of("p.acronym", "X", "_note", "n".repeat(501)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("IULA");
        assertThat(UiClient.html(ui.client.get(IULA)).select("ol.versions li")).hasSize(1);
    }
}
