package org.oicc.relations.authoring.publication.subscribers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers one subscriber's queue strictly in order on a thread of its own: the next entry only
 * after the previous one arrived (or was refused for good). A failure backs off — the first wait
 * doubled after each further failure, at most the maximum — and a new publication does not cut the
 * wait short, so a subscriber that is down is not hammered; it gets everything once it answers.
 */
final class SubscriberSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberSender.class);

    private final Subscriber subscriber;
    private final PublicationJournal journal;
    private final SubscriberState state;
    private final SubscriberClient client;
    private final Clock clock;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Runnable afterDelivery;
    private final ScheduledExecutorService worker;
    // touched only on the worker thread
    private int failures;
    private boolean retryScheduled;

    SubscriberSender(Subscriber subscriber, PublicationJournal journal, SubscriberState state, SubscriberClient client, Clock clock,
            Duration firstBackoff, Duration maxBackoff, Runnable afterDelivery) {
        this.subscriber = subscriber;
        this.journal = journal;
        this.state = state;
        this.client = client;
        this.clock = clock;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.afterDelivery = afterDelivery;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publication-" + subscriber.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** Something was queued, or the sender starts: deliver what waits (unless backing off). */
    void wake() {
        try {
            worker.execute(() -> {
                if (!retryScheduled) {
                    drain();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // shutting down: the journal keeps it for the next start
        }
    }

    private void drain() {
        try {
            JournalEntry next;
            while (!Thread.currentThread().isInterrupted() && (next = journal.after(state.cursor())) != null) {
                if (!deliver(next)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // a bug or a full disk must not end the thread: try again later
            LOG.error("publication to {} failed unexpectedly", subscriber.name(), e);
            backOff("internal error: " + e.getMessage());
        }
    }

    /** @return whether to go on with the next entry */
    private boolean deliver(JournalEntry e) {
        byte[] body;
        try {
            body = e.removal() ? new byte[0] : journal.body(e.sequence());
        } catch (IOException ex) {
            LOG.error("publication {} cannot be read from the journal; skipped for {}", e.sequence(), subscriber.name(), ex);
            state.rejected(e, "unreadable journal entry: " + ex.getMessage(), clock.instant());
            return true;
        }
        SubscriberClient.Result result = client.send(e, body);
        switch (result.outcome()) {
            case DELIVERED -> {
                failures = 0;
                state.delivered(e, clock.instant());
                afterDelivery.run();
                return true;
            }
            case REJECTED -> {
                failures = 0;
                LOG.warn("subscriber {} refused publication {} ({}:{}) for good, skipped: {}", subscriber.name(), e.sequence(),
                        e.workspace(), e.path(), result.detail());
                state.rejected(e, result.detail(), clock.instant());
                afterDelivery.run();
                return true;
            }
            default -> {
                backOff(result.detail());
                return false;
            }
        }
    }

    private void backOff(String why) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(failures, 20));
        if (wait.compareTo(maxBackoff) > 0) {
            wait = maxBackoff;
        }
        failures++;
        try {
            state.failed(why, clock.instant());
        } catch (RuntimeException e) {
            // the error could not be recorded (disk full?): still retry, or the queue would stall
            LOG.error("cannot record the failure of {}: {}", subscriber.name(), e.getMessage());
        }
        if (failures == 1 || failures % 10 == 0) {
            LOG.warn("publication to {} failed ({} times in a row), retrying in {}: {}", subscriber.name(), failures, wait, why);
        }
        retryScheduled = true;
        try {
            worker.schedule(() -> {
                retryScheduled = false;
                drain();
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // shutting down
        }
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
