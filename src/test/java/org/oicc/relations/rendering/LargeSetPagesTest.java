package org.oicc.relations.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.LargeSet;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relations page on 5,000 generated organizations: each category shows its first 50 entries and
 * a link "All 2,512 entries" to its paged page; walking those pages by their rel="next" links shows
 * every entry exactly once, in page order, so nothing is dropped; errors are pages, not stack traces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSetPagesTest {

    static final int ORGANIZATIONS = 5000;
    /** The seed's entries per category, in page order. */
    static final Map<String, Integer> SEED = new LinkedHashMap<>(Map.of("consultative-status", 4, "membership", 7,
            "observer", 8, "cooperation-agreement", 9));

    private TestSite fixture;
    private Map<String, Integer> totals;
    private int relationships;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = TestSite.builder().site().start(data);
        LargeSet.Written written = LargeSet.write(fixture.sessions, Side.PUBLIC, ORGANIZATIONS, 12);
        totals = new LinkedHashMap<>();
        SEED.forEach((name, n) -> totals.put(name, n + written.byCategory().get(name)));
        relationships = written.relationships() + SEED.values().stream().mapToInt(Integer::intValue).sum();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void eachCategoryShowsItsFirstEntriesAndLinksToAllOfThem() throws Exception {
        Document page = page("/relations.html");
        for (String category : SEED.keySet()) {
            Element section = page.selectFirst("section.category#" + category);
            assertThat(section.select("ol.entries > li.entry")).hasSize(50);
            Element all = section.selectFirst("p.all-entries a");
            assertThat(all.attr("href")).isEqualTo("/relations/" + category + ".html");
            assertThat(all.text()).isEqualTo("All " + String.format(java.util.Locale.ENGLISH, "%,d", totals.get(category)) + " entries");
        }
        // the seed's entries keep their places at the top
        assertThat(page.selectFirst("#membership li.entry a.organization").attr("href")).isEqualTo("/organizations/iclei.html");
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() throws Exception {
        int membership = totals.get("membership");
        Element arabic = page("/ar/relations.html").selectFirst("#membership p.all-entries a");
        assertThat(arabic.attr("href")).isEqualTo("/ar/relations/membership.html");
        assertThat(arabic.text()).isEqualTo("جميع الإدخالات (" + java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("ar"))
                .format(membership) + ")");
        assertThat(arabic.text()).doesNotContainPattern("[0-9]");
        Element french = page("/fr/relations.html").selectFirst("#membership p.all-entries a");
        assertThat(french.attr("href")).isEqualTo("/fr/relations/membership.html");
        assertThat(french.text()).isEqualTo("Les " + (membership / 1000) + "\u202f" + String.format("%03d", membership % 1000) + " entrées");
    }

    @Test
    void walkingEveryCategoryPageShowsEveryEntryOnceInPageOrder() throws Exception {
        int seen = 0;
        for (String category : SEED.keySet()) {
            List<String> entries = new ArrayList<>();
            String url = "/relations/" + category + ".html";
            String previous = null;
            int number = 1;
            while (url != null) {
                Document page = page(url);
                Element prev = page.selectFirst("head link[rel=prev]");
                assertThat(prev == null ? null : prev.attr("href")).isEqualTo(previous);
                assertThat(page.select("nav.pager .current").text()).startsWith("Page " + number + " of ");
                for (Element li : page.select("ol.entries > li.entry")) {
                    entries.add(li.selectFirst(".organization").text() + " / " + li.select(".role").text());
                }
                Element next = page.selectFirst("head link[rel=next]");
                if (next != null) {
                    assertThat(page.select("nav.pager a[rel=next]").attr("href")).isEqualTo(next.attr("href"));
                    assertThat(next.attr("href")).isEqualTo("/relations/" + category + ".html?page=" + (number + 1));
                }
                previous = url;
                url = next == null ? null : next.attr("href");
                number++;
            }
            assertThat(entries).hasSize(totals.get(category));
            assertThat(new HashSet<>(entries)).hasSize(entries.size());
            seen += entries.size();
        }
        assertThat(seen).isEqualTo(relationships);
    }

    @Test
    void aPageStartsWhereThePreviousEnded() throws Exception {
        Document second = page("/relations/observer.html?page=2");
        assertThat(second.selectFirst("ol.entries").attr("start")).isEqualTo("51");
        assertThat(second.select("p.range").text()).isEqualTo("Entries 51–100 of "
                + String.format(java.util.Locale.ENGLISH, "%,d", totals.get("observer")));
        assertThat(second.selectFirst("head link[rel=prev]").attr("href")).isEqualTo("/relations/observer.html");
        assertThat(second.title()).startsWith("Observer Membership – Page 2 of ");
    }

    @Test
    void categoryPagesInArabicAndFrench() throws Exception {
        Document arabic = page("/ar/relations/observer.html?page=2");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("head link[rel=prev]").attr("href")).isEqualTo("/ar/relations/observer.html");
        assertThat(arabic.selectFirst("head link[rel=next]").attr("href")).isEqualTo("/ar/relations/observer.html?page=3");
        assertThat(arabic.select("nav.pager a[rel=next]").text()).isEqualTo("الصفحة التالية");
        assertThat(arabic.select("nav.languages a[hreflang=fr]").attr("href")).isEqualTo("/fr/relations/observer.html");
        Document french = page("/fr/relations/observer.html?page=2");
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("nav.pager a[rel=prev]").text()).isEqualTo("Page précédente");
        assertThat(french.select("ol.entries a.organization").first().attr("href")).startsWith("/fr/organizations/");
    }

    @Test
    void theLastPageHasNoNextAndOnePastItIsNotFound() throws Exception {
        int last = (totals.get("membership") + 49) / 50;
        Document page = page("/relations/membership.html?page=" + last);
        assertThat(page.selectFirst("head link[rel=next]")).isNull();
        assertThat(page.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(page.select("ol.entries > li.entry")).hasSize(totals.get("membership") - (last - 1) * 50);
        assertError("/relations/membership.html?page=" + (last + 1), 404, "Page not found");
    }

    @Test
    void badPageNumbersAndUnknownCategoriesAreErrorPages() throws Exception {
        for (String bad : List.of("0", "-1", "abc", "01", "1.5", "9999999999", "")) {
            assertError("/relations/membership.html?page=" + bad, 400, "This address cannot be answered");
        }
        assertError("/relations/membership.html?page=1&page=2", 400, "This address cannot be answered");
        assertError("/relations/membership.html?page=%25zz", 400, "This address cannot be answered");
        assertError("/relations/nope.html", 404, "Page not found");
        assertError("/fr/relations/nope.html?page=2", 404, "Page introuvable");
        assertError("/organizations.html?page=abc", 400, "This address cannot be answered");
    }

    @Test
    void theOrganizationListIsPagedToo() throws Exception {
        Set<String> names = new HashSet<>();
        String url = "/organizations.html";
        int pages = 0;
        while (url != null) {
            Document page = page(url);
            page.select("ul.organization-list a").forEach(a -> names.add(a.attr("href")));
            Element next = page.selectFirst("head link[rel=next]");
            url = next == null ? null : next.attr("href");
            pages++;
        }
        assertThat(names).hasSize(ORGANIZATIONS + 25);
        assertThat(pages).isEqualTo((ORGANIZATIONS + 25 + 99) / 100);
    }

    @Test
    void pagesWithAQueryAreCachedApartAndRevalidated() throws Exception {
        HttpResponse<String> first = fixture.get("/relations/observer.html?page=2");
        HttpResponse<String> other = fixture.get("/relations/observer.html?page=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(other.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(fixture.get("/relations/observer.html?page=2", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(fixture.get("/relations/observer.html?page=3", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    private void assertError(String url, int status, String title) throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(status);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(title);
    }

    private Document page(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
