package org.oicc.relations.authoring.publication;

import java.time.Instant;

/**
 * Where an item's latest publication (or unpublication) stands at one subscriber.
 *
 * @param arrivedAt when it arrived; null while it waits or when this author never sent it
 * @param waitingAhead while it waits: how many queued publications go before it; -1 otherwise
 * @param removal whether what arrived or waits is an unpublication
 */
public record ItemArrival(String subscriber, Instant arrivedAt, long waitingAhead, boolean removal) {

    public boolean waiting() {
        return waitingAhead >= 0;
    }
}
