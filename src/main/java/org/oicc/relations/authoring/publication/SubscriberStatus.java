package org.oicc.relations.authoring.publication;

import java.net.URI;
import java.time.Instant;

/**
 * One subscriber (public instance) as the author sees it, for the authoring UI, {@code /.health}
 * and metrics.
 *
 * @param waiting queued publications not yet delivered
 * @param oldestWaitingSince when the oldest of them was queued; null when none waits
 * @param lastDelivered when the last one arrived; null before the first
 * @param lastError the last failure (kept after recovery, with its time, until the next one); null if none
 * @param retrying whether the sender is backing off after a failure right now
 * @param rejected publications the subscriber refused for good (bad content), skipped so the queue moves on
 */
public record SubscriberStatus(String name, URI url, long waiting, Instant oldestWaitingSince, Instant lastDelivered,
                               String lastError, Instant lastErrorAt, boolean retrying, long rejected) {

    /** {@code up-to-date}, {@code waiting} or {@code failing}. */
    public String state() {
        if (retrying) {
            return "failing";
        }
        return waiting == 0 ? "up-to-date" : "waiting";
    }
}
