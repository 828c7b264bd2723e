package org.oicc.relations.authoring.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends webhook notifications from the {@link Outbox} on one background thread. A notification is
 * on disk before the first try; a receiver that is down gets it later with exponential back-off,
 * also after a restart. Delivery is at least once: receivers deduplicate on the delivery id.
 */
public final class WebhookDispatcher implements AutoCloseable {

    static final int MAX_ATTEMPTS = 15;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Outbox outbox;
    private final List<URI> urls;
    private final Signature signature;
    private final HttpClient http;
    private final Clock clock;
    private final Duration firstBackoff;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhooks");
        t.setDaemon(true);
        return t;
    });

    /** @param firstBackoff wait after the first failure, doubled after each further one (1 s in production) */
    public WebhookDispatcher(Outbox outbox, List<URI> urls, Signature signature, Clock clock, Duration firstBackoff,
            Duration poll) {
        this.outbox = outbox;
        this.urls = List.copyOf(urls);
        this.signature = signature;
        this.clock = clock;
        this.firstBackoff = firstBackoff;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        worker.scheduleWithFixedDelay(this::deliverDue, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues the event for every configured URL and sends without waiting for the next poll. */
    public void notify(String event, byte[] payload) {
        Instant now = clock.instant();
        for (URI url : urls) {
            outbox.add(url, event, payload, now);
        }
        worker.execute(this::deliverDue);
    }

    private void deliverDue() {
        try {
            Instant now = clock.instant();
            for (Notification n : outbox.pending()) {
                if (!n.nextAttempt().isAfter(now)) {
                    deliver(n);
                }
            }
        } catch (RuntimeException e) {
            // the next round tries again; a bug here must not stop the thread for good
            LOG.error("webhook delivery round failed", e);
        }
    }

    private void deliver(Notification n) {
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(n.url())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Relations-Event", n.event())
                .header("X-Relations-Delivery", n.id())
                .header("X-Relations-Signature", signature.header(now, n.payload()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(n.payload()))
                .build();
        String failure;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                outbox.delivered(n);
                return;
            }
            failure = "HTTP " + status;
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (n.attempts() + 1 >= MAX_ATTEMPTS) {
            LOG.warn("webhook {} to {} gave up after {} attempts ({})", n.id(), n.url(), MAX_ATTEMPTS, failure);
            outbox.giveUp(n);
            return;
        }
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(n.attempts(), 30));
        outbox.save(n.retryAt(clock.instant().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait)));
        LOG.info("webhook {} to {} failed ({}), retry in {}", n.id(), n.url(), failure, wait);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
