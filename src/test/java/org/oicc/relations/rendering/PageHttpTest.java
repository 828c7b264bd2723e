package org.oicc.relations.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.oicc.relations.testing.SiteFixture;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page servlets answer besides pages: 404 and 405 pages, ETag/304, web resources, page JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageHttpTest {

    @RegisterExtension
    static final SiteFixture fixture = SiteFixture.of(b -> b.site());

    @Test
    void pageHeaders() throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.site.get("/ar/relations.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWithIgnoringCase("text/html;charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("ar");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(v -> assertThat(v).matches("\"[A-Za-z0-9_-]{27}\""));
    }

    @Test
    void sameETagAnswers304WithoutBodyAndAnotherLanguageHasAnother() throws IOException, InterruptedException {
        String etag = fixture.site.get("/relations.html").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = fixture.site.get("/relations.html", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(fixture.site.get("/relations.html", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(fixture.site.get("/fr/relations.html").headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void unknownPathsAreAnHtml404InTheLanguageOfTheUrl() throws IOException, InterruptedException {
        // "/" redirects to the home page (SiteLinksTest)
        for (String path : List.of("/nope.html", "/organizations/nope.html", "/relations", "/relations.html/x",
                "/a/../relations.html", "/relations/main.html", "/relations/main/00.html",
                "/organizations/iula/relationships.html", "/ar/nope.html")) {
            HttpResponse<String> response = fixture.site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWithIgnoringCase("text/html");
            Document doc = Jsoup.parse(response.body());
            assertThat(doc.select("h1")).as(path).hasSize(1);
        }
        // Jetty itself refuses encoded dot segments (400) before any servlet sees them
        assertThat(fixture.site.get("/%2e%2e/relations.html").statusCode()).isIn(400, 404);
        Document arabic = Jsoup.parse(fixture.site.get("/ar/nope.html").body());
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(arabic.select("main a").attr("href")).isEqualTo("/ar/relations.html");
    }

    @Test
    void onlyGetAndHead() throws IOException, InterruptedException {
        HttpResponse<String> post = fixture.site.send("POST", "/relations.html");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = fixture.site.send("HEAD", "/relations.html");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(fixture.site.send("DELETE", "/.resources/oicc-relations/webresources/css/relations.css").statusCode()).isEqualTo(405);
    }

    @Test
    void webResourcesServedWithTypeCachingAndETag() throws IOException, InterruptedException {
        String css = "/.resources/oicc-relations/webresources/css/relations.css";
        HttpResponse<String> response = fixture.site.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWithIgnoringCase("text/css");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(response.body()).contains(":focus-visible").contains("@media");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(fixture.site.get(css, "If-None-Match", etag).statusCode()).isEqualTo(304);
        Document page = Jsoup.parse(fixture.site.get("/relations.html").body());
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo(css);
    }

    @Test
    void onlyFilesOfWebresourcesAreServed() throws IOException, InterruptedException {
        for (String path : List.of("/.resources/oicc-relations/webresources/css/missing.css",
                "/.resources/oicc-relations/module.yaml", "/.resources/oicc-relations/webresources/../module.yaml",
                "/.resources/other/webresources/css/relations.css",
                "/.resources/oicc-relations/webresources/.hidden", "/.resources/oicc-relations/webresources/css")) {
            assertThat(fixture.site.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(fixture.site.get("/.resources/oicc-relations/webresources/%2e%2e/module.yaml").statusCode()).isIn(400, 404);
    }

    @Test
    void pagesEndpointGivesThePageWithAreasAndComponents() throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.site.get("/.rest/delivery/pages/v1/relations");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = new ObjectMapper().readTree(response.body());
        assertThat(page.path("@nodeType").asText()).isEqualTo("mgnl:page");
        assertThat(page.path("mgnl:template").asText()).isEqualTo("oicc-relations:pages/relations");
        assertThat(page.path("title").asText()).isEqualTo("Regional and International relations");
        JsonNode main = page.path("main");
        assertThat(main.path("@nodeType").asText()).isEqualTo("mgnl:area");
        List<String> names = new ArrayList<>();
        main.path("@nodes").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactly("00", "01", "02", "03", "04", "05");
        for (String name : names) {
            assertThat(main.path(name).path("@nodeType").asText()).isEqualTo("mgnl:component");
        }
        // the page's opening paragraph is a text component above the first category
        assertThat(main.path("00").path("mgnl:template").asText()).isEqualTo("oicc-relations:components/text");
        assertThat(main.path("00").path("text").asText()).startsWith("<p>The Organization has long sought to promote its global status");
        assertThat(main.path("01").path("mgnl:template").asText()).isEqualTo("oicc-relations:components/relationshipCategory");
        assertThat(main.path("05").path("mgnl:template").asText()).isEqualTo("oicc-relations:components/agreementAims");
        assertThat(main.path("05").path("intro").asText()).isEqualTo("<p>The aforementioned agreements aim to:</p>");
        // each category component carries its category, expanded by the reference resolver
        List<String> categories = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String name : names.subList(1, 5)) {
            JsonNode category = main.path(name).path("category");
            assertThat(category.isObject()).as(name).isTrue();
            assertThat(category.path("@nodeType").asText()).as(name).isEqualTo("oicc:relationshipCategory");
            categories.add(category.path("@name").asText());
            titles.add(category.path("title").asText());
        }
        assertThat(categories).containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
        assertThat(titles).containsExactly("Consultative Status", "Membership in International Organizations",
                "Observer Membership", "Friendship and Cooperation Agreements");
        JsonNode first = main.path("01").path("category");
        assertThat(first.path("@id").asText()).isEqualTo("1aba3ebd-e7a5-3d04-aef7-d19b678d9cb0");
        // the seed page gives the Consultative Status list no introduction of its own
        assertThat(first.has("intro")).isFalse();

        JsonNode arabic = new ObjectMapper().readTree(fixture.site.get("/.rest/delivery/pages/v1/relations?lang=ar").body());
        assertThat(arabic.path("title").asText()).isEqualTo("العلاقات الإقليمية والدولية");
        assertThat(arabic.path("main").path("01").path("category").path("title").asText()).isEqualTo("المركز الاستشاري");
    }
}
