package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Over HTTP: the lists' "missing Arabic/French" filter and translation column, the translation
 * beside its source in the form, translated lists row by row, bulk publish (roles, bad input,
 * one result per item) and the URL name proposed for a new item left without one.
 */
class TranslationsAndBulkPublishTest {

    private static final String LIST = "/.author/items/organization";

    @TempDir
    static Path data;
    private static TestSite f;
    private static UiClient editor;
    private static UiClient publisher;

    @BeforeAll
    static void start() throws Exception {
        f = TestSite.builder().authorAndPublic().authorUi().start(data);
        editor = UiClient.loggedIn(f, "editor");
        publisher = UiClient.loggedIn(f, "publisher");
    }

    @AfterAll
    static void stop() throws Exception {
        f.close();
    }

    private static Document page(UiClient c, String path) throws Exception {
        HttpResponse<String> r = c.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return UiClient.html(r);
    }

    private static List<String> items(Document list) {
        return list.select("table.items tbody tr[data-item]").eachAttr("data-item");
    }

    private static String csrf(Document page) {
        return page.selectFirst("input[name=_csrf]").val();
    }

    @Test
    void theMissingArabicFilterFindsTheSeedOrganizationsWithoutAnArabicName() throws Exception {
        Document missing = page(editor, LIST + "?missing=ar");
        // in name order: Euro-Arab Cooperation Center, International Association of Metropolis, Organization of Islamic Shipowners
        assertThat(items(missing)).containsExactly("vea", "metropolis", "oisa");
        assertThat(missing.selectFirst("#count").text()).isEqualTo("1–3 of 3");
        assertThat(missing.selectFirst(".list-filter a[aria-current]").attr("data-missing")).isEqualTo("ar");
        // the filter stays with the search, the sort and the pages
        assertThat(missing.selectFirst("form.search input[name=missing]").val()).isEqualTo("ar");
        assertThat(items(page(editor, LIST + "?missing=ar&q=metro"))).containsExactly("metropolis");
        assertThat(items(page(editor, LIST + "?missing=ar&sort=-name"))).containsExactly("oisa", "metropolis", "vea");
        assertThat(items(page(editor, LIST + "?missing=fr"))).containsExactly("vea", "metropolis", "oisa");

        Document all = page(editor, LIST);
        assertThat(all.select("thead th").eachText()).contains("Category", "Translations");
        assertThat(all.selectFirst("tr[data-item=metropolis] .tr[data-locale=ar]").text()).isEqualTo("Arabic: 1 missing translation");
        assertThat(all.selectFirst("tr[data-item=iula] .tr[data-locale=ar]").text()).isEqualTo("Arabic: complete");
        assertThat(all.selectFirst("tr[data-item=iula] td.groups").text())
                .isEqualTo("Membership in International Organizations, Friendship and Cooperation Agreements");
    }

    @Test
    void theFilterFollowsEdits() throws Exception {
        f.content.create("organization", "no-arabic-yet", ItemInput.of(Map.of("name", "Zeta Forum", "name_ar", "منتدى زيتا")), "admin");
        assertThat(items(page(editor, LIST + "?missing=ar"))).doesNotContain("no-arabic-yet");
        assertThat(items(page(editor, LIST + "?missing=fr"))).contains("no-arabic-yet");
        f.content.update("organization", "no-arabic-yet", ItemInput.of(Map.of("name_fr", "Forum Zêta")), "admin");
        assertThat(items(page(editor, LIST + "?missing=fr"))).doesNotContain("no-arabic-yet");
        f.content.delete("organization", "no-arabic-yet", "admin");
    }

    @Test
    void aMissingRichTextTranslationIsCountedInTheListAndFoundByTheFilter() throws Exception {
        // every name translated: only the description (rich text) lacks its Arabic and French
        f.content.create("organization", "rich-only", ItemInput.of(Map.of("name", "Rho Council", "name_ar", "مجلس رو",
                "name_fr", "Conseil Rhô", "description", "<p>Works on <strong>water</strong>.</p>")), "admin");
        try {
            assertThat(items(page(editor, LIST + "?missing=ar"))).contains("rich-only");
            assertThat(items(page(editor, LIST + "?missing=fr"))).contains("rich-only");
            Document list = page(editor, LIST + "?q=rho");
            assertThat(list.selectFirst("tr[data-item=rich-only] .tr[data-locale=ar]").text()).isEqualTo("Arabic: 1 missing translation");
            // the list counts what the form marks
            assertThat(page(editor, LIST + "/rich-only").selectFirst("label[for=tab-ar] [data-missing-count]").attr("data-missing-count"))
                    .isEqualTo("1");

            // an emptied editor's leftovers are no translation
            f.content.update("organization", "rich-only", ItemInput.of(Map.of("description_ar", "<p>&nbsp;</p>")), "admin");
            assertThat(items(page(editor, LIST + "?missing=ar"))).contains("rich-only");
            assertThat(page(editor, LIST + "/rich-only").select("#f-description_ar-src [data-missing]")).hasSize(1);

            f.content.update("organization", "rich-only", ItemInput.of(Map.of("description_ar", "<p>يعمل في مجال <strong>المياه</strong>.</p>")), "admin");
            assertThat(items(page(editor, LIST + "?missing=ar"))).doesNotContain("rich-only");
            assertThat(items(page(editor, LIST + "?missing=fr"))).contains("rich-only");
            assertThat(page(editor, LIST + "?q=rho").selectFirst("tr[data-item=rich-only] .tr[data-locale=ar]").text())
                    .isEqualTo("Arabic: complete");
        } finally {
            f.content.delete("organization", "rich-only", "admin");
        }
    }

    @Test
    void theFieldsEditorsAskAboutHaveHelpTiedToTheirControlsInEachLanguage() throws Exception {
        Document iula = page(editor, LIST + "/iula");
        assertThat(iula.selectFirst("#f-logo").attr("aria-describedby")).isEqualTo("f-logo-help f-logo-hint");
        assertThat(iula.selectFirst("#f-logo-help").text()).startsWith("The organization’s logo, shown on its page");
        assertThat(iula.selectFirst("#f-relationships-0-position").attr("aria-describedby")).contains("f-relationships-0-position-help");
        assertThat(iula.selectFirst("#f-relationships-0-position-help").text()).startsWith("Its place among the entries of its category");
        assertThat(iula.selectFirst("#f-relationships-0-category").attr("aria-describedby")).contains("f-relationships-0-category-help");
        assertThat(iula.selectFirst("#f-relationships-0-category-help").text()).endsWith("has one entry for each.");
        Document created = page(editor, LIST + "/_new");
        assertThat(created.selectFirst("#f-at-name").attr("aria-describedby")).isEqualTo("f-at-name-help");
        assertThat(created.selectFirst("#f-at-name-help").text()).startsWith("The last part of the organization’s address on the site");
    }

    @Test
    void aFilterOnAnUnknownLanguageIsRefusedClearly() throws Exception {
        for (String bad : List.of("de", "en", "ar%27%3E")) {
            HttpResponse<String> r = editor.get(LIST + "?missing=" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(UiClient.html(r).text()).contains("The list can show items missing a translation in Arabic, French");
        }
    }

    @Test
    void aTranslationShowsItsSourceBesideItAndIsMarkedWhenMissing() throws Exception {
        Document metropolis = page(editor, LIST + "/metropolis");
        assertThat(metropolis.selectFirst("#f-name_ar").attr("aria-describedby")).isEqualTo("f-name_ar-src");
        assertThat(metropolis.selectFirst("#f-name_ar-src .source-text").text()).isEqualTo("International Association of Metropolis");
        assertThat(metropolis.selectFirst("#f-name_ar-src .source-text").attr("lang")).isEqualTo("en");
        assertThat(metropolis.selectFirst("#f-name_ar-src .source-text").attr("dir")).isEqualTo("ltr");
        assertThat(metropolis.select("#f-name_ar-src [data-missing]")).hasSize(1);
        assertThat(metropolis.selectFirst("label[for=tab-ar] [data-missing-count]").attr("data-missing-count")).isEqualTo("1");
        assertThat(metropolis.select("#f-name-src")).isEmpty(); // the default language translates nothing

        Document iula = page(editor, LIST + "/iula");
        assertThat(iula.selectFirst("#f-relationships-1-role_ar-src .source-text").text()).isEqualTo("Member of the Executive Committee");
        assertThat(iula.select(".l10n-ar [data-missing]")).isEmpty();
        assertThat(iula.select("label[for=tab-ar] [data-missing-count]")).isEmpty();
        // rows are titled by category and role, folded unless new or wrong
        assertThat(iula.select("details.row-fold > summary .row-title").eachText()).containsExactly(
                "Membership in International Organizations — Member",
                "Membership in International Organizations — Member of the Executive Committee",
                "Friendship and Cooperation Agreements — Friendship and cooperation agreement");
        assertThat(iula.select("details.row-fold[open]")).isEmpty();
        // help text from the bundles, tied to its control
        assertThat(iula.selectFirst("#f-website").attr("aria-describedby")).isEqualTo("f-website-help");
        assertThat(iula.selectFirst("#f-website-help").text()).isEqualTo("The full address, starting with https://");
    }

    @Test
    void translatedDomainsAreEditedRowByRow() throws Exception {
        String aim = "/.author/items/agreementAim/exchange-of-expertise";
        Document form = page(editor, aim);
        assertThat(form.select("#f-domains li.pair")).hasSize(4);
        assertThat(form.selectFirst("#f-domains_ar-2-src .source-text").text()).isEqualTo("protection of the environment");

        // one Add makes a row in every language; English typed, Arabic and French left for later
        Document added = UiClient.html(editor.submit(form, "form#edit", Map.of(), "add:p.domains"));
        assertThat(added.select("#f-domains li.pair")).hasSize(5);
        assertThat(added.select("input[name=p.domains_ar]")).hasSize(5);
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (var kv : ((org.jsoup.nodes.FormElement) added.selectFirst("form#edit")).formData()) {
            if (!kv.key().equals("_action")) {
                fields.add(Map.entry(kv.key(), kv.value()));
            }
        }
        fields.replaceAll(e -> e.getKey().equals("p.domains") && e.getValue().isEmpty() ? Map.entry("p.domains", "urban transport") : e);
        fields.add(Map.entry("_action", "save"));
        assertThat(editor.post(aim, fields).statusCode()).isEqualTo(303);
        var saved = f.content.read("agreementAim", "exchange-of-expertise");
        assertThat((List<?>) saved.properties().get("domains")).hasSize(5).last().isEqualTo("urban transport");
        assertThat((List<?>) saved.properties().get("domains_ar")).hasSize(4);
        Document after = page(editor, aim);
        assertThat(after.select("#f-domains_ar-4-src [data-missing]")).hasSize(1);
        assertThat(after.selectFirst("label[for=tab-ar] [data-missing-count]").attr("data-missing-count")).isEqualTo("1");

        // removing a row removes it in every language, so the rest stay paired
        Document removed = UiClient.html(editor.submit(after, "form#edit", Map.of(), "remove:p.domains:0"));
        assertThat(removed.selectFirst("#f-domains_ar-0").val()).isEqualTo("إدارة المدن والمرافق العامة");
        assertThat(removed.selectFirst("#f-domains-0").val()).isEqualTo("city and public facilities management");
        assertThat(editor.submit(removed, "form#edit", Map.of(), "remove:p.domains:9").statusCode()).isEqualTo(400);
    }

    @Test
    void bulkPublishPublishesTheTickedItemsWithOneResultEach() throws Exception {
        f.content.update("organization", "atu", ItemInput.of(Map.of("website", "https://atu.example.org")), "editor");
        f.content.update("organization", "ato", ItemInput.of(Map.of("website", "https://ato.example.org")), "editor");
        Document list = page(publisher, LIST);
        assertThat(list.select("input[type=checkbox][form=bulk][name=item]")).hasSizeGreaterThan(20);
        HttpResponse<String> r = publisher.post(LIST + "/_publish",
                List.of(Map.entry("_csrf", csrf(list)), Map.entry("item", "atu"), Map.entry("item", "ato")));
        assertThat(r.statusCode()).isEqualTo(200);
        Document result = UiClient.html(r);
        assertThat(result.selectFirst("#bulk-summary").text()).isEqualTo("2 of 2 items published.");
        assertThat(result.select("tr[data-item]").eachAttr("data-item")).containsExactly("atu", "ato");
        assertThat(result.select("tr.done td:last-child").eachText()).containsExactly("Published.", "Published.");
        assertThat(f.content.read(Side.PUBLIC, "organization", "atu").property("website")).hasValue("https://atu.example.org");
        assertThat(f.content.read(Side.PUBLIC, "organization", "ato").property("website")).hasValue("https://ato.example.org");
        assertThat(f.content.read(Side.PUBLIC, "organization", "ato").lastModifiedBy()).isEqualTo("editor");
    }

    @Test
    void bulkPublishRefusesEditorsAndBadInputAndPublishesNothing() throws Exception {
        f.content.update("organization", "cedare", ItemInput.of(Map.of("website", "https://cedare.example.org")), "editor");
        String before = String.valueOf(f.content.read(Side.PUBLIC, "organization", "cedare").property("website").orElse(""));

        Document editorList = page(editor, LIST);
        assertThat(editorList.select("form#bulk, input[name=item]")).isEmpty();
        HttpResponse<String> refused = editor.post(LIST + "/_publish", List.of(Map.entry("_csrf", csrf(editorList)), Map.entry("item", "cedare")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(UiClient.html(refused).text()).contains("This needs the publisher role");

        String token = csrf(page(publisher, LIST));
        Map<List<Map.Entry<String, String>>, String> bad = Map.of(
                List.of(Map.entry("_csrf", token)), "Tick at least one item to publish; nothing was published.",
                List.of(Map.entry("_csrf", token), Map.entry("item", "cedare"), Map.entry("item", "no-such-org")),
                "There is no item “no-such-org” (deleted meanwhile?); nothing was published.",
                List.of(Map.entry("_csrf", token), Map.entry("item", "cedare"), Map.entry("item", "../x")),
                "“../x” is no item name; nothing was published.",
                List.of(Map.entry("item", "cedare")), "This form did not come from your current session");
        for (var e : bad.entrySet()) {
            HttpResponse<String> r = publisher.post(LIST + "/_publish", e.getKey());
            assertThat(r.statusCode()).as(e.getValue()).isIn(400, 403);
            assertThat(UiClient.html(r).text()).contains(e.getValue());
        }
        List<Map.Entry<String, String>> tooMany = new java.util.ArrayList<>(List.of(Map.entry("_csrf", token)));
        for (int i = 0; i < 51; i++) {
            tooMany.add(Map.entry("item", "item-" + i));
        }
        assertThat(publisher.post(LIST + "/_publish", tooMany).statusCode()).isEqualTo(400);
        assertThat(publisher.get(LIST + "/_publish").statusCode()).isEqualTo(404);
        assertThat(String.valueOf(f.content.read(Side.PUBLIC, "organization", "cedare").property("website").orElse(""))).isEqualTo(before);
    }

    @Test
    void theFilterTheSourceAndBulkPublishSpeakArabicAndFrench() throws Exception {
        UiClient admin = UiClient.loggedIn(f, "admin");
        assertThat(admin.post("/.author/language", List.of(Map.entry("lang", "ar"),
                Map.entry("_csrf", csrf(page(admin, LIST))), Map.entry("next", LIST))).statusCode()).isEqualTo(303);
        Document ar = page(admin, LIST + "?missing=ar");
        assertThat(ar.select(".list-filter a").eachText()).containsExactly("الكل", "ينقصها العربية", "ينقصها الفرنسية");
        assertThat(ar.selectFirst("form#bulk button").text()).isEqualTo("نشر المحدد");
        assertThat(ar.selectFirst("tr[data-item=oisa] .tr[data-locale=ar]").text()).isEqualTo("العربية: ترجمة واحدة ناقصة");
        Document form = page(admin, LIST + "/metropolis");
        assertThat(form.selectFirst("#f-name_ar-src [data-missing]").text()).isEqualTo("لم يُترجم بعد");
        assertThat(form.selectFirst("#f-name_ar-src .source-label").text()).isEqualTo("الإنجليزية:");
        assertThat(form.selectFirst("#f-website-help").text()).isEqualTo("العنوان الكامل، ويبدأ بـ https://");
        HttpResponse<String> none = admin.post(LIST + "/_publish", List.of(Map.entry("_csrf", csrf(form))));
        assertThat(UiClient.html(none).select("main").text()).contains("حدّد عنصرًا واحدًا على الأقل لنشره؛ لم يُنشر شيء.");

        assertThat(admin.post("/.author/language", List.of(Map.entry("lang", "fr"),
                Map.entry("_csrf", csrf(form)), Map.entry("next", LIST))).statusCode()).isEqualTo(303);
        Document fr = page(admin, LIST + "?missing=fr");
        assertThat(fr.select(".list-filter a").eachText()).containsExactly("Tout", "Sans arabe", "Sans français");
        assertThat(fr.selectFirst("form#bulk button").text()).isEqualTo("Publier la sélection");
        assertThat(page(admin, LIST + "/metropolis").selectFirst("#f-name_fr-src [data-missing]").text()).isEqualTo("Pas encore traduit");
    }

    @Test
    void aNewItemLeftWithoutAUrlNameGetsOneFromItsAcronymOrName() throws Exception {
        String create = LIST + "/_new";
        try {
            proposals(create);
        } finally {
            for (String name : List.of("uclg", "uclg-2", "reseau-des-villes-dete", "my-choice")) {
                try {
                    f.content.delete("organization", name, "admin");
                } catch (NoSuchItemException e) {
                    // not created: the assertion that failed says why
                }
            }
        }
        assertThatThrownBy(() -> f.content.read("organization", "uclg")).isInstanceOf(NoSuchItemException.class);
    }

    private void proposals(String create) throws Exception {
        Document form = page(editor, create);
        assertThat(form.selectFirst("#f-at-name").attr("data-propose-from")).isEqualTo("f-acronym f-name");
        assertThat(form.selectFirst("#f-at-name").attr("aria-describedby")).isEqualTo("f-at-name-help");

        HttpResponse<String> first = editor.submit(form, "form#edit", Map.of("_name", "", "p.name", "United Cities and Local Governments",
                "p.acronym", "UCLG"), "save");
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith(LIST + "/uclg?msg=created");
        HttpResponse<String> second = editor.submit(form, "form#edit", Map.of("_name", "", "p.name", "UCLG Middle East",
                "p.acronym", "U.C.L.G"), "save");
        assertThat(second.headers().firstValue("Location").orElse("")).endsWith(LIST + "/uclg-2?msg=created");
        HttpResponse<String> byName = editor.submit(form, "form#edit", Map.of("_name", "", "p.name", "Réseau des Villes d'Été"), "save");
        assertThat(byName.headers().firstValue("Location").orElse("")).endsWith(LIST + "/reseau-des-villes-dete?msg=created");
        // a name typed by the editor is kept as typed
        HttpResponse<String> own = editor.submit(form, "form#edit", Map.of("_name", "my-choice", "p.name", "Other", "p.acronym", "OTH"), "save");
        assertThat(own.headers().firstValue("Location").orElse("")).endsWith(LIST + "/my-choice?msg=created");

        // an Arabic-only name makes no Latin address: the form asks for one and saves nothing
        HttpResponse<String> arabic = editor.submit(form, "form#edit", Map.of("_name", "", "p.name", "منظمة المدن"), "save");
        assertThat(arabic.statusCode()).isEqualTo(400);
        Document again = UiClient.html(arabic);
        assertThat(again.selectFirst("#f-at-name-err")).isNotNull();
        assertThat(again.selectFirst("[role=alert] a[href=#f-at-name]").text()).isEqualTo("URL name");
    }
}
