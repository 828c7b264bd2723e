package org.oicc.relations.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.LargeSet;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
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
 * The relations page and the relations view on 5,000 generated organizations (written once, straight
 * into JCR): each category shows its first 50 entries and a link "All 2,512 entries" to its paged
 * page; walking those pages by their rel="next" links, or the view's pages by their next links,
 * shows every entry exactly once, in page order, so nothing is dropped; errors are clear pages or
 * JSON errors, not stack traces. Templates read what they show: see {@link #theRelationsPageReadsWhatItShows}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSetPagingTest {

    static final int ORGANIZATIONS = 5000;
    /** The seed's entries per category, in page order. */
    static final Map<String, Integer> SEED = new LinkedHashMap<>(Map.of("consultative-status", 4, "membership", 7,
            "observer", 8, "cooperation-agreement", 9));

    private static final String VIEW = "/.rest/delivery/relations/v1";
    private final java.util.concurrent.atomic.AtomicInteger organizationReads = new java.util.concurrent.atomic.AtomicInteger();
    private TestSite fixture;
    private Map<String, Integer> totals;
    private int relationships;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = TestSite.builder().site().siteReadsThrough(sessions -> (side, workspace) -> {
            Session session = sessions.login(side, workspace);
            return workspace.equals("organizations") ? OrganizationReads.watch(session, organizationReads) : session;
        }).start(data);
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
        assertThat(page.selectFirst("#membership li.entry a.organization").attr("href")).isEqualTo("/organizations/congo.html");
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

    @Test
    void theRelationsPageReadsWhatItShows() throws Exception {
        // a change makes the next request render afresh (nothing cached), then count what it reads
        assertThat(fixture.get("/fr/relations.html?fresh=1").statusCode()).isEqualTo(200);
        organizationReads.set(0);
        assertThat(fixture.get("/fr/relations.html?fresh=2").statusCode()).isEqualTo(200);
        // 4 categories x 50 entries, each read by path, plus a parent lookup at most: never the
        // 5,000 organizations a walk over the workspace would touch
        assertThat(organizationReads.get()).isBetween(200, 4 * 50 * 2);
    }

    @Test
    void noShippedTemplateWalksAWorkspaceFromItsRoot() throws IOException {
        try (var files = java.nio.file.Files.walk(Path.of("light-modules/oicc-relations/templates"))) {
            for (Path ftl : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                assertThat(java.nio.file.Files.readString(ftl)).as(ftl.toString())
                        .doesNotContainPattern("contentByPath\\(\\s*[\"']/[\"']\\s*,");
            }
        }
    }

    @Test
    void theViewBoundsEachCategoryAndSaysWhatItLeavesOut() throws Exception {
        JsonNode view = fixture.json(VIEW);
        for (JsonNode category : view.get("categories")) {
            String name = category.get("@name").asText();
            assertThat(category.get("entries")).hasSize(100);
            assertThat(category.get("total").asInt()).isEqualTo(totals.get(name));
            assertThat(category.get("offset").asInt()).isZero();
            assertThat(category.get("limit").asInt()).isEqualTo(100);
            assertThat(category.get("next").asText()).isEqualTo(VIEW + "?category=" + name + "&offset=100&limit=100");
        }
    }

    @Test
    void walkingTheViewsPagesGivesEveryEntryOnceInPageOrder() throws Exception {
        int seen = 0;
        for (String category : SEED.keySet()) {
            Set<String> entries = new HashSet<>();
            long lastPosition = Long.MIN_VALUE;
            String url = VIEW + "?category=" + category + "&limit=100&lang=ar";
            int pages = 0;
            while (url != null) {
                JsonNode answer = fixture.json(url);
                assertThat(answer.get("categories")).hasSize(1);
                JsonNode page = answer.get("categories").get(0);
                assertThat(page.get("total").asInt()).isEqualTo(totals.get(category));
                for (JsonNode entry : page.get("entries")) {
                    long position = entry.has("position") ? entry.get("position").asLong() : Long.MAX_VALUE;
                    assertThat(position).isGreaterThanOrEqualTo(lastPosition);
                    lastPosition = position;
                    entries.add(entry.get("organization").get("@path").asText() + " " + entry.get("role").asText());
                }
                url = page.has("next") ? page.get("next").asText() : null;
                if (url != null) {
                    assertThat(url).endsWith("&lang=ar");
                }
                pages++;
            }
            assertThat(entries).hasSize(totals.get(category));
            assertThat(pages).isEqualTo((totals.get(category) + 99) / 100);
            seen += entries.size();
        }
        assertThat(seen).isEqualTo(relationships);
    }

    @Test
    void theViewsLastPageAndItsBadRequests() throws Exception {
        int total = totals.get("observer");
        JsonNode last = fixture.json(VIEW + "?category=observer&offset=" + (total - 3) + "&limit=10").get("categories").get(0);
        assertThat(last.get("entries")).hasSize(3);
        assertThat(last.has("next")).isFalse();
        assertThat(fixture.json(VIEW + "?category=observer&offset=" + total).get("categories").get(0).get("entries")).isEmpty();
        assertThat(fixture.get(VIEW + "?category=nope").body()).isEqualTo("{\"error\":{\"code\":\"notFound\","
                + "\"message\":\"parameter 'category': there is no category 'nope'\"}}");
        assertThat(fixture.get(VIEW + "?category=nope").statusCode()).isEqualTo(404);
        assertThat(fixture.get(VIEW + "?category=observer&limit=101").statusCode()).isEqualTo(400);
        assertThat(fixture.get(VIEW + "?category=observer&limit=0").statusCode()).isEqualTo(400);
        assertThat(fixture.get(VIEW + "?category=observer&offset=-1").statusCode()).isEqualTo(400);
        assertThat(fixture.get(VIEW + "?offset=100").body()).isEqualTo("{\"error\":{\"code\":\"invalidValueFormat\","
                + "\"message\":\"parameter 'offset': pages one category's entries: give category=<name> with it\"}}");
        assertThat(fixture.get(VIEW + "?category=a%20b").statusCode()).isEqualTo(400);
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
