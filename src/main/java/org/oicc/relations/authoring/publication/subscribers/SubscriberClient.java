package org.oicc.relations.authoring.publication.subscribers;

import org.oicc.relations.authoring.publication.PublicationReceiverServlet;
import org.oicc.relations.authoring.publication.signing.CallSignature;

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
 * One queued publication sent to a subscriber's {@link PublicationReceiverServlet}, signed with a
 * fresh nonce on every attempt. The answer decides what the sender does next.
 */
final class SubscriberClient {

    /** What became of one attempt. */
    enum Outcome {
        /** applied, or already there from an earlier attempt */
        DELIVERED,
        /** refused for good (the content or request is wrong): retrying cannot help */
        REJECTED,
        /** down, unreachable, refusing our signature (clock or secret) or failing inside: try again later */
        RETRY
    }

    record Result(Outcome outcome, String detail) {
    }

    private final URI base;
    private final String stream;
    private final CallSignature signature;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SubscriberClient(Subscriber subscriber, String stream, Clock clock) {
        this.base = URI.create(subscriber.url().toString().replaceAll("/+$", "") + PublicationReceiverServlet.PATH);
        this.stream = stream;
        this.signature = new CallSignature(subscriber.secret());
        this.clock = clock;
    }

    Result send(JournalEntry e, byte[] body) {
        String position = "&stream=" + enc(stream) + "&seq=" + e.sequence();
        String target = e.removal()
                ? "/item?workspace=" + enc(e.workspace()) + "&path=" + enc(e.path()) + position
                : "/item?workspace=" + enc(e.workspace()) + "&parent=" + enc(e.parent()) + position;
        String method = e.removal() ? "DELETE" : "POST";
        byte[] sent = e.removal() ? new byte[0] : body;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + target))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml")
                .header(CallSignature.HEADER, signature.header(clock.instant().getEpochSecond(), CallSignature.newNonce(), method,
                        target, sent))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(sent))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = answer.statusCode();
            if (status == 200 || status == 204) {
                return new Result(Outcome.DELIVERED, null);
            }
            String detail = "HTTP " + status + " " + shorten(answer.body());
            // 400: the receiver cannot apply this entry; 409: its parent is not public; 413: too large — none heals by waiting
            return new Result(status == 400 || status == 409 || status == 413 ? Outcome.REJECTED : Outcome.RETRY, detail);
        } catch (IOException ex) {
            return new Result(Outcome.RETRY, "cannot reach " + base + ": " + ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.RETRY, "interrupted");
        }
    }

    private static String shorten(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
