package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oicc.relations.content.Item;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference pickers beside 5,000 organizations: the JSON endpoint the combobox asks, the
 * search-then-choose step without a script, and a form that stays small because it lists nothing.
 */
@ExtendWith(LargeSet.class)
class AuthorPickerAtScaleTest {

    private static final String PICK = "/.author/api/pick";

    private static TestSite f;
    private static UiClient editor;
    private static String token;

    @BeforeAll
    static void start(TestSite large) throws Exception {
        f = large;
        editor = UiClient.loggedIn(f, "editor");
        token = UiClient.html(editor.get("/.author/items/organization/iula")).selectFirst("input[name=_csrf]").val();
    }

    private static String id(String name) {
        return f.content.read("organization", name).id();
    }

    @Test
    void typingPartOfANameFindsTheOrganization() throws Exception {
        HttpResponse<String> r = editor.getWithToken(PICK + "?type=organization&q=zanzib", token);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(r.body()).isEqualTo("{\"type\":\"organization\",\"q\":\"zanzib\",\"results\":[{\"id\":\"" + id("zanzibar")
                + "\",\"name\":\"zanzibar\",\"label\":\"Zanzibar Municipal Partnership (ZMP)\"}],\"total\":1}");
    }

    @Test
    void aBroadSearchAnswersTheFirstTwentyInNameOrderAndTheTotal() throws Exception {
        var answer = f.json.readTree(editor.getWithToken(PICK + "?type=organization&q=GENERATED", token).body());
        assertThat(answer.get("total").asLong()).isEqualTo(5000);
        assertThat(answer.get("results")).hasSize(20);
        assertThat(answer.get("results").get(0).get("label").asText()).isEqualTo(LargeSet.name(0) + " (GAC0000)");
        assertThat(answer.get("results").get(19).get("name").asText()).isEqualTo(LargeSet.node(19));
        var five = f.json.readTree(editor.getWithToken(PICK + "?type=organization&q=gac&limit=5", token).body());
        assertThat(five.get("results")).hasSize(5);
        var arabic = f.json.readTree(editor.getWithToken(PICK + "?type=organization&q="
                + java.net.URLEncoder.encode("المدن 4998", StandardCharsets.UTF_8), token).body());
        assertThat(arabic.get("results").get(0).get("name").asText()).isEqualTo(LargeSet.node(4998));
    }

    @Test
    void badPickRequestsGetJsonErrors() throws Exception {
        assertError(new UiClient(f).getWithToken(PICK + "?type=organization&q=x", token), 401, "unauthorized");
        assertError(editor.get(PICK + "?type=organization&q=x"), 403, "csrf");
        assertError(editor.getWithToken(PICK + "?type=organization&q=x", "guess"), 403, "csrf");
        assertError(editor.getWithToken(PICK + "?type=nothing&q=x", token), 404, "unknownType");
        assertError(editor.getWithToken(PICK + "?q=x", token), 400, "badParameter");
        assertError(editor.getWithToken(PICK + "?type=organization&q=" + "x".repeat(201), token), 400, "badParameter");
        assertError(editor.getWithToken(PICK + "?type=organization&q=x&limit=21", token), 400, "badParameter");
        assertError(editor.getWithToken(PICK + "?type=organization&q=x&limit=-1", token), 400, "badParameter");
    }

    @Test
    void pickErrorsTheComboboxShowsAreInTheEditorsLanguage() throws Exception {
        UiClient publisher = UiClient.loggedIn(f, "publisher");
        String own = UiClient.html(publisher.get("/.author/items/organization/iula")).selectFirst("input[name=_csrf]").val();
        assertThat(publisher.post("/.author/language", List.of(Map.entry("lang", "ar"), Map.entry("_csrf", own),
                Map.entry("next", "/.author/"))).statusCode()).isEqualTo(303);
        try {
            assertThat(message(publisher.getWithToken(PICK + "?type=organization&q=x", "guess")))
                    .isEqualTo("ينقص الطلب رمز الأمان الخاص بالجلسة (الترويسة X-CSRF-Token)؛ أعد تحميل الصفحة.");
            assertThat(message(publisher.getWithToken(PICK + "?type=nothing&q=x", own))).isEqualTo("لا يوجد نوع محتوى باسم «nothing».");
            assertThat(message(publisher.getWithToken(PICK + "?type=organization&q=" + "x".repeat(201), own)))
                    .isEqualTo("نص البحث أطول من ٢٠٠ حرف.");
        } finally {
            publisher.post("/.author/language", List.of(Map.entry("lang", "en"), Map.entry("_csrf", own), Map.entry("next", "/.author/")));
        }
        // before logging in: the browser's language
        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(f.base() + PICK + "?type=organization&q=x")).header("Accept-Language", "fr-FR,fr;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(message(anonymous)).isEqualTo("Connectez-vous d’abord à l’interface d’édition.");
        assertThat(message(editor.getWithToken(PICK + "?q=x", token))).isEqualTo("Say which content type to search (type=organization, for example).");
    }

    private static String message(HttpResponse<String> r) throws Exception {
        return f.json.readTree(r.body()).at("/error/message").asText();
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(f.json.readTree(r.body()).at("/error/code").asText()).isEqualTo(code);
    }

    @Test
    void withoutAScriptTheEditorSearchesChoosesAndSavesWithInputKept() throws Exception {
        String form = "/.author/items/organization/" + LargeSet.node(7);
        Document opened = UiClient.html(editor.get(form));
        assertThat(opened.selectFirst("#f-parent-current").text()).isEqualTo("None chosen");

        // type into the search box and press Find: the form comes back with the matches, the website typed is kept
        HttpResponse<String> found = editor.submit(opened, "form#edit",
                Map.of("_q:p.parent:0", "zanzib", "p.website", "https://gac7.example.org"), "find:p.parent:0");
        assertThat(found.statusCode()).isEqualTo(200);
        Document results = UiClient.html(found);
        assertThat(results.selectFirst(".pick-results [role=status]").text()).isEqualTo("1 of 1 match for “zanzib”; choose one, then save.");
        assertThat(results.select(".pick-results button").eachAttr("value")).containsExactly("choose:p.parent:0:" + id("zanzibar"));
        assertThat(results.selectFirst("#f-parent").val()).isEqualTo("zanzib");
        assertThat(results.selectFirst("#f-website").val()).isEqualTo("https://gac7.example.org");
        assertThat(f.content.read("organization", LargeSet.node(7)).property("parent")).isEmpty();

        // choose it: still not saved, the form says what is chosen
        Document chosen = UiClient.html(editor.submit(results, "form#edit", Map.of(), "choose:p.parent:0:" + id("zanzibar")));
        assertThat(chosen.selectFirst("#f-parent-current").text()).isEqualTo("Chosen: Zanzibar Municipal Partnership (ZMP)");
        assertThat(chosen.selectFirst("input[type=hidden][name=p.parent]").val()).isEqualTo(id("zanzibar"));
        assertThat(chosen.selectFirst("#f-website").val()).isEqualTo("https://gac7.example.org");
        assertThat(chosen.select(".pick-results")).isEmpty();

        HttpResponse<String> saved = editor.submit(chosen, "form#edit", Map.of(), "save");
        assertThat(saved.statusCode()).isEqualTo(303);
        Item item = f.content.read("organization", LargeSet.node(7));
        assertThat(item.property("parent")).hasValue(id("zanzibar"));
        assertThat(item.property("website")).hasValue("https://gac7.example.org");

        // Clear empties it again
        Document reopened = UiClient.html(editor.get(form));
        Document cleared = UiClient.html(editor.submit(reopened, "form#edit", Map.of(), "clear:p.parent:0"));
        assertThat(cleared.selectFirst("#f-parent-current").text()).isEqualTo("None chosen");
        assertThat(cleared.selectFirst("input[type=hidden][name=p.parent]").val()).isEmpty();
    }

    @Test
    void aSearchWithNoMatchSaysSoAndTamperedPickerButtonsAreRefused() throws Exception {
        Document opened = UiClient.html(editor.get("/.author/items/organization/" + LargeSet.node(8)));
        Document none = UiClient.html(editor.submit(opened, "form#edit", Map.of("_q:p.parent:0", "qqqqq"), "find:p.parent:0"));
        assertThat(none.selectFirst(".pick-results [role=status]").text()).isEqualTo("Nothing matches “qqqqq”.");
        assertThat(editor.submit(opened, "form#edit", Map.of(), "choose:p.parent:0:not-an-id").statusCode()).isEqualTo(400);
        assertThat(editor.submit(opened, "form#edit", Map.of(), "choose:p.website:0:" + id("zanzibar")).statusCode()).isEqualTo(400);
        assertThat(editor.submit(opened, "form#edit", Map.of(), "find:p.parent:3").statusCode()).isEqualTo(400);
        assertThat(editor.submit(opened, "form#edit", Map.of("_q:p.parent:0", "x".repeat(201)), "find:p.parent:0").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theFormStaysSmallBesideFiveThousandOrganizations() throws Exception {
        HttpResponse<String> withParent = editor.get("/.author/items/organization/alecso");
        HttpResponse<String> blank = editor.get("/.author/items/organization/_new");
        HttpResponse<String> iula = editor.get("/.author/items/organization/iula");
        for (HttpResponse<String> r : java.util.List.of(withParent, blank, iula)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).as(r.uri().toString()).isLessThan(40_000);
            assertThat(r.body()).doesNotContain(LargeSet.name(1));
        }
        assertThat(UiClient.html(withParent).selectFirst("#f-parent-current").text()).isEqualTo("Chosen: League of Arab States (LAS)");
    }
}
