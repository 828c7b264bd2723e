package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.Session;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The components of the relations page's area over HTTP, as an editor without script sends them:
 * a component added with its dialog's defaults, moved, another removed after its confirmation, and
 * the public page in the new order once published; every refusal (a template the area does not
 * take, a full area, an unknown area or component, a stale form, a bad field) says why and stores nothing.
 */
class PageComponentsTest {

    private static final String RELATIONS = "/.author/pages/relations";
    private static final String AIMS = "oicc-relations:components/agreementAims";
    private static final String TEXT = "oicc-relations:components/text";

    @TempDir
    Path data;
    private TestSite f;
    private UiClient admin;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void start() throws Exception {
        f = TestSite.builder().authorAndPublic().site().authorUi().start(data.resolve("repo"));
        admin = UiClient.loggedIn(f, "admin");
    }

    /** Every stored node and property of the author's relations page, in JCR order, for "nothing changed". */
    private Map<String, String> stored() throws Exception {
        Map<String, String> out = new TreeMap<>();
        Session s = f.sessions.login(Side.AUTHOR, "website");
        try {
            collect(s.getNode("/relations"), out, new int[1]);
        } finally {
            s.logout();
        }
        return out;
    }

    private static void collect(Node node, Map<String, String> out, int[] order) throws Exception {
        out.put(node.getPath() + " #", String.valueOf(order[0]++));
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            out.put(node.getPath() + "/" + p.getName(), p.isMultiple() ? "[multiple]" : p.getString());
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            collect(it.nextNode(), out, order);
        }
    }

    /** The author's area {@code main} in JCR order: name and template of each component. */
    private List<String> authorOrder() throws Exception {
        Session s = f.sessions.login(Side.AUTHOR, "website");
        try {
            List<String> out = new ArrayList<>();
            for (NodeIterator it = s.getNode("/relations/main").getNodes(); it.hasNext();) {
                Node c = it.nextNode();
                out.add(c.getName() + " " + c.getProperty("mgnl:template").getString().replace("oicc-relations:components/", ""));
            }
            return out;
        } finally {
            s.logout();
        }
    }

    private static String addUrl(String area, String template) {
        return RELATIONS + "/_add?area=" + area + "&template=" + URLEncoder.encode(template, StandardCharsets.UTF_8);
    }

    @Test
    void aComponentIsAddedMovedAnotherRemovedAndThePublishedPageShowsTheNewOrder() throws Exception {
        start();
        Document page = UiClient.html(admin.get(RELATIONS));
        assertThat(page.select("#area-main .structure-row .structure-label").eachText()).containsExactly(
                "Text (main/00)", "Relationship category (main/01)", "Relationship category (main/02)",
                "Relationship category (main/03)", "Relationship category (main/04)", "Agreement aims (main/05)");
        assertThat(page.select("#add-main option").eachText()).containsExactly("Text", "Relationship category", "Agreement aims");

        // the new component's form is its dialog, with the dialog's defaultValue
        Document form = UiClient.html(admin.get(addUrl("main", AIMS)));
        assertThat(form.selectFirst("input[name=v.title]").val()).isEqualTo("Aims of the agreements");
        assertThat(form.selectFirst("input[name=v.title_ar]").val()).isEmpty();
        HttpResponse<String> added = admin.submit(form, "form#edit", Map.of("v.title", "What the agreements serve",
                "v.title_fr", "Ce que servent les accords", "v.intro", "<p>In short:</p>"), null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue(RELATIONS + "?msg=added&focus=main/06");
        Map<String, String> now = stored();
        assertThat(now).containsEntry("/relations/main/06/jcr:primaryType", "mgnl:component")
                .containsEntry("/relations/main/06/mgnl:template", AIMS)
                .containsEntry("/relations/main/06/title", "What the agreements serve")
                .containsEntry("/relations/main/06/title_fr", "Ce que servent les accords")
                .containsEntry("/relations/main/06/intro", "<p>In short:</p>")
                .containsEntry("/relations/main/06/mgnl:createdBy", "admin")
                .containsEntry("/relations/mgnl:lastModifiedBy", "admin")
                .doesNotContainKey("/relations/main/06/title_ar");

        // moved up twice: before the last category
        page = UiClient.html(admin.get(RELATIONS + "?msg=added&focus=main/06"));
        assertThat(page.selectFirst("[role=status]").text()).startsWith("Component added.");
        assertThat(page.selectFirst("#comp-main-06 button[data-move=up]").hasAttr("autofocus")).isTrue();
        assertThat(admin.press(page, "#comp-main-06 button[data-move=up]", Map.of()).statusCode()).isEqualTo(303);
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.press(page, "#comp-main-06 button[data-move=up]", Map.of()).statusCode()).isEqualTo(303);
        assertThat(authorOrder()).containsExactly("00 text", "01 relationshipCategory", "02 relationshipCategory",
                "03 relationshipCategory", "06 agreementAims", "04 relationshipCategory", "05 agreementAims");

        // removing asks first; the question alone changes nothing
        page = UiClient.html(admin.get(RELATIONS));
        Map<String, String> before = stored();
        HttpResponse<String> question = admin.press(page, "#comp-main-00 button[data-remove]", Map.of());
        assertThat(UiClient.html(question).selectFirst(".confirm-step h1").text())
                .isEqualTo("Remove Text (main/00) from the page “Regional and International relations”?");
        assertThat(stored()).isEqualTo(before);
        HttpResponse<String> removed = admin.confirm(question);
        assertThat(removed.headers().firstValue("Location")).hasValue(RELATIONS + "?msg=removed");
        assertThat(authorOrder()).containsExactly("01 relationshipCategory", "02 relationshipCategory",
                "03 relationshipCategory", "06 agreementAims", "04 relationshipCategory", "05 agreementAims");

        // the public page is the published one until the page is published
        assertThat(f.page("/relations.html").select("main section").size()).isEqualTo(5);
        assertThat(f.page("/relations.html").text()).contains("The Organization has long sought");
        page = UiClient.html(admin.get(RELATIONS));
        assertThat(admin.press(page, "button[formaction$=/_publish]", Map.of("_note", "New aims section")).statusCode()).isEqualTo(303);

        Document shown = f.page("/relations.html");
        assertThat(shown.text()).doesNotContain("The Organization has long sought");
        assertThat(shown.select("main h2").eachText()).containsExactly("Consultative Status", "Membership in International Organizations",
                "Observer Membership", "What the agreements serve", "Friendship and Cooperation Agreements", "Aims of the agreements");
        assertThat(f.page("/fr/relations.html").select("main h2").eachText()).contains("Ce que servent les accords");
        List<String> names = new ArrayList<>();
        f.json("/.rest/delivery/pages/v1/relations").path("main").path("@nodes").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactly("01", "02", "03", "06", "04", "05");
    }

    @Test
    void aTemplateTheAreaDoesNotTakeAnUnknownAreaOrComponentAndAStaleFormChangeNothing() throws Exception {
        start();
        Map<String, String> before = stored();
        Document page = UiClient.html(admin.get(RELATIONS));
        String version = page.selectFirst("#comp-main-01 input[name=_version]").val();
        String csrf = page.selectFirst("#comp-main-01 input[name=_csrf]").val();

        HttpResponse<String> notAllowed = admin.post(RELATIONS + "/_add", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                Map.entry("area", "main"), Map.entry("template", "oicc-relations:pages/organization")));
        assertThat(notAllowed.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(notAllowed).select(".alert, main p").text())
                .contains("The area “main” does not take components of the template oicc-relations:pages/organization.");
        assertThat(admin.get(addUrl("main", "oicc-relations:components/nothing")).statusCode()).isEqualTo(400);
        assertThat(admin.get(addUrl("footer", TEXT)).statusCode()).isEqualTo(404);
        HttpResponse<String> noArea = admin.post(RELATIONS + "/_add", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                Map.entry("area", "footer"), Map.entry("template", TEXT)));
        assertThat(noArea.statusCode()).isEqualTo(404);
        assertThat(UiClient.html(noArea).text()).contains("This page has no area “footer”.");

        for (String component : List.of("main/99", "main", "../x", "main/01/x", "jcr:system/x")) {
            HttpResponse<String> move = admin.post(RELATIONS + "/_move", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                    Map.entry("component", component), Map.entry("direction", "up")));
            assertThat(move.statusCode()).as(component).isIn(400, 404);
            HttpResponse<String> remove = admin.post(RELATIONS + "/_remove", List.of(Map.entry("_csrf", csrf),
                    Map.entry("_version", version), Map.entry("component", component), Map.entry("_confirm", "yes")));
            assertThat(remove.statusCode()).as(component).isEqualTo(404);
        }
        assertThat(UiClient.html(admin.post(RELATIONS + "/_move", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                Map.entry("component", "main/99"), Map.entry("direction", "up")))).text()).contains("There is no component main/99 on this page.");
        HttpResponse<String> first = admin.post(RELATIONS + "/_move", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                Map.entry("component", "main/00"), Map.entry("direction", "up")));
        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(admin.post(RELATIONS + "/_move", List.of(Map.entry("_csrf", csrf), Map.entry("_version", version),
                Map.entry("component", "main/01"), Map.entry("direction", "sideways"))).statusCode()).isEqualTo(400);
        // a foreign or missing CSRF token
        assertThat(admin.post(RELATIONS + "/_move", List.of(Map.entry("_csrf", "forged"), Map.entry("_version", version),
                Map.entry("component", "main/01"), Map.entry("direction", "down"))).statusCode()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);

        // a form opened before someone else's change: refused, nothing changed
        Document form = UiClient.html(admin.get(addUrl("main", TEXT)));
        assertThat(admin.press(page, "#comp-main-01 button[data-move=down]", Map.of()).statusCode()).isEqualTo(303);
        Map<String, String> afterMove = stored();
        HttpResponse<String> stale = admin.press(page, "#comp-main-03 button[data-move=down]", Map.of());
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(UiClient.html(stale).text()).contains("Nothing changed: admin changed this page after you opened it.");
        HttpResponse<String> staleAdd = admin.submit(form, "form#edit", Map.of("v.text", "<p>Late</p>"), null);
        assertThat(staleAdd.statusCode()).isEqualTo(412);
        assertThat(UiClient.html(staleAdd).selectFirst("textarea[name=v.text]").val()).isEqualTo("<p>Late</p>");
        HttpResponse<String> staleRemove = admin.press(page, "#comp-main-02 button[data-remove]", Map.of("_confirm", "yes"));
        assertThat(staleRemove.statusCode()).isEqualTo(412);
        assertThat(stored()).isEqualTo(afterMove);
    }

    @Test
    void aNewComponentsFieldsAreCheckedAndAnEditorWithoutTheRoleCannotChangeTheStructure() throws Exception {
        start();
        Map<String, String> before = stored();
        Document form = UiClient.html(admin.get(addUrl("main", AIMS)));
        HttpResponse<String> bad = admin.submit(form, "form#edit", Map.of("v.title", "Two\nlines",
                "v.intro", "<p onclick=\"x()\">Hi</p><script>alert(1)</script>"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        Document again = UiClient.html(bad);
        assertThat(again.selectFirst(".alert.error").text()).isEqualTo("Not added: 2 problems, shown below.");
        assertThat(again.selectFirst("#pf-title-err").text()).isEqualTo("One line of text: no line breaks or control characters.");
        assertThat(again.selectFirst("#pf-intro-err").text()).startsWith("Not allowed in rich text:");
        assertThat(again.selectFirst("textarea[name=v.intro]").val()).contains("<script>");
        // a category component needs its category; an unknown field is refused too
        Document category = UiClient.html(admin.get(addUrl("main", "oicc-relations:components/relationshipCategory")));
        HttpResponse<String> empty = admin.submit(category, "form#edit", Map.of("v.maxEntries", "abc", "v.colour", "red"), null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(empty).selectFirst("#pf-category-err").text()).isEqualTo("This is required.");
        assertThat(UiClient.html(empty).selectFirst(".alert.error").text()).isEqualTo("Not added: 3 problems, shown below.");
        assertThat(stored()).isEqualTo(before);

        UiClient publisher = UiClient.loggedIn(f, "publisher");
        Document page = UiClient.html(publisher.get(RELATIONS));
        assertThat(page.select("#area-main button[data-move]")).isEmpty();
        assertThat(publisher.get(addUrl("main", TEXT)).statusCode()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anAreaWithMaxComponentsTakesNoMore() throws Exception {
        Path module = copyOfTheLightModule(data.resolve("light-modules").resolve("oicc-relations"));
        Path yaml = module.resolve("templates/pages/relations.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("    type: list\n", "    type: list\n    maxComponents: 7\n"));
        f = TestSite.builder().source(ModuleSource.directory(module)).authorAndPublic().site().authorUi().start(data.resolve("repo"));
        admin = UiClient.loggedIn(f, "admin");

        Document form = UiClient.html(admin.get(addUrl("main", TEXT)));
        assertThat(admin.submit(form, "form#edit", Map.of("v.text", "<p>Seventh</p>"), null).statusCode()).isEqualTo(303);
        Map<String, String> full = stored();
        Document page = UiClient.html(admin.get(RELATIONS));
        assertThat(page.select("#add-main")).isEmpty();
        assertThat(page.selectFirst("#area-main p.hint").text()).isEqualTo("This area holds its most components (7); remove one to add another.");
        HttpResponse<String> more = admin.post(RELATIONS + "/_add", List.of(Map.entry("_csrf", page.selectFirst("input[name=_csrf]").val()),
                Map.entry("_version", page.selectFirst("#comp-main-00 input[name=_version]").val()), Map.entry("area", "main"),
                Map.entry("template", TEXT), Map.entry("v.text", "<p>Eighth</p>")));
        assertThat(more.statusCode()).isEqualTo(409);
        assertThat(UiClient.html(more).text()).contains("The area “main” holds at most 7 components; nothing was added.");
        assertThat(admin.get(addUrl("main", TEXT)).statusCode()).isEqualTo(409);
        assertThat(stored()).isEqualTo(full);
    }

    private static Path copyOfTheLightModule(Path copy) throws Exception {
        Path source = org.oicc.relations.TestTrees.LIGHT_MODULE;
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }
}
