package org.oicc.relations.rendering;

import org.oicc.relations.testing.StoredNodes;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.delivery.CountingSessionProvider;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages validated by the delivery change tracker: a 304 and a repeated page open no session, and an
 * edit in any workspace a page reads shows on the very next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCachingTest {

    private static final List<String> PAGES = List.of("/relations.html", "/ar/relations.html", "/fr/relations.html",
            "/organizations/iula.html", "/ar/organizations/iula.html");

    private TestSite fixture;
    private CountingSessionProvider counting;
    private ContentService content;

    @BeforeAll
    void start(@TempDir Path data) {
        fixture = TestSite.builder().site().siteReadsThrough(sessions -> counting = new CountingSessionProvider(sessions)).start(data);
        content = new ContentService(fixture.module, fixture.sessions);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void everyPageCarriesAStrongETagAndLastModified() throws IOException, InterruptedException {
        List<String> tags = new java.util.ArrayList<>();
        for (String path : PAGES) {
            HttpResponse<String> response = ok(path);
            String etag = response.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{27}\"");
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            tags.add(etag);
        }
        assertThat(tags).as("each page and language has its own tag").doesNotHaveDuplicates();
    }

    @Test
    void ifNoneMatchAnswers304WithoutASession() throws IOException, InterruptedException {
        for (String path : PAGES) {
            HttpResponse<String> first = ok(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            int logins = counting.logins();
            HttpResponse<String> again = fixture.get(path, "If-None-Match", "\"other\", " + etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Last-Modified")).isEqualTo(first.headers().firstValue("Last-Modified"));
            assertThat(counting.logins()).as(path + ": logins for a 304").isEqualTo(logins);
        }
    }

    @Test
    void ifModifiedSinceAnswers304WithoutASession() throws IOException, InterruptedException {
        HttpResponse<String> first = ok("/fr/relations.html");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        int logins = counting.logins();
        HttpResponse<String> again = fixture.get("/fr/relations.html", "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(counting.logins()).isEqualTo(logins);
        assertThat(fixture.get("/fr/relations.html", "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").statusCode()).isEqualTo(200);
        // If-None-Match wins over a date that alone would give a 304
        assertThat(fixture.get("/fr/relations.html", "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPageAskedForAgainComesFromTheCache() throws IOException, InterruptedException {
        String first = ok("/organizations/iula.html").body();
        int logins = counting.logins();
        String second = ok("/organizations/iula.html").body();
        assertThat(second).isEqualTo(first);
        assertThat(counting.logins()).as("logins for a cached page").isEqualTo(logins);
        HttpResponse<String> head = fixture.send("HEAD", "/organizations/iula.html");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(counting.logins()).isEqualTo(logins);
    }

    @Test
    void ifNoneMatchStarIs304OnlyForAPageThatExists() throws IOException, InterruptedException {
        ok("/relations.html");
        assertThat(fixture.get("/relations.html", "If-None-Match", "*").statusCode()).isEqualTo(304);
        HttpResponse<String> missing = fixture.get("/organizations/nope.html", "If-None-Match", "*");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anEditInACategoryShowsOnTheNextRequest() throws IOException, InterruptedException {
        String etag = ok("/relations.html").headers().firstValue("ETag").orElseThrow();
        content.update("relationshipCategory", "observer", ItemInput.of(Map.of("title", "Observers, renamed")), "editor");
        HttpResponse<String> after = changed("/relations.html", etag);
        assertThat(Jsoup.parse(after.body()).selectFirst("#observer h2").text()).isEqualTo("Observers, renamed");
    }

    @Test
    void anEditInAnOrganizationShowsOnItsPageAndTheList() throws IOException, InterruptedException {
        String list = ok("/relations.html").headers().firstValue("ETag").orElseThrow();
        String detail = ok("/organizations/iula.html").headers().firstValue("ETag").orElseThrow();
        content.update("organization", "iula", ItemInput.of(Map.of("name", "Union of Local Authorities, renamed")), "editor");
        assertThat(Jsoup.parse(changed("/organizations/iula.html", detail).body()).selectFirst("h1").text())
                .startsWith("Union of Local Authorities, renamed");
        assertThat(changed("/relations.html", list).body()).contains("Union of Local Authorities, renamed");
    }

    @Test
    void anEditInAnAimShowsOnTheNextRequest() throws IOException, InterruptedException {
        String etag = ok("/relations.html").headers().firstValue("ETag").orElseThrow();
        content.update("agreementAim", "exchange-of-expertise", ItemInput.of(Map.of("title", "Expertise, renamed")), "editor");
        assertThat(Jsoup.parse(changed("/relations.html", etag).body()).select("li.aim .aim-title").eachText())
                .contains("Expertise, renamed");
    }

    @Test
    void anEditOfThePageItselfShowsOnTheNextRequest() throws Exception {
        String etag = ok("/fr/relations.html").headers().firstValue("ETag").orElseThrow();
        Session website = fixture.sessions.login(Side.AUTHOR, "website");
        try {
            StoredNodes.node(website, "/relations").setProperty("title_fr", "Relations, titre modifié");
            website.save();
        } finally {
            website.logout();
        }
        assertThat(Jsoup.parse(changed("/fr/relations.html", etag).body()).selectFirst("h1").text())
                .isEqualTo("Relations, titre modifié");
    }

    @Test
    void aPageIsGzippedForAClientThatTakesItWithItsOwnTag() throws Exception {
        HttpResponse<String> plain = ok("/relations.html");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create(fixture.url("/relations.html")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gzipped.headers().firstValue("ETag")).hasValue(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
    }

    @Test
    void pagesRefuseATrackerThatDoesNotWatchTheirWorkspaces() {
        var module = fixture.module;
        try (WorkspaceChanges partial = new WorkspaceChanges(Set.of("organizations"), Clock.systemUTC())) {
            assertThatThrownBy(() -> new PageSite(module, fixture.source, fixture.sessions,
                    ContentLocales.of(module), partial, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("website");
        }
    }

    private HttpResponse<String> ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** The old tag no longer matches: a full page with a new tag, rendered from the repository. */
    private HttpResponse<String> changed(String path, String oldTag) throws IOException, InterruptedException {
        int logins = counting.logins();
        HttpResponse<String> response = fixture.get(path, "If-None-Match", oldTag);
        assertThat(response.statusCode()).as(path + " after the edit").isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(oldTag));
        assertThat(counting.logins()).as("the page was rendered again").isGreaterThan(logins);
        return response;
    }
}
