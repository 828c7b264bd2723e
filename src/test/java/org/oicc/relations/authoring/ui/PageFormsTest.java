package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.StoredNodes;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages screens over HTTP: the list, the form generated from the page and component dialogs,
 * a save that stores per language, refusals that change nothing, publication to the public pages.
 */
class PageFormsTest {

    private static final String RELATIONS = "/.author/pages/relations";
    private static final String PUBLISH = "button[formaction$=/_publish]";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.authorAndPublic().site());

    /** Every stored property of the author's relations page and its components, for "nothing changed". */
    private Map<String, String> stored() throws Exception {
        Map<String, String> out = new TreeMap<>();
        Session s = ui.site.sessions.login(Side.AUTHOR, "website");
        try {
            collect(StoredNodes.node(s, "/relations"), out);
        } finally {
            s.logout();
        }
        return out;
    }

    private static void collect(Node node, Map<String, String> out) throws Exception {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            out.put(node.getPath() + "/" + p.getName(), p.isMultiple() ? "[multiple]" : p.getString());
        }
        for (var it = node.getNodes(); it.hasNext();) {
            collect(it.nextNode(), out);
        }
    }

    @Test
    void theListShowsThePagesWithTheirComponents() throws Exception {
        Document list = UiClient.html(ui.client.get("/.author/pages"));
        assertThat(list.select("table.pages tbody th a").eachText())
                .containsExactly("Partner organizations", "Regional and International relations");
        assertThat(list.select("table.pages tbody tr:has(a[href=" + RELATIONS + "]) ul.components li").eachText())
                .containsExactly("main/00 · Text", "main/01 · Relationship category", "main/02 · Relationship category",
                        "main/03 · Relationship category", "main/04 · Relationship category", "main/05 · Agreement aims");
        assertThat(list.select("nav a[href=/.author/pages]").text()).isEqualTo("Pages");
    }

    @Test
    void theFormHasTheDialogsFieldsWithEveryLanguageSideBySide() throws Exception {
        Document form = UiClient.html(ui.client.get(RELATIONS));
        assertThat(form.select("fieldset.page-component > legend").eachText()).containsExactly(
                "Page: Relations page", "Text (main/00)", "Relationship category (main/01)", "Relationship category (main/02)",
                "Relationship category (main/03)", "Relationship category (main/04)", "Agreement aims (main/05)");
        assertThat(form.selectFirst("input[name=v.title_ar]").val()).isEqualTo("العلاقات الإقليمية والدولية");
        assertThat(form.selectFirst("input[name=v.title_ar]").attr("dir")).isEqualTo("rtl");
        assertThat(form.selectFirst("label[for=pf-title_fr]").text()).startsWith("Title (French)");
        assertThat(form.selectFirst("textarea[name=v.main/05/intro]").hasAttr("data-richtext")).isTrue();
        assertThat(form.selectFirst("textarea[name=v.main/05/intro]").val()).isEqualTo("<p>The aforementioned agreements aim to:</p>");
        assertThat(form.select("select[name=v.main/01/category] option[selected]").text()).isEqualTo("Consultative Status");
        assertThat(form.selectFirst("input[name=v.main/01/maxEntries]").val()).isEmpty();
    }

    @Test
    void aSaveStoresEachLanguageAndPublishingShowsItOnThePublicPages() throws Exception {
        Document form = UiClient.html(ui.client.get(RELATIONS));
        HttpResponse<String> saved = ui.client.submit(form, "form#edit", Map.of(
                "v.title_ar", "العلاقات الدولية للمنظمة",
                "v.main/05/intro", "<p>The agreements <strong>aim</strong> to:</p>",
                "v.main/02/maxEntries", "3"), "save");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(RELATIONS + "?msg=saved");
        Map<String, String> now = stored();
        assertThat(now).containsEntry("/relations/title_ar", "العلاقات الدولية للمنظمة")
                .containsEntry("/relations/title", "Regional and International relations")
                .containsEntry("/relations/main/05/intro", "<p>The agreements <strong>aim</strong> to:</p>")
                .containsEntry("/relations/main/02/maxEntries", "3")
                .containsEntry("/relations/mgnl:lastModifiedBy", "admin");
        // the public side is untouched until published
        assertThat(ui.site.page("/ar/relations.html").selectFirst("h1").text()).isEqualTo("العلاقات الإقليمية والدولية");
        Document again = UiClient.html(ui.client.get(RELATIONS + "?msg=saved"));
        assertThat(again.selectFirst("[role=status]").text()).startsWith("Saved.");
        assertThat(again.selectFirst(".heading .status").text()).isEqualTo("Modified since published");

        HttpResponse<String> published = ui.client.press(again, PUBLISH, Map.of("_note", "New Arabic title"));
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location")).hasValue(RELATIONS + "?msg=published");
        Document ar = ui.site.page("/ar/relations.html");
        assertThat(ar.selectFirst("h1").text()).isEqualTo("العلاقات الدولية للمنظمة");
        Document en = ui.site.page("/relations.html");
        assertThat(en.selectFirst("section.aims .intro").html()).isEqualTo("<p>The agreements <strong>aim</strong> to:</p>");
        Document after = UiClient.html(ui.client.get(RELATIONS));
        assertThat(after.select("ol.versions li").first().text()).contains("by admin").contains("New Arabic title");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        Map<String, String> before = stored();
        Map<String, String> bad = Map.of(
                "v.main/01/maxEntries", "abc",
                "v.main/05/intro", "<p onclick=\"x()\">Aims</p><script>alert(1)</script>",
                "v.title_fr", "Deux\nlignes",
                "v.title", "",
                "v.main/01/category", "11111111-2222-3333-4444-555555555555");
        HttpResponse<String> r = ui.client.submit(UiClient.html(ui.client.get(RELATIONS)), "form#edit", bad, "save");

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = UiClient.html(r);
        assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("Not saved: 5 problems, shown below.");
        assertThat(page.selectFirst("#pf-main-01-maxEntries-err").text())
                .isEqualTo("Enter a whole number from 1 to 1000, or leave it empty for the template’s default.");
        assertThat(page.selectFirst("#pf-main-05-intro-err").text()).startsWith("Not allowed in rich text: onclick=, <script>.");
        assertThat(page.selectFirst("#pf-title_fr-err").text()).isEqualTo("One line of text: no line breaks or control characters.");
        assertThat(page.selectFirst("#pf-title-err").text()).isEqualTo("This is required.");
        assertThat(page.selectFirst("#pf-main-01-category-err").text()).isEqualTo("The chosen item no longer exists; choose another.");
        // the input is kept
        assertThat(page.selectFirst("input[name=v.main/01/maxEntries]").val()).isEqualTo("abc");
        assertThat(page.selectFirst("input[name=v.main/01/maxEntries]").attr("aria-invalid")).isEqualTo("true");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldAStaleFormAndAForeignTokenChangeNothing() throws Exception {
        Map<String, String> before = stored();
        Document form = UiClient.html(ui.client.get(RELATIONS));
        HttpResponse<String> unknown = ui.client.submit(form, "form#edit", Map.of("v.main/05/onload", "x", "v.title_ar", "جديد"), "save");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(unknown).text()).contains("Not saved: one problem");
        assertThat(stored()).isEqualTo(before);

        HttpResponse<String> stale = ui.client.submit(form, "form#edit", Map.of("_version", "12345", "v.title_ar", "جديد"), "save");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stored()).isEqualTo(before);

        HttpResponse<String> forged = ui.client.submit(form, "form#edit", Map.of("_csrf", "not-the-token", "v.title_ar", "جديد"), "save");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(ui.client.get("/.author/pages/no-such-page").statusCode()).isEqualTo(404);
        assertThat(ui.client.get("/.author/pages/relations/../etc").statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anEditorSavesAPageButCannotPublishIt() throws Exception {
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        Document form = UiClient.html(editor.get(RELATIONS));
        assertThat(form.select(PUBLISH)).isEmpty();
        HttpResponse<String> r = editor.post(RELATIONS + "/_publish", List.of(Map.entry("_csrf", form.selectFirst("input[name=_csrf]").val())));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(editor.submit(form, "form#edit", Map.of("v.title_fr", "Relations"), "save").statusCode()).isEqualTo(303);
        assertThat(ui.site.page("/fr/relations.html").selectFirst("h1").text()).isEqualTo("Relations régionales et internationales");
    }
}
