package org.oicc.relations.delivery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validators, 304s, HEAD and cache hits on the real server. Every delivery read starts with a
 * login, so "no login" proves "no repository read".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class HttpConditionalTest {

    private static final String CACHE_CONTROL = SharedServer.CACHE_CONTROL;
    private static final String OBSERVER = HttpFixture.CATEGORIES + "/observer";

    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @Test
    void a200CarriesAStrongETagLastModifiedAndCacheControl() throws Exception {
        Instant before = Instant.now();
        HttpResponse<byte[]> response = server.get(OBSERVER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{27}\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(CACHE_CONTROL);
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language, Origin");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        String lastModified = response.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        Instant parsed = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(parsed).isBeforeOrEqualTo(before);
    }

    @Test
    void sameRequestSameETag() throws Exception {
        assertThat(etag(server.get(OBSERVER))).isEqualTo(etag(server.get(OBSERVER)));
        assertThat(etag(server.get(OBSERVER))).isNotEqualTo(etag(server.get(HttpFixture.CATEGORIES + "/membership")));
        assertThat(etag(server.get(OBSERVER))).isNotEqualTo(etag(server.get(OBSERVER + "?lang=ar")));
    }

    @Test
    void ifNoneMatchGivesA304WithoutReadingTheRepository() throws Exception {
        HttpResponse<byte[]> first = server.get(OBSERVER);
        int logins = server.sessions.logins();

        HttpResponse<byte[]> response = server.send(server.request(OBSERVER).header("If-None-Match", etag(first)));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(response.headers().firstValue("Last-Modified")).isEqualTo(first.headers().firstValue("Last-Modified"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(CACHE_CONTROL);
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void ifNoneMatchAcceptsListsWeakTagsAndAStar() throws Exception {
        String tag = etag(server.get(OBSERVER));

        assertThat(status(OBSERVER, "If-None-Match", "\"other\", " + tag)).isEqualTo(304);
        assertThat(status(OBSERVER, "If-None-Match", "W/" + tag)).isEqualTo(304);
        assertThat(status(OBSERVER, "If-None-Match", "*")).isEqualTo(304);
        assertThat(status(OBSERVER, "If-None-Match", "\"other\"")).isEqualTo(200);
        assertThat(status(OBSERVER, "If-None-Match", tag.substring(1, tag.length() - 1))).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceGivesA304WithoutReadingTheRepository() throws Exception {
        HttpResponse<byte[]> first = server.get(OBSERVER);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        int logins = server.sessions.logins();

        HttpResponse<byte[]> response = server.send(server.request(OBSERVER).header("If-Modified-Since", lastModified));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(CACHE_CONTROL);
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void anOlderOrUnreadableIfModifiedSinceGivesTheAnswer() throws Exception {
        assertThat(status(OBSERVER, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")).isEqualTo(200);
        assertThat(status(OBSERVER, "If-Modified-Since", "yesterday")).isEqualTo(200);
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        HttpResponse<byte[]> first = server.get(OBSERVER);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> response = server.send(server.request(OBSERVER)
                .header("If-None-Match", "\"stale\"").header("If-Modified-Since", lastModified));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWithoutReadingTheRepository() throws Exception {
        HttpResponse<byte[]> first = server.get(HttpFixture.ORGANIZATIONS + "?limit=5");
        int logins = server.sessions.logins();

        HttpResponse<byte[]> second = server.get(HttpFixture.ORGANIZATIONS + "?limit=5");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void parameterOrderDoesNotMatterToTheCache() throws Exception {
        HttpResponse<byte[]> first = server.get(HttpFixture.CATEGORIES + "?limit=3&offset=1&lang=fr");
        int logins = server.sessions.logins();

        HttpResponse<byte[]> second = server.get(HttpFixture.CATEGORIES + "?lang=fr&offset=1&limit=3");

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void theNegotiatedLanguageIsPartOfTheKey() throws Exception {
        HttpResponse<byte[]> english = server.get(OBSERVER);
        HttpResponse<byte[]> arabic = server.send(server.request(OBSERVER).header("Accept-Language", "ar;q=0.9, en;q=0.1"));

        assertThat(arabic.headers().firstValue("Content-Language")).hasValue("ar");
        assertThat(new String(arabic.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("العضوية بصفة مراقب");
        assertThat(etag(arabic)).isNotEqualTo(etag(english));
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> get = server.get(HttpFixture.ORGANIZATIONS);
        int logins = server.sessions.logins();

        HttpResponse<byte[]> head = server.send(server.request(HttpFixture.ORGANIZATIONS).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
        for (String name : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type", "Content-Language", "Vary")) {
            assertThat(head.headers().firstValue(name)).as(name).isEqualTo(get.headers().firstValue(name));
        }
        assertThat(server.sessions.logins()).as("HEAD after GET is a cache hit").isEqualTo(logins);
    }

    @Test
    void headOfAnUnknownPathIsA404WithoutBody() throws Exception {
        HttpResponse<byte[]> head = server.send(server.request(HttpFixture.CATEGORIES + "/nothing")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void errorAnswersAreNotStoredAndCarryNoValidators() throws Exception {
        for (String path : List.of("/.rest/delivery/nothing/v1", HttpFixture.CATEGORIES + "/nothing", HttpFixture.CATEGORIES + "?limit=-1",
                HttpFixture.CATEGORIES + "?limit=100000")) {
            HttpResponse<byte[]> response = server.get(path);

            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isEmpty();
            assertThat(server.json(response).at("/error/code").asText()).as(path).isNotEmpty();
        }
    }

    @Test
    void ifNoneMatchStarForAnUnknownPathIsStillA404() throws Exception {
        // "*" matches any current answer: there is none, so the precondition does not apply
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES + "/nothing").header("If-None-Match", "*"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    private int status(String path, String header, String value) throws Exception {
        return server.send(server.request(path).header(header, value)).statusCode();
    }

    private static String etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
