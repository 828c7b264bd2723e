package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizations list beside 5,000 more: one page at a time, searched and sorted by the index, all in the URL. */
@ExtendWith(LargeSet.class)
class AuthorListAtScaleTest {

    private static final String LIST = "/.author/items/organization";

    private static TestSite f;
    private static UiClient editor;

    @BeforeAll
    static void start(TestSite large) throws Exception {
        f = large;
        editor = UiClient.loggedIn(f, "editor");
    }

    private static Document list(String query) throws Exception {
        HttpResponse<String> r = editor.get(LIST + query);
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return UiClient.html(r);
    }

    private static List<String> titles(Document page) {
        return page.select("table.items tbody td:first-child").eachText();
    }

    private static List<String> generated(int from, int to) {
        return IntStream.range(from, to).mapToObj(LargeSet::name).toList();
    }

    @Test
    void theFirstPageShowsFiftyOfEveryOrganizationWithTheTotal() throws Exception {
        Document page = list("");
        assertThat(page.selectFirst("#count").text()).isEqualTo("1–50 of 5,026");
        assertThat(page.select("table.items tbody tr")).hasSize(50);
        assertThat(page.selectFirst("nav.pager").text()).contains("Page 1 of 101");
        assertThat(page.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo(LIST + "?page=2");
        assertThat(page.select("nav.pager a[rel=prev]")).isEmpty();
        assertThat(page.select("thead th").eachText()).containsExactly("Name, sort descending ▲", "Acronym, sort ascending",
                "Node name, sort ascending", "Category", "Status", "Translations", "Last modified, sort descending", "By");
        assertThat(page.selectFirst("thead th:first-child").attr("aria-sort")).isEqualTo("ascending");
        assertThat(page.selectFirst("thead th:nth-child(2)").attr("aria-sort")).isEqualTo("none");
        assertThat(page.selectFirst("thead th:first-child a").attr("href")).isEqualTo(LIST + "?sort=-name");
    }

    @Test
    void aSearchPagesToItsLastPageInNameOrder() throws Exception {
        Document first = list("?q=generated+ALLIANCE");
        assertThat(first.selectFirst("#count").text()).isEqualTo("1–50 of 5,000");
        assertThat(titles(first)).isEqualTo(generated(0, 50));
        assertThat(first.selectFirst("input#q").val()).isEqualTo("generated ALLIANCE");
        assertThat(first.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo(LIST + "?q=generated+ALLIANCE&page=2");

        Document second = list("?q=generated+ALLIANCE&page=2");
        assertThat(titles(second)).isEqualTo(generated(50, 100));
        assertThat(second.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo(LIST + "?q=generated+ALLIANCE");

        Document last = list("?q=generated+ALLIANCE&page=100");
        assertThat(last.selectFirst("#count").text()).isEqualTo("4,951–5,000 of 5,000");
        assertThat(titles(last)).isEqualTo(generated(4950, 5000));
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(last.selectFirst("nav.pager").text()).contains("Page 100 of 100");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndSaysSo() throws Exception {
        Document beyond = list("?q=generated&page=400");
        assertThat(beyond.selectFirst("[role=status]").text()).isEqualTo("There is no page 400; this is the last one, page 100.");
        assertThat(titles(beyond)).isEqualTo(generated(4950, 5000));
    }

    @Test
    void anyLanguageOfTheNameAndTheAcronymAreSearched() throws Exception {
        assertThat(titles(list("?q=zanzib"))).containsExactly("Zanzibar Municipal Partnership");
        assertThat(titles(list("?q=zmp"))).containsExactly("Zanzibar Municipal Partnership");
        assertThat(titles(list("?q=GAC4321"))).containsExactly(LargeSet.name(4321));
        assertThat(titles(list("?q=gen-0042"))).containsExactly(LargeSet.name(42)); // the node name too
        assertThat(titles(list("?q=" + java.net.URLEncoder.encode("المدن 4320", java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(LargeSet.name(4320));
        assertThat(titles(list("?q=agglom%C3%A9rations+0999"))).containsExactly(LargeSet.name(999));
        assertThat(list("?q=AGGLOM%C3%A9RATIONS").selectFirst("#count").text()).isEqualTo("1–50 of 1,667");
        Document none = list("?q=no-such-organization-anywhere");
        assertThat(none.selectFirst("#count").text()).isEqualTo("0 of 0");
        assertThat(none.selectFirst("table.items tbody").text()).isEqualTo("Nothing matches.");
    }

    @Test
    void columnsSortBothWaysAndTheSearchKeepsTheSort() throws Exception {
        Document desc = list("?q=generated&sort=-name");
        assertThat(titles(desc).subList(0, 3)).containsExactly(LargeSet.name(4999), LargeSet.name(4998), LargeSet.name(4997));
        assertThat(desc.selectFirst("thead th:first-child").attr("aria-sort")).isEqualTo("descending");
        assertThat(desc.selectFirst("form.search input[name=sort]").val()).isEqualTo("-name");

        Document byAcronym = list("?q=generated&sort=-acronym&page=100");
        assertThat(byAcronym.select("table.items tbody td:nth-child(2)").eachText().get(49)).isEqualTo("GAC0000");
        assertThat(byAcronym.selectFirst("thead th:nth-child(2)").attr("aria-sort")).isEqualTo("descending");

        Document byNode = list("?sort=node");
        assertThat(byNode.selectFirst("table.items tbody td:nth-child(3)").text()).isEqualTo("alecso");
    }

    @Test
    void theMissingTranslationFiltersPageThroughTheIndexWithTheSearchAndTheSort() throws Exception {
        // without Arabic: the odd generated ones (2,500), Zanzibar, and the seed's three
        Document ar = list("?missing=ar");
        assertThat(ar.selectFirst("#count").text()).isEqualTo("1–50 of 2,504");
        assertThat(ar.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo(LIST + "?missing=ar&page=2");
        Document generatedAr = list("?q=generated&missing=ar&page=2");
        assertThat(generatedAr.selectFirst("#count").text()).isEqualTo("51–100 of 2,500");
        assertThat(titles(generatedAr)).isEqualTo(IntStream.range(50, 100).map(i -> 2 * i + 1).mapToObj(LargeSet::name).toList());
        Document last = list("?q=generated&missing=ar&sort=-name&page=50");
        assertThat(titles(last).get(49)).isEqualTo(LargeSet.name(1));
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
        // without French: all but every third generated one (3,333), Zanzibar, the seed's three
        assertThat(list("?missing=fr").selectFirst("#count").text()).isEqualTo("1–50 of 3,337");
        assertThat(list("?missing=fr&q=GAC0003").selectFirst("#count").text()).isEqualTo("0 of 0");
        assertThat(titles(list("?missing=fr&q=GAC0004"))).containsExactly(LargeSet.name(4));
        assertThat(list("?q=GAC0001").selectFirst("tr .tr[data-locale=ar]").text()).isEqualTo("Arabic: 1 missing translation");
    }

    @Test
    void badListParametersAreExplainedNotGuessed() throws Exception {
        assertThat(editor.get(LIST + "?page=abc").statusCode()).isEqualTo(400);
        assertThat(editor.get(LIST + "?page=0").statusCode()).isEqualTo(400);
        assertThat(editor.get(LIST + "?page=99999999999").statusCode()).isEqualTo(400);
        HttpResponse<String> sort = editor.get(LIST + "?sort=description");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(sort).select("main").text()).contains("The list cannot be sorted by 'description'");
        assertThat(editor.get(LIST + "?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
    }
}
