package org.oicc.relations.authoring.publication;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.signing.CallSignature;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public instance's receiver: only signed, fresh, never-seen calls change anything (401 JSON
 * otherwise), and each stream position is applied once, never after a newer one.
 */
class PublicationReceiverTest {

    private static final byte[] SECRET = "shared-between-author-and-public".getBytes(StandardCharsets.UTF_8);
    private static final String STREAM = "0b0f5a8e-3c1d-4e0a-9a57-6f1f2b3c4d5e";

    @TempDir
    Path data;
    private TestSite site;
    private ContentService content;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        site = TestSite.builder().authorAndPublic()
                .publicationReceiver(Set.of("organizations", "relationship-categories", "agreement-aims"), SECRET).start(data);
        content = new ContentService(site.module, StandaloneSessionProvider.singleRepository(site.author));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aSignedPutIsAppliedOnceAndAnOlderOneAfterItChangesNothing() throws Exception {
        byte[] seven = itemWithAcronym("SEVEN");
        byte[] six = itemWithAcronym("SIX");

        HttpResponse<String> first = call(SECRET, "POST", put(7), seven, now(), CallSignature.newNonce());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"applied\":true}");
        assertThat(publicAcronym()).isEqualTo("SEVEN");

        HttpResponse<String> again = call(SECRET, "POST", put(7), six, now(), CallSignature.newNonce());
        assertThat(again.body()).isEqualTo("{\"applied\":false}");
        HttpResponse<String> older = call(SECRET, "POST", put(6), six, now(), CallSignature.newNonce());
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).isEqualTo("{\"applied\":false}");
        HttpResponse<String> olderRemoval = call(SECRET, "DELETE", "/item?workspace=organizations&path=%2Fiula&stream=" + STREAM
                + "&seq=5", new byte[0], now(), CallSignature.newNonce());
        assertThat(olderRemoval.body()).isEqualTo("{\"applied\":false}");
        assertThat(publicAcronym()).isEqualTo("SEVEN");

        HttpResponse<String> newer = call(SECRET, "DELETE", "/item?workspace=organizations&path=%2Fiula&stream=" + STREAM
                + "&seq=8", new byte[0], now(), CallSignature.newNonce());
        assertThat(newer.body()).isEqualTo("{\"applied\":true}");
        assertThat(StoredNodes.exists(publicSession(), "/iula")).isFalse();
    }

    @Test
    void unsignedWronglySignedReplayedFutureAndStaleCallsAreRefusedAndChangeNothing() throws Exception {
        byte[] body = itemWithAcronym("INTRUDER");
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(uri(put(1)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).isEqualTo("{\"error\":{\"code\":\"unauthorized\",\"message\":\"unsigned call\"}}");

        HttpResponse<String> wrong = call("not-the-shared-secret-at-all".getBytes(StandardCharsets.UTF_8), "POST", put(1), body,
                now(), CallSignature.newNonce());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"error\":{\"code\":\"unauthorized\",\"message\":\"bad signature\"}}");

        // the body of a signed call swapped for another
        String nonce = CallSignature.newNonce();
        String header = new CallSignature(SECRET).header(now(), nonce, "POST", put(1), itemWithAcronym("SIGNED"));
        HttpResponse<String> tampered = http.send(HttpRequest.newBuilder(uri(put(1))).header(CallSignature.HEADER, header)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isEqualTo(401);

        HttpResponse<String> future = call(SECRET, "POST", put(1), body, now() + 60, CallSignature.newNonce());
        assertThat(future.statusCode()).isEqualTo(401);
        assertThat(future.body()).isEqualTo("{\"error\":{\"code\":\"unauthorized\",\"message\":"
                + "\"timestamp in the future (more than 5 s ahead)\"}}");

        HttpResponse<String> stale = call(SECRET, "POST", put(1), body, now() - 301, CallSignature.newNonce());
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("expired call");
        assertThat(publicAcronym()).isEqualTo("IULA");

        // a captured genuine call, sent again: refused, and the content it would restore stays replaced
        String captured = CallSignature.newNonce();
        long at = now();
        assertThat(call(SECRET, "DELETE", remove(2), new byte[0], at, captured).body()).isEqualTo("{\"applied\":true}");
        assertThat(call(SECRET, "POST", put(3), itemWithAcronym("BACK"), now(), CallSignature.newNonce()).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = call(SECRET, "DELETE", remove(2), new byte[0], at, captured);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).isEqualTo("{\"error\":{\"code\":\"unauthorized\",\"message\":\"replayed call (nonce already used)\"}}");
        assertThat(publicAcronym()).isEqualTo("BACK");
    }

    @Test
    void badRequestsAreJsonErrors() throws Exception {
        HttpResponse<String> noSeq = call(SECRET, "POST", "/item?workspace=organizations&parent=%2F", itemWithAcronym("X"), now(),
                CallSignature.newNonce());
        assertThat(noSeq.statusCode()).isEqualTo(400);
        assertThat(noSeq.body()).isEqualTo("{\"error\":{\"code\":\"badRequest\",\"message\":\"seq must be a positive number, found 'null'\"}}");
        HttpResponse<String> badPath = call(SECRET, "DELETE", "/item?workspace=organizations&path=..%2Fx&stream=" + STREAM + "&seq=9",
                new byte[0], now(), CallSignature.newNonce());
        assertThat(badPath.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = call(SECRET, "POST", "/item?workspace=users&parent=%2F&stream=" + STREAM + "&seq=9",
                new byte[0], now(), CallSignature.newNonce());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":{\"code\":\"unknownWorkspace\",\"message\":\"no workspace 'users' here\"}}");
        HttpResponse<String> orphan = call(SECRET, "POST", "/item?workspace=organizations&parent=%2Fnowhere&stream=" + STREAM + "&seq=9",
                itemWithAcronym("X"), now(), CallSignature.newNonce());
        assertThat(orphan.statusCode()).isEqualTo(409);
        assertThat(publicAcronym()).isEqualTo("IULA");
    }

    private static String put(long seq) {
        return "/item?workspace=organizations&parent=%2F&stream=" + STREAM + "&seq=" + seq;
    }

    private static String remove(long seq) {
        return "/item?workspace=organizations&path=%2Fiula&stream=" + STREAM + "&seq=" + seq;
    }

    private HttpResponse<String> call(byte[] secret, String method, String target, byte[] body, long at, String nonce)
            throws Exception {
        String header = new CallSignature(secret).header(at, nonce, method, target, body);
        return http.send(HttpRequest.newBuilder(uri(target)).header(CallSignature.HEADER, header)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String target) {
        return site.uri(PublicationReceiverServlet.PATH + target);
    }

    private static long now() {
        return Clock.systemUTC().instant().getEpochSecond();
    }

    private byte[] itemWithAcronym(String acronym) throws Exception {
        content.update("organization", "iula", ItemInput.of(Map.of("acronym", acronym)), "editor");
        StringWriter yaml = new StringWriter();
        Session session = site.author.login("organizations");
        try {
            new BootstrapExporter(ItemTree::isPartOfItem, Set.of("mix:versionable")).write(StoredNodes.node(session, "/iula"), yaml);
        } finally {
            session.logout();
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Session publicSession() throws Exception {
        return StandaloneSessionProvider.singleRepository(site.published).login(Side.PUBLIC, "organizations");
    }

    private String publicAcronym() throws Exception {
        Session s = publicSession();
        try {
            return StoredNodes.node(s, "/iula").getProperty("acronym").getString();
        } finally {
            s.logout();
        }
    }

}
