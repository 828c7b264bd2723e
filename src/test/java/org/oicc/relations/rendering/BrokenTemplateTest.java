package org.oicc.relations.rendering;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.TestTrees;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken template or page gives the visitor a plain error page; the details go to the log only. */
class BrokenTemplateTest {

    @Test
    void aFailingTemplateIsAPlain500WithoutDetails(@TempDir Path data, @TempDir Path modules) throws IOException, InterruptedException {
        Path module = copyModule(modules);
        Files.writeString(module.resolve("templates/components/agreementAims.ftl"), "<p>${content.missing.deeper}</p>\n");
        try (TestSite fixture = TestSite.builder().lightModules(modules).site().start(data)) {
            HttpResponse<String> response = fixture.get("/fr/relations.html");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("h1").text()).isEqualTo("La page ne peut pas être affichée");
            assertThat(response.body()).doesNotContainIgnoringCase("freemarker").doesNotContain("missing")
                    .doesNotContain("Exception").doesNotContain("agreementAims").doesNotContain("at org.");
            // the rest of the site is not affected
            assertThat(fixture.get("/organizations/iula.html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anUndefinedAreaIsAnError(@TempDir Path data, @TempDir Path modules) throws IOException, InterruptedException {
        Path module = copyModule(modules);
        Files.writeString(module.resolve("templates/pages/relations.ftl"), "[@cms.area name=\"sidebar\" /]\n");
        try (TestSite fixture = TestSite.builder().lightModules(modules).site().start(data)) {
            assertThat(fixture.get("/relations.html").statusCode()).isEqualTo(500);
        }
    }

    @Test
    void aComponentWhoseTemplateIsGoneShowsNothingAndThePageStillRenders(@TempDir Path data)
            throws IOException, InterruptedException, RepositoryException {
        try (TestSite fixture = TestSite.builder().site().start(data)) {
            Session website = fixture.sessions.login(Side.AUTHOR, "website");
            try {
                Node component = StoredNodes.node(website, "/relations/main").addNode("05", "mgnl:component");
                component.setProperty("mgnl:template", "oicc-relations:components/gone");
                component.setProperty("text", "<p>never shown</p>");
                Node page = StoredNodes.node(website, "/relations/main").addNode("06", "mgnl:component");
                page.setProperty("mgnl:template", "oicc-relations:pages/relations"); // a page template is no component
                website.save();
            } finally {
                website.logout();
            }
            Document page = fixture.page("/relations.html");
            assertThat(page.text()).doesNotContain("never shown");
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("section.category")).hasSize(4);
        }
    }

    @Test
    void aPageWithoutAKnownTemplateIsNotFound(@TempDir Path data) throws IOException, InterruptedException, RepositoryException {
        try (TestSite fixture = TestSite.builder().site().start(data)) {
            Session website = fixture.sessions.login(Side.AUTHOR, "website");
            try {
                StoredNodes.addTopLevel(website, "draft", "mgnl:page").setProperty("mgnl:template", "other-module:pages/x");
                StoredNodes.addTopLevel(website, "bare", "mgnl:page");
                website.save();
            } finally {
                website.logout();
            }
            assertThat(fixture.get("/draft.html").statusCode()).isEqualTo(404);
            assertThat(fixture.get("/bare.html").statusCode()).isEqualTo(404);
        }
    }

    /** A copy of the light module to break; {@code modules} then holds {@code oicc-relations/}. */
    static Path copyModule(Path modules) throws IOException {
        return TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve("oicc-relations"));
    }
}
