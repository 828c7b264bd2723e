package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.DraftSessions;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.Session;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page restored to a version over HTTP: the question first (nothing changed), then the draft is
 * that version's content byte for byte in delivery — title, texts, components and their order —
 * apart from the page's own last-modified stamp; the restore is a new version by the editor with
 * a note; the public page is unchanged (every node, property and order of the public repository's
 * page) until the page is published. The site's delivery here reads the drafts, as the preview
 * delivery gives them to editors, so the pages endpoint shows the author side.
 */
class PageRestoreTest {

    private static final String RELATIONS = "/.author/pages/relations";
    private static final String DELIVERY = "/.rest/delivery/pages/v1/relations";

    @TempDir
    Path data;
    private TestSite f;
    private UiClient admin;

    @BeforeEach
    void start() throws Exception {
        f = TestSite.builder().authorAndPublic().site().siteReadsThrough(DraftSessions::new).authorUi().start(data.resolve("repo"));
        admin = UiClient.loggedIn(f, "admin");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** The draft as the pages endpoint gives it, all languages. */
    private String draft() throws Exception {
        HttpResponse<String> r = f.get(DELIVERY + "?lang=all");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** Every node (in order) and property of the public repository's relations page. */
    private String published() throws Exception {
        StringBuilder out = new StringBuilder();
        Session s = f.sessions.login(Side.PUBLIC, "website");
        try {
            dump(s.getNode("/relations"), out);
        } finally {
            s.logout();
        }
        return out.toString();
    }

    private static void dump(Node node, StringBuilder out) throws Exception {
        out.append(node.getPath()).append('\n');
        java.util.TreeMap<String, String> props = new java.util.TreeMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            props.put(p.getName(), p.isMultiple() ? "[multiple]" : p.getString());
        }
        props.forEach((k, v) -> out.append("  ").append(k).append('=').append(v).append('\n'));
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            dump(it.nextNode(), out);
        }
    }

    /** The public page's area {@code main}: its components' names in order. */
    private List<String> publicOrder() throws Exception {
        Session s = f.sessions.login(Side.PUBLIC, "website");
        try {
            List<String> out = new java.util.ArrayList<>();
            for (NodeIterator it = s.getNode("/relations/main").getNodes(); it.hasNext();) {
                out.add(it.nextNode().getName());
            }
            return out;
        } finally {
            s.logout();
        }
    }

    private String publicTitle() throws Exception {
        Session s = f.sessions.login(Side.PUBLIC, "website");
        try {
            return s.getNode("/relations").getProperty("title").getString();
        } finally {
            s.logout();
        }
    }

    /** The draft without the page's own {@code mgnl:lastModified(By)}: a restore is a change made now, by whoever restores. */
    private static String withoutPageStamp(String json) throws Exception {
        ObjectNode page = (ObjectNode) TestSite.JSON.readTree(json);
        page.remove(List.of("mgnl:lastModified", "mgnl:lastModifiedBy"));
        return TestSite.JSON.writeValueAsString(page);
    }

    @Test
    void aRestoredPageIsTheVersionsContentAsANewVersionAndThePublicPageWaitsForPublication() throws Exception {
        String seedDraft = draft();
        JsonNode seed = TestSite.JSON.readTree(seedDraft);
        assertThat(seed.path("title").asText()).isEqualTo("Regional and International relations");

        // edits of every kind, published as version 1.1
        Document page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.submit(page, "form#edit", Map.of("v.title", "Relations of the Organization",
                "v.main/05/intro_fr", "<p>Les accords visent :</p>"), "save").statusCode()).isEqualTo(303);
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.press(page, "#comp-main-04 button[data-move=up]", Map.of()).statusCode()).isEqualTo(303);
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.confirm(admin.press(page, "#comp-main-00 button[data-remove]", Map.of())).statusCode()).isEqualTo(303);
        Document form = UiClient.html(admin.get(RELATIONS + "/_add?area=main&template=oicc-relations%3Acomponents%2Ftext"));
        assertThat(admin.submit(form, "form#edit", Map.of("v.text", "<p>A closing word.</p>"), null).statusCode()).isEqualTo(303);
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.press(page, "button[formaction$=/_publish]", Map.of("_note", "Reworked")).statusCode()).isEqualTo(303);
        String publishedEdit = published();
        assertThat(publicTitle()).isEqualTo("Relations of the Organization");
        assertThat(publicOrder()).containsExactly("01", "02", "04", "03", "05", "06");

        // the question changes nothing and lists what the restore would change
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(page.select("ol.versions li > span:first-child").eachText()).containsExactly("Version 1.1", "Version 1.0");
        Document version = UiClient.html(admin.get(RELATIONS + "/_versions/1.0"));
        String before = draft();
        HttpResponse<String> question = admin.press(version, "form[action$=/_restore] button[type=submit]",
                Map.of("_note", "Back to the seed page"));
        Document asked = UiClient.html(question);
        assertThat(asked.selectFirst(".confirm-step h1").text())
                .isEqualTo("Restore version 1.0 of Page “Relations of the Organization”?");
        // property by property (the version diff of pages names stored properties; a move alone changes none)
        assertThat(asked.select(".version-diff th[scope=row]").eachText()).containsExactly("main/00/text", "main/00/text (Arabic)",
                "main/00/text (French)", "main/05/intro (French)", "main/06/text", "title");
        assertThat(draft()).isEqualTo(before);

        HttpResponse<String> restored = admin.confirm(question);
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.headers().firstValue("Location")).hasValue(RELATIONS + "?msg=restored");

        // the draft is version 1.0 again, byte for byte but the page's stamp, which says who restored it
        String now = draft();
        assertThat(withoutPageStamp(now)).isEqualTo(withoutPageStamp(seedDraft));
        assertThat(TestSite.JSON.readTree(now).path("mgnl:lastModifiedBy").asText()).isEqualTo("admin");
        // ... recorded as a new version by the editor, with the note (Jackrabbit names it as a branch of 1.0: 1.0.0)
        page = UiClient.html(admin.get(RELATIONS + "?msg=restored"));
        assertThat(page.selectFirst("[role=status]").text()).startsWith("Restored as the draft and recorded as a new version.");
        assertThat(page.select("ol.versions li > span:first-child").eachText()).containsExactly("Version 1.0.0", "Version 1.1", "Version 1.0");
        assertThat(page.selectFirst("ol.versions li").text()).contains("by admin").contains("Back to the seed page").startsWith("Version 1.0.0 restored");
        assertThat(page.selectFirst(".heading .status").text()).isEqualTo("Modified since published");
        assertThat(page.select("#area-main .structure-label").eachText()).containsExactly("Text (main/00)",
                "Relationship category (main/01)", "Relationship category (main/02)", "Relationship category (main/03)",
                "Relationship category (main/04)", "Agreement aims (main/05)");

        // the public side has not moved
        assertThat(published()).isEqualTo(publishedEdit);

        // until published: then the public page is the seed's again
        assertThat(admin.press(page, "button[formaction$=/_publish]", Map.of()).statusCode()).isEqualTo(303);
        assertThat(publicTitle()).isEqualTo("Regional and International relations");
        assertThat(publicOrder()).containsExactly("00", "01", "02", "03", "04", "05");
        assertThat(published()).contains("The Organization has long sought").doesNotContain("A closing word.");
    }

    @Test
    void anUnknownVersionOrAnOverlongNoteIsRefusedAndChangesNothing() throws Exception {
        String before = draft();
        Document version = UiClient.html(admin.get(RELATIONS + "/_versions/1.0"));
        String csrf = version.selectFirst("input[name=_csrf]").val();
        assertThat(admin.post(RELATIONS + "/_restore", List.of(Map.entry("_csrf", csrf), Map.entry("version", "9.9"),
                Map.entry("_confirm", "yes"))).statusCode()).isEqualTo(404);
        assertThat(admin.post(RELATIONS + "/_restore", List.of(Map.entry("_csrf", csrf), Map.entry("version", "1.0"),
                Map.entry("_note", "x".repeat(501)), Map.entry("_confirm", "yes"))).statusCode()).isEqualTo(400);
        assertThat(admin.post(RELATIONS + "/_restore", List.of(Map.entry("_csrf", "forged"), Map.entry("version", "1.0"),
                Map.entry("_confirm", "yes"))).statusCode()).isEqualTo(403);
        assertThat(UiClient.loggedIn(f, "publisher").post(RELATIONS + "/_restore", List.of(Map.entry("_csrf", csrf),
                Map.entry("version", "1.0"), Map.entry("_confirm", "yes"))).statusCode()).isEqualTo(403);
        assertThat(draft()).isEqualTo(before);
        assertThat(UiClient.html(admin.get(RELATIONS)).select("ol.versions li")).hasSize(1);
    }
}
