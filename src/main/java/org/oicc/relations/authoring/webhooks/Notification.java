package org.oicc.relations.authoring.webhooks;

import java.net.URI;
import java.time.Instant;

/**
 * One webhook call waiting in the outbox: what to send where, and when to try next.
 *
 * @param event e.g. {@code publish} or {@code unpublish}
 * @param payload the JSON body, exactly as it will be signed and sent
 */
public record Notification(String id, URI url, String event, byte[] payload, int attempts, Instant nextAttempt) {

    Notification retryAt(Instant when) {
        return new Notification(id, url, event, payload, attempts + 1, when);
    }
}
