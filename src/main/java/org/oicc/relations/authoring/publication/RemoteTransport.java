package org.oicc.relations.authoring.publication;

import org.oicc.relations.authoring.webhooks.Signature;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Publication to a public instance in another process, over HTTP to its
 * {@link PublicationReceiverServlet}. Every call is signed with the secret both instances share;
 * the body is the same YAML the local transport hands over.
 */
public final class RemoteTransport implements PublicationTransport {

    static final String SIGNATURE = "X-Relations-Signature";

    private final URI base;
    private final Signature signature;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param publicInstance e.g. {@code http://public.example.org:8080} */
    public RemoteTransport(URI publicInstance, byte[] secret, Clock clock) {
        this.base = URI.create(publicInstance.toString().replaceAll("/+$", "") + PublicationReceiverServlet.PATH + "/");
        this.signature = new Signature(secret);
        this.clock = clock;
    }

    @Override
    public void put(String workspace, String parentPath, byte[] item) throws PublicationException {
        int status = send("POST", "item?workspace=" + enc(workspace) + "&parent=" + enc(parentPath), item);
        if (status == 409) {
            throw new PublicationException(PublicationException.Reason.PARENT_NOT_PUBLISHED,
                    "the parent " + parentPath + " is not published on the public instance", java.util.List.of(parentPath));
        }
        expectOk(status, "publish into " + workspace);
    }

    @Override
    public void remove(String workspace, String path) throws PublicationException {
        expectOk(send("DELETE", "item?workspace=" + enc(workspace) + "&path=" + enc(path), new byte[0]), "unpublish " + path);
    }

    @Override
    public boolean isPublished(String workspace, String identifier) throws PublicationException {
        int status = send("GET", "published?workspace=" + enc(workspace) + "&id=" + enc(identifier), new byte[0]);
        if (status == 404) {
            return false;
        }
        expectOk(status, "ask about " + identifier);
        return true;
    }

    private int send(String method, String pathAndQuery, byte[] body) throws PublicationException {
        URI uri = base.resolve(pathAndQuery);
        // the query is part of what is signed, so a signed body cannot be replayed to another target
        byte[] signed = concat(uri.getRawQuery(), body);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml")
                .header(SIGNATURE, signature.header(clock.instant().getEpochSecond(), signed))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new PublicationException("the public instance " + base + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationException("interrupted while publishing", e);
        }
    }

    static byte[] concat(String query, byte[] body) {
        byte[] q = (query == null ? "" : query).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[q.length + 1 + body.length];
        System.arraycopy(q, 0, out, 0, q.length);
        out[q.length] = '\n';
        System.arraycopy(body, 0, out, q.length + 1, body.length);
        return out;
    }

    private void expectOk(int status, String what) throws PublicationException {
        if (status < 200 || status >= 300) {
            throw new PublicationException("the public instance refused to " + what + " (HTTP " + status + ")", null);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
