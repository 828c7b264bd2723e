package org.oicc.relations.delivery;

import org.oicc.relations.caching.Gzip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** gzip when the client takes it and the body is worth it; the two codings are separate representations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
@ResourceLock(SharedServer.LOCK)
class HttpGzipTest {

    private HttpFixture server;

    @BeforeAll
    void start(HttpFixture shared) {
        server = shared;
    }

    @Test
    void aLargeAnswerIsGzippedForAClientThatAcceptsItAndInflatesToTheSameBytes() throws Exception {
        HttpResponse<byte[]> plain = server.get(HttpFixture.ORGANIZATIONS);
        HttpResponse<byte[]> gzipped = server.send(server.request(HttpFixture.ORGANIZATIONS).header("Accept-Encoding", "br;q=1.0, gzip;q=0.8"));

        assertThat(plain.body().length).isGreaterThan(Gzip.MIN_BYTES);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Content-Length")).hasValue(String.valueOf(gzipped.body().length));
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(inflate(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language, Origin");
    }

    @Test
    void theGzippedRepresentationHasItsOwnStrongETagAndRevalidates() throws Exception {
        String plainTag = server.get(HttpFixture.ORGANIZATIONS).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> gzipped = server.send(server.request(HttpFixture.ORGANIZATIONS).header("Accept-Encoding", "gzip"));
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        int logins = server.sessions.logins();

        HttpResponse<byte[]> revalidated = server.send(server.request(HttpFixture.ORGANIZATIONS)
                .header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag));

        assertThat(gzipTag).isEqualTo(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void theGzippedBytesAreCachedToo() throws Exception {
        server.send(server.request(HttpFixture.ORGANIZATIONS + "?limit=7").header("Accept-Encoding", "gzip"));
        int logins = server.sessions.logins();

        HttpResponse<byte[]> again = server.send(server.request(HttpFixture.ORGANIZATIONS + "?limit=7").header("Accept-Encoding", "gzip"));

        assertThat(again.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void aSmallAnswerIsSentAsItIs() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.CATEGORIES + "/observer?lang=en").header("Accept-Encoding", "gzip"));

        assertThat(response.body().length).isLessThanOrEqualTo(Gzip.MIN_BYTES);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(server.json(response).at("/title").asText()).isEqualTo("Observer Membership");
    }

    @Test
    void gzipRefusedWithAZeroWeightIsNotSent() throws Exception {
        HttpResponse<byte[]> response = server.send(server.request(HttpFixture.ORGANIZATIONS).header("Accept-Encoding", "gzip;q=0, identity"));

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void headOfAGzippedAnswerGivesTheGzippedLength() throws Exception {
        HttpResponse<byte[]> get = server.send(server.request(HttpFixture.ORGANIZATIONS).header("Accept-Encoding", "gzip"));
        HttpResponse<byte[]> head = server.send(server.request(HttpFixture.ORGANIZATIONS).header("Accept-Encoding", "gzip")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
    }

    @Test
    void acceptEncodingIsReadWithItsWeights() {
        assertThat(Gzip.accepted("gzip")).isTrue();
        assertThat(Gzip.accepted("GZIP")).isTrue();
        assertThat(Gzip.accepted("x-gzip")).isTrue();
        assertThat(Gzip.accepted("deflate, gzip;q=0.5")).isTrue();
        assertThat(Gzip.accepted("*")).isTrue();
        assertThat(Gzip.accepted("gzip;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0.0, *")).isFalse();
        assertThat(Gzip.accepted("*;q=0")).isFalse();
        assertThat(Gzip.accepted("identity, br")).isFalse();
        assertThat(Gzip.accepted("gzip;q=junk")).isFalse();
        assertThat(Gzip.accepted("")).isFalse();
        assertThat(Gzip.accepted(null)).isFalse();
    }

    private static byte[] inflate(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
