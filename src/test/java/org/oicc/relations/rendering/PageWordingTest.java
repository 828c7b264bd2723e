package org.oicc.relations.rendering;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.SiteFixture;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the relations page says in words, as the seed page says it: the opening paragraph above the
 * first category, "part of the League of Arab States" in each language's grammar, and English
 * fallbacks inside the Arabic and French pages marked as English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWordingTest {

    @RegisterExtension
    static final SiteFixture fixture = SiteFixture.of(b -> b.site());

    @ParameterizedTest
    @CsvSource({"/relations.html, The Organization has long sought to promote its global status",
            "/ar/relations.html, سعت المنظمة منذ أمد بعيد إلى تعزيز مكانتها العالمية",
            "/fr/relations.html, L’Organisation s’attache depuis longtemps à promouvoir son statut mondial"})
    void theOpeningParagraphStandsAboveTheFirstCategory(String url, String opening) throws IOException, InterruptedException {
        Document page = fixture.site.page(url);
        Element main = page.selectFirst("main");
        List<Element> blocks = main.children();
        assertThat(blocks.get(0).tagName()).isEqualTo("h1");
        assertThat(blocks.get(1).hasClass("text")).as("the text component right after the title").isTrue();
        assertThat(blocks.get(1).text()).startsWith(opening);
        assertThat(blocks.get(2).id()).isEqualTo("consultative-status");
        // the Consultative Status list has no introduction of its own on the seed page
        assertThat(page.select("#consultative-status .intro")).isEmpty();
        assertThat(main.text().split(opening, -1)).as("said once").hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"/relations.html, part of the League of Arab States",
            "/ar/relations.html, التابعة لجامعة الدول العربية",
            "/fr/relations.html, fait partie de la Ligue des États arabes"})
    void alecsoIsPartOfTheLeagueInEachLanguage(String url, String phrase) throws IOException, InterruptedException {
        Element alecso = fixture.site.page(url).select("#observer li.entry").stream()
                .filter(li -> li.text().contains("ALECSO")).findFirst().orElseThrow();
        assertThat(alecso.selectFirst(".parent").text()).isEqualTo(phrase);
        assertThat(alecso.select(".parent [lang]")).as("the League's name is translated").isEmpty();
    }

    @Test
    void theArticleFollowsTheParentsName() throws IOException, InterruptedException {
        String observer = fixture.site.content.read("relationshipCategory", "observer").id();
        String council = fixture.site.content.create("organization", "grammar-council", ItemInput.of(Map.of(
                "name", "Council of Test Cities", "name_fr", "Conseil des villes d’essai", "name_ar", "المجلس التجريبي")),
                "editor").id();
        String union = fixture.site.content.create("organization", "grammar-union", ItemInput.of(Map.of(
                "name", "Union of Test Cities", "name_fr", "Union des villes d’essai", "name_ar", "اتحاد المدن التجريبية")),
                "editor").id();
        fixture.site.content.create("organization", "grammar-child-1", ItemInput.of(Map.of("name", "Child One", "acronym", "CH1",
                "parent", council, "relationships", List.of(Map.of("category", observer, "position", 20)))), "editor");
        fixture.site.content.create("organization", "grammar-child-2", ItemInput.of(Map.of("name", "Child Two", "acronym", "CH2",
                "parent", union, "relationships", List.of(Map.of("category", observer, "position", 21)))), "editor");
        try {
            assertThat(parents("/relations.html")).contains("part of the Council of Test Cities", "part of the Union of Test Cities");
            // masculine first word: "du"; a vowel elides the article: "de l’"
            assertThat(parents("/fr/relations.html"))
                    .contains("fait partie du Conseil des villes d’essai", "fait partie de l’Union des villes d’essai");
            // li- + al- drops the alif ("للمجلس"); a name without the article is joined as is
            assertThat(parents("/ar/relations.html")).contains("التابعة للمجلس التجريبي", "التابعة لاتحاد المدن التجريبية");
        } finally {
            for (String name : List.of("grammar-child-1", "grammar-child-2", "grammar-council", "grammar-union")) {
                fixture.site.content.delete("organization", name, "editor");
            }
        }
    }

    @Test
    void englishFallbacksInTheArabicPageAreMarkedEnglish() throws IOException, InterruptedException {
        String observer = fixture.site.content.read("relationshipCategory", "observer").id();
        // no Arabic name, no Arabic role: both shown in English
        fixture.site.content.create("organization", "fallback-test", ItemInput.of(Map.of("name", "Untranslated Test Body",
                "acronym", "UTB", "relationships", List.of(Map.of("category", observer, "role", "Guest observer",
                        "position", 30)))), "editor");
        try {
            Document arabic = fixture.site.page("/ar/relations.html");
            assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
            Element entry = arabic.select("#observer li.entry").stream()
                    .filter(li -> li.text().contains("UTB")).findFirst().orElseThrow();
            Element name = entry.selectFirst("a.organization span[lang]");
            assertThat(name.text()).isEqualTo("Untranslated Test Body");
            assertThat(name.attr("lang")).isEqualTo("en");
            assertThat(name.attr("dir")).isEqualTo("ltr");
            assertThat(entry.selectFirst(".role").attr("lang")).isEqualTo("en");
            assertThat(entry.selectFirst(".role").attr("dir")).isEqualTo("ltr");
            // the seed's untranslated names too; translated names carry no lang of their own
            assertThat(arabic.select("a.organization span[lang=en]").eachText()).contains("Euro-Arab Cooperation Center",
                    "Organization of Islamic Shipowners Association", "International Association of Metropolis");
            Element iula = arabic.selectFirst("a.organization[href$=/iula.html]");
            assertThat(iula.select("[lang]")).isEmpty();
            assertThat(fixture.site.page("/ar/organizations/fallback-test.html").selectFirst("h1 span[lang=en][dir=ltr]").text())
                    .isEqualTo("Untranslated Test Body");
            // the English page marks nothing: every value is in its own language
            assertThat(fixture.site.page("/relations.html").select("main [lang]")).isEmpty();
        } finally {
            fixture.site.content.delete("organization", "fallback-test", "editor");
        }
    }

    private List<String> parents(String url) throws IOException, InterruptedException {
        return fixture.site.page(url).select("#observer .parent").eachText();
    }
}
