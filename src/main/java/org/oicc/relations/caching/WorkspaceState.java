package org.oicc.relations.caching;

import java.time.Instant;

/**
 * Generation and last change of one workspace. Both move together under one lock, so a reader
 * never pairs a new generation with an old instant.
 */
final class WorkspaceState {

    record Snapshot(long generation, Instant lastModified) {
    }

    // volatile: readers take the pair without the lock (every answer reads it); writers still serialize
    private volatile Snapshot current;

    WorkspaceState(Instant start) {
        current = new Snapshot(0, start);
    }

    synchronized void bump(Instant now) {
        // never backwards, even if the wall clock is: Last-Modified must not go back in time
        Instant at = now.isAfter(current.lastModified()) ? now : current.lastModified();
        current = new Snapshot(current.generation() + 1, at);
    }

    Snapshot snapshot() {
        return current;
    }
}
