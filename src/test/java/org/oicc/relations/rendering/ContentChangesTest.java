package org.oicc.relations.rendering;

import org.oicc.relations.testing.StoredNodes;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits through the content service show on the next request, and markup in content cannot run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentChangesTest {

    private TestSite fixture;
    private ContentService content;

    @BeforeAll
    void start(@TempDir Path data) {
        fixture = TestSite.builder().site().start(data);
        content = new ContentService(fixture.module, fixture.sessions);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void aScriptInATitleIsShownAsTextAndNeverRuns() throws IOException, InterruptedException {
        fixture.page("/relations.html"); // rendered once before the edit: nothing stale may survive it
        content.update("relationshipCategory", "observer",
                ItemInput.of(Map.of("title", "Observers <script>alert('x')</script>")), "editor");
        Document page = fixture.page("/relations.html");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("#observer h2").text()).isEqualTo("Observers <script>alert('x')</script>");
        String raw = fixture.get("/relations.html").body();
        assertThat(raw).contains("Observers &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void richTextKeepsProseMarkupAndLosesEverythingElse() throws Exception {
        String unsafe = "<p onclick=\"steal()\">Members <strong>since</strong> <em>long</em>:<script>alert(1)</script></p>"
                + "<ul><li><a href=\"javascript:alert(2)\">bad</a></li><li><a href=\"https://www.oicc.org\">OICC</a></li></ul>"
                + "<img src=x onerror=alert(3)><style>body{display:none}</style><iframe src=\"https://evil\"></iframe>";
        // the service refuses it (content.RichTextPolicy); written past it, as a Magnolia editor or an old import could
        assertThatThrownBy(() -> content.update("relationshipCategory", "membership", ItemInput.of(Map.of("intro", unsafe)), "editor"))
                .isInstanceOf(org.oicc.relations.content.ContentValidationException.class);
        var session = fixture.sessions.login(org.oicc.relations.repository.Side.AUTHOR, "relationship-categories");
        try {
            StoredNodes.node(session, "/membership").setProperty("intro", unsafe);
            session.save();
        } finally {
            session.logout();
        }
        Document page = fixture.page("/relations.html");
        Element intro = page.selectFirst("#membership .intro");
        assertThat(intro).isNotNull();
        assertThat(page.select("script, img, style, iframe, [onclick], [onerror]")).isEmpty();
        assertThat(intro.select("strong").text()).isEqualTo("since");
        assertThat(intro.select("em").text()).isEqualTo("long");
        assertThat(intro.select("a").eachAttr("href")).containsExactly("https://www.oicc.org");
        assertThat(intro.select("li")).hasSize(2);
        assertThat(intro.text()).doesNotContain("alert");
    }

    @Test
    void aNewOrganizationIsListedAndHasItsPageAtOnce() throws IOException, InterruptedException {
        String observer = content.read("relationshipCategory", "observer").id();
        content.create("organization", "ocvi-test", ItemInput.of(Map.of(
                "name", "Test Observer Organization", "name_ar", "منظمة مراقبة تجريبية", "acronym", "TOO",
                "relationships", List.of(Map.of("category", observer, "role", "Observer", "position", 9)))), "editor");
        Document page = fixture.page("/relations.html");
        assertThat(page.select("#observer a.organization").last().text()).isEqualTo("Test Observer Organization (TOO)");
        assertThat(page.select("#observer a.organization").last().attr("href")).isEqualTo("/organizations/ocvi-test.html");

        Document detail = fixture.page("/organizations/ocvi-test.html");
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Test Observer Organization (TOO)");
        // no French name: the French page falls back to English for that property only
        Document french = fixture.page("/fr/organizations/ocvi-test.html");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Test Observer Organization (TOO)");
        assertThat(french.select("li.relationship .category").text()).isNotEqualTo("Observer Membership");
        assertThat(fixture.page("/ar/organizations/ocvi-test.html").selectFirst("h1").text()).isEqualTo("منظمة مراقبة تجريبية (TOO)");

        content.delete("organization", "ocvi-test", "editor");
        assertThat(fixture.get("/organizations/ocvi-test.html").statusCode()).isEqualTo(404);
    }

    @Test
    void aWebsiteThatIsNotAWebAddressIsNotALink() throws IOException, InterruptedException, javax.jcr.RepositoryException {
        // written past the content service's validator, as a stale import could
        var session = fixture.sessions.login(org.oicc.relations.repository.Side.AUTHOR, "organizations");
        try {
            StoredNodes.node(session, "/unicef").setProperty("website", "javascript:alert(1)");
            session.save();
        } finally {
            session.logout();
        }
        Document page = fixture.page("/organizations/unicef.html");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("dl.facts dd").eachText()).contains("javascript:alert(1)");
    }
}
