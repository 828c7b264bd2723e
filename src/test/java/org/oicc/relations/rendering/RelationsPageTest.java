package org.oicc.relations.rendering;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /relations.html} says everything the seed page says, in English, Arabic and French. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationsPageTest {

    /** The partners of the seed page; the League of Arab States appears only as ALECSO's parent. */
    static final List<String> PARTNERS = List.of("UN-ECOSOC", "UNICEF", "UNIDO", "UN-DPI", "CONGO", "ICLEI", "IULA",
            "ICOMOS", "V.E.A", "OIC", "IDB", "ISESCO", "IRCICA", "SESRTCIC", "ALECSO", "OISA", "ICCI", "ATO", "HABITAT",
            "UTO", "METROPOLIS", "ATU", "CEDARE", "ISPRS");

    private TestSite fixture;
    private Document english;

    @BeforeAll
    void start(@TempDir Path data) throws IOException, InterruptedException {
        fixture = TestSite.builder().site().start(data);
        english = fixture.page("/relations.html");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void titleAndTheFourCategoriesInPageOrder() {
        assertThat(english.select("h1")).hasSize(1);
        assertThat(english.selectFirst("h1").text()).isEqualTo("Regional and International relations");
        assertThat(english.title()).startsWith("Regional and International relations");
        assertThat(english.select("section.category > h2").eachText()).containsExactly("Consultative Status",
                "Membership in International Organizations", "Observer Membership", "Friendship and Cooperation Agreements");
    }

    @Test
    void theIntroductionsAreSaidOnce() {
        String text = english.select("main").text();
        assertThat(english.select("#consultative-status .intro")).isEmpty();
        assertThat(english.select("#observer .intro").text()).contains("exchanging membership therein as observer");
        assertThat(english.select("#cooperation-agreement .intro").text())
                .contains("friendship and cooperation agreements with the following institutions");
        assertThat(english.select("#membership .intro")).isEmpty();
        assertThat(text.split("The Organization has long sought", -1)).hasSize(2);
    }

    @Test
    void everyPartnerOrganizationWithItsAcronymInEachCategoryInOrder() {
        assertThat(acronyms("consultative-status")).containsExactly("UN-ECOSOC", "UNICEF", "UNIDO", "UN-DPI");
        assertThat(acronyms("membership")).containsExactly("CONGO", "ICLEI", "IULA", "ICOMOS", "ICLEI", "IULA", "V.E.A");
        assertThat(acronyms("observer")).containsExactly("OIC", "IDB", "ISESCO", "IRCICA", "SESRTCIC", "ALECSO", "OISA", "ICCI");
        assertThat(acronyms("cooperation-agreement"))
                .containsExactly("IDB", "ATO", "HABITAT", "UTO", "IULA", "METROPOLIS", "ATU", "CEDARE", "ISPRS");
        Set<String> all = new LinkedHashSet<>();
        english.select("a.organization").forEach(a -> all.add(a.attr("href")));
        assertThat(all).hasSize(PARTNERS.size());
        assertThat(english.select("a.organization").eachText())
                .contains("International Union of Local Authorities (IULA)", "Islamic Development Bank (IDB)",
                        "United Nations Economic and Social Council (UN-ECOSOC)");
    }

    @Test
    void rolesAsOnTheSeedPage() {
        List<String> committee = english.select("li.entry").stream()
                .filter(li -> li.select(".role").text().equals("Member of the Executive Committee"))
                .map(li -> li.selectFirst("a.organization").text()).toList();
        assertThat(committee).containsExactly("International Council for Local Environmental Initiatives (ICLEI)",
                "International Union of Local Authorities (IULA)");
        assertThat(entry("consultative-status", 0).select(".role").text()).isEqualTo("General consultative status");
        Element alecso = english.select("#observer li.entry").stream()
                .filter(li -> li.text().contains("ALECSO")).findFirst().orElseThrow();
        assertThat(alecso.select(".parent").text()).isEqualTo("part of the League of Arab States");
    }

    @Test
    void theFiveAimsInOrderWithTheirDomains() {
        Element aims = english.selectFirst("section.aims");
        assertThat(aims.select(".intro").text()).isEqualTo("The aforementioned agreements aim to:");
        assertThat(aims.select("li.aim .aim-title").eachText()).containsExactly("Exchange of expertise",
                "Expanding cooperation", "Communication and cooperation", "Exchanges, training and conferences",
                "Studies and development projects");
        assertThat(aims.select("li.aim").get(0).select("ul.domains li").eachText()).containsExactly("planning and housing",
                "city and public facilities management", "protection of the environment",
                "sustainable development of human settlements");
        assertThat(aims.select("li.aim").get(3).select(".aim-description").text()).contains("training courses, symposia");
        assertThat(aims.select("li.aim")).allSatisfy(li -> assertThat(li.select("ul.domains li")).isNotEmpty());
    }

    @Test
    void arabicIsRightToLeftWithArabicTitlesAndUiStrings() throws IOException, InterruptedException {
        Document arabic = fixture.page("/ar/relations.html");
        assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("العلاقات الإقليمية والدولية");
        assertThat(arabic.select("section.category > h2").eachText()).containsExactly("المركز الاستشاري",
                "العضوية في المنظمات الدولية", "العضوية بصفة مراقب", "اتفاقيات الصداقة والتعاون");
        assertThat(arabic.selectFirst(".skip-link").text()).isEqualTo("انتقل إلى المحتوى الرئيسي");
        assertThat(arabic.select("a.organization").first().attr("href")).isEqualTo("/ar/organizations/un-ecosoc.html");
        assertThat(arabic.select("a.organization").eachText()).contains("البنك الإسلامي للتنمية (IDB)");
    }

    @Test
    void frenchHasFrenchTitlesAndTheLanguageSwitchPointsAtTheSamePage() throws IOException, InterruptedException {
        Document french = fixture.page("/fr/relations.html");
        assertThat(french.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Relations régionales et internationales");
        assertThat(french.select("section.category > h2").first().text()).isEqualTo("Statut consultatif");
        Map<String, String> switcher = new LinkedHashMap<>();
        french.select("nav.languages a").forEach(a -> switcher.put(a.attr("hreflang"), a.attr("href")));
        assertThat(switcher).containsExactly(Map.entry("en", "/relations.html"), Map.entry("ar", "/ar/relations.html"),
                Map.entry("fr", "/fr/relations.html"));
        assertThat(french.select("nav.languages a[aria-current=page]").attr("hreflang")).isEqualTo("fr");
    }

    @Test
    void everyOrganizationLinkAnswersWithThatOrganizationsRelationships() throws IOException, InterruptedException {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (Element section : english.select("section.category")) {
            String category = section.selectFirst("h2").text();
            for (Element li : section.select("li.entry")) {
                expected.computeIfAbsent(li.selectFirst("a.organization").attr("href"), k -> new LinkedHashSet<>())
                        .add(category + " | " + li.select(".role").text());
            }
        }
        assertThat(expected).hasSize(PARTNERS.size());
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            Document org = fixture.page(e.getKey());
            Set<String> shown = new LinkedHashSet<>();
            org.select("li.relationship").forEach(li -> shown.add(li.select(".category").text() + " | " + li.select(".role").text()));
            assertThat(shown).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(org.select("h1")).as(e.getKey()).hasSize(1);
        }
    }

    @Test
    void organizationPageShowsNameAcronymWebsiteParentAndTheAimsOfItsAgreements() throws IOException, InterruptedException {
        Document alecso = fixture.page("/organizations/alecso.html");
        assertThat(alecso.selectFirst("h1").text()).isEqualTo("Arab League Educational, Cultural and Scientific Organization (ALECSO)");
        assertThat(alecso.select("dl.facts dt").eachText()).containsExactly("Acronym", "Website", "Part of");
        assertThat(alecso.select("dl.facts a[rel=external]").attr("href")).isEqualTo("https://www.alecso.org");
        assertThat(alecso.select("dl.facts dd a").last().attr("href")).isEqualTo("/organizations/league-of-arab-states.html");
        assertThat(alecso.select("section.aims")).isEmpty();

        Document idb = fixture.page("/organizations/idb.html");
        assertThat(idb.select("section.aims li.aim .aim-title").eachText()).hasSize(5).first().isEqualTo("Exchange of expertise");
        assertThat(idb.select("section.aims li.aim").first().select("ul.domains li").eachText()).contains("planning and housing");

        Document league = fixture.page("/organizations/league-of-arab-states.html");
        assertThat(league.select("li.relationship")).isEmpty();
        assertThat(league.select("section.relationships p").text()).contains("No relationship is recorded");
    }

    @Test
    void theOrganizationsPageListsEveryOrganization() throws IOException, InterruptedException {
        Document list = fixture.page("/organizations.html");
        assertThat(list.select("ul.organization-list a")).hasSize(PARTNERS.size() + 1);
        assertThat(list.select("ul.organization-list a").eachAttr("href")).contains("/organizations/iula.html");
    }

    @Test
    void oneH1AndHeadingsThatNeverSkipALevel() throws IOException, InterruptedException {
        for (String path : List.of("/relations.html", "/ar/relations.html", "/organizations/iula.html",
                "/organizations.html", "/fr/organizations/idb.html")) {
            Document doc = fixture.page(path);
            assertThat(doc.select("h1")).as(path).hasSize(1);
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as(path + ": " + h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            assertThat(doc.select("a[href]")).as(path).allSatisfy(a -> assertThat(a.text()).isNotBlank());
            assertThat(doc.select("main#main")).hasSize(1);
        }
    }

    private List<String> acronyms(String category) {
        return english.select("#" + category + " li.entry a.organization").eachText().stream()
                .map(t -> t.substring(t.lastIndexOf('(') + 1, t.length() - 1)).toList();
    }

    private Element entry(String category, int index) {
        return english.select("#" + category + " li.entry").get(index);
    }
}
