package org.oicc.relations.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each organization page carries schema.org {@code Organization} data (JSON-LD): its names, website,
 * parent, and the OICC's memberships from the relationships as {@code member} / {@code memberOf};
 * no content can break out of the script element.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructuredDataTest {

    @RegisterExtension
    static final SiteFixture fixture = SiteFixture.of(b -> b.site());

    @Test
    void iulaWithTheOiccsTwoMemberships() throws IOException, InterruptedException {
        String b = fixture.site.base();
        String oicc = b + "/relations.html#oicc";
        String iula = b + "/organizations/iula.html";
        String expected = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"" + iula
                + "#organization\",\"url\":\"" + iula + "\",\"name\":\"International Union of Local Authorities\","
                + "\"alternateName\":\"IULA\",\"member\":["
                + "{\"@type\":\"OrganizationRole\",\"roleName\":\"Member\",\"member\":{\"@id\":\"" + oicc + "\"}},"
                + "{\"@type\":\"OrganizationRole\",\"roleName\":\"Member of the Executive Committee\",\"member\":{\"@id\":\"" + oicc + "\"}}]},"
                + "{\"@type\":\"Organization\",\"name\":\"Organization of Islamic Capitals and Cities\",\"@id\":\"" + oicc + "\","
                + "\"memberOf\":["
                + "{\"@type\":\"OrganizationRole\",\"roleName\":\"Member\",\"memberOf\":{\"@id\":\"" + iula + "#organization\"}},"
                + "{\"@type\":\"OrganizationRole\",\"roleName\":\"Member of the Executive Committee\",\"memberOf\":{\"@id\":\"" + iula
                + "#organization\"}}]}]}";
        assertThat(TestSite.JSON.writeValueAsString(jsonLd("/organizations/iula.html")))
                .isEqualTo(TestSite.JSON.writeValueAsString(TestSite.JSON.readTree(expected)));
    }

    @Test
    void alecsoNamesItsParentAndItsWebsiteInTheArabicPage() throws IOException, InterruptedException {
        JsonNode alecso = jsonLd("/ar/organizations/alecso.html").path("@graph").path(0);
        assertThat(alecso.path("name").asText()).isEqualTo("المنظمة العربية للتربية والثقافة والعلوم");
        assertThat(alecso.path("sameAs").asText()).isEqualTo("https://www.alecso.org");
        assertThat(alecso.path("parentOrganization").path("name").asText()).isEqualTo("جامعة الدول العربية");
        assertThat(alecso.path("parentOrganization").path("url").asText())
                .isEqualTo(fixture.site.base() + "/ar/organizations/league-of-arab-states.html");
        // an observer membership is one too, with its role
        assertThat(alecso.path("member").path(0).path("roleName").asText()).isEqualTo("مراقب");
    }

    @Test
    void aConsultativeStatusIsNoMembership() throws IOException, InterruptedException {
        JsonNode unicef = jsonLd("/organizations/unicef.html").path("@graph");
        assertThat(unicef.path(0).has("member")).isFalse();
        assertThat(unicef.path(1).has("memberOf")).isFalse();
    }

    @Test
    void aHostileNameCannotEndTheScript() throws IOException, InterruptedException {
        String observer = fixture.site.content.read("relationshipCategory", "observer").id();
        String hostile = "Evil </script><script>alert(1)</script> <!-- & \"quoted\" \\ \u2028";
        fixture.site.content.create("organization", "hostile-ld", ItemInput.of(Map.of("name", hostile, "acronym", "</SCRIPT>",
                "relationships", List.of(Map.of("category", observer, "role", "</script>", "position", 40)))), "editor");
        try {
            String raw = fixture.site.get("/organizations/hostile-ld.html").body();
            String open = "<script type=\"application/ld+json\">";
            String script = raw.substring(raw.indexOf(open) + open.length());
            script = script.substring(0, script.indexOf("</script>"));
            assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&");
            assertThat(raw.split("</script>", -1)).as("one script element, closed once").hasSize(2);
            Document page = fixture.site.page("/organizations/hostile-ld.html");
            assertThat(page.select("script")).hasSize(1);
            JsonNode org = TestSite.JSON.readTree(page.selectFirst("script").data()).path("@graph").path(0);
            assertThat(org.path("name").asText()).isEqualTo(hostile);
            assertThat(org.path("alternateName").asText()).isEqualTo("</SCRIPT>");
            assertThat(org.path("member").path(0).path("roleName").asText()).isEqualTo("</script>");
        } finally {
            fixture.site.content.delete("organization", "hostile-ld", "editor");
        }
    }

    private JsonNode jsonLd(String url) throws IOException, InterruptedException {
        Document page = fixture.site.page(url);
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return TestSite.JSON.readTree(scripts.get(0).data());
    }
}
