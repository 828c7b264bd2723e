package org.oicc.relations.authoring.publication.signing;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The receiver's memory of accepted nonces. A call is admitted once, only while its timestamp is
 * inside the validity window ({@link #WINDOW} back, {@link #FUTURE_SKEW} ahead for clock drift);
 * nonces are forgotten once their timestamp leaves the window, since such a call is refused by its
 * age anyway. Memory is bounded by {@code maxNonces}: when full, the oldest nonce is dropped early
 * and every timestamp up to its own is refused from then on (the "floor"), so an early eviction can
 * never reopen a replay — at worst a genuine call of that same second is refused and retried.
 */
public final class ReplayGuard {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration FUTURE_SKEW = Duration.ofSeconds(5);
    /** About 1.5 MB at most: far more calls than a single author sends in five minutes. */
    public static final int DEFAULT_MAX_NONCES = 10_000;

    /** Why a call was admitted or refused. */
    public enum Verdict {
        ACCEPTED, REPLAYED, EXPIRED, FUTURE
    }

    private record Seen(long timestamp, String nonce) {
    }

    private final Clock clock;
    private final int maxNonces;
    private final PriorityQueue<Seen> byAge = new PriorityQueue<>((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
    private final Set<String> nonces = new HashSet<>();
    private long floor = Long.MIN_VALUE;

    public ReplayGuard(Clock clock) {
        this(clock, DEFAULT_MAX_NONCES);
    }

    public ReplayGuard(Clock clock, int maxNonces) {
        if (maxNonces < 1) {
            throw new IllegalArgumentException("maxNonces must be at least 1");
        }
        this.clock = clock;
        this.maxNonces = maxNonces;
    }

    /** Call only for a call whose signature was verified: an unsigned caller must not fill the memory. */
    public synchronized Verdict admit(long timestamp, String nonce) {
        long now = clock.instant().getEpochSecond();
        if (timestamp > now + FUTURE_SKEW.getSeconds()) {
            return Verdict.FUTURE;
        }
        long oldest = now - WINDOW.getSeconds();
        while (!byAge.isEmpty() && byAge.peek().timestamp() < oldest) {
            nonces.remove(byAge.poll().nonce());
        }
        if (timestamp < oldest || timestamp <= floor) {
            return Verdict.EXPIRED;
        }
        if (nonces.contains(nonce)) {
            return Verdict.REPLAYED;
        }
        if (nonces.size() >= maxNonces && timestamp <= byAge.peek().timestamp()) {
            // it would become the floor itself: refuse it without dropping anything
            return Verdict.EXPIRED;
        }
        while (nonces.size() >= maxNonces) {
            Seen dropped = byAge.poll();
            nonces.remove(dropped.nonce());
            floor = Math.max(floor, dropped.timestamp());
        }
        if (timestamp <= floor) {
            return Verdict.EXPIRED;
        }
        byAge.add(new Seen(timestamp, nonce));
        nonces.add(nonce);
        return Verdict.ACCEPTED;
    }

    /** How many nonces are remembered now (for tests and metrics). */
    public synchronized int size() {
        return nonces.size();
    }
}
