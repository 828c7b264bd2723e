package org.oicc.relations.authoring.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Back-off after repeated login attempts, per client address and per (address, user name) — never
 * per user name alone, so that nobody can lock a user out from elsewhere: a correct password from
 * an address that did not fail is accepted.
 *
 * <p>An attempt is counted <em>before</em> its password is checked ({@link #attempt}), in one step
 * with the lock decision, so parallel guesses cannot all pass the check before the first failure is
 * recorded, and a refused attempt costs no password hash. A success takes its own attempt back and
 * clears the pair's record. After {@link #FREE_ATTEMPTS} counted attempts of a pair (or
 * {@link #ADDRESS_FREE_ATTEMPTS} of an address) each further one locks for twice as long as the one
 * before, from {@link #FIRST_LOCK} up to {@link #MAX_LOCK}. Each {@link #FORGIVE_AFTER} without an
 * attempt forgives one, so the back-off decays and a record of old mistakes disappears.
 */
public final class LoginGuard {

    /** Attempts of one (address, name) pair answered without delay. */
    static final int FREE_ATTEMPTS = 5;
    /** Attempts of one address, whatever the names: more, since users behind one NAT share it. */
    static final int ADDRESS_FREE_ATTEMPTS = 10;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGIVE_AFTER = Duration.ofMinutes(5);
    /** Counting further than the longest lock needs would only delay forgiveness. */
    private static final int LOCKS_COUNTED = 6;
    private static final int SWEEP_FROM = 10_000;

    /** {@code count} attempts, the last at {@code last}. */
    private record Attempts(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Attempts> records = new HashMap<>();
    private int sweepAt = SWEEP_FROM;

    public LoginGuard(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Counts one attempt of {@code user} from {@code address}, to be taken back by
     * {@link #succeeded} if the password is right.
     *
     * @return empty when the password may be checked; else until when this address (or this pair) must wait, and nothing was counted
     */
    public synchronized Optional<Instant> attempt(String user, String address) {
        Instant now = clock.instant();
        String a = addressKey(address);
        String p = pairKey(user, address);
        Attempts byAddress = current(a, now);
        Attempts byPair = current(p, now);
        Instant until = later(lockedUntil(byAddress, ADDRESS_FREE_ATTEMPTS), lockedUntil(byPair, FREE_ATTEMPTS));
        if (until != null && until.isAfter(now)) {
            return Optional.of(until);
        }
        records.put(a, new Attempts(Math.min(count(byAddress) + 1, ADDRESS_FREE_ATTEMPTS + LOCKS_COUNTED), now));
        records.put(p, new Attempts(Math.min(count(byPair) + 1, FREE_ATTEMPTS + LOCKS_COUNTED), now));
        if (records.size() > sweepAt) {
            sweep(now);
        }
        return Optional.empty();
    }

    /** The lock that counted attempts put on this pair or its address, without counting one. */
    public synchronized Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(current(addressKey(address), now), ADDRESS_FREE_ATTEMPTS),
                lockedUntil(current(pairKey(user, address), now), FREE_ATTEMPTS));
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * The attempt was right: the pair starts afresh and the address gets this attempt back; its
     * earlier failures stay (one client guessing many accounts).
     */
    public synchronized void succeeded(String user, String address) {
        records.remove(pairKey(user, address));
        records.computeIfPresent(addressKey(address), (k, old) -> old.count() <= 1 ? null : new Attempts(old.count() - 1, old.last()));
    }

    /** The record as of now: one attempt forgiven per {@link #FORGIVE_AFTER} since the last. */
    private Attempts current(String key, Instant now) {
        Attempts stored = records.get(key);
        if (stored == null) {
            return null;
        }
        long forgiven = Duration.between(stored.last(), now).dividedBy(FORGIVE_AFTER);
        return forgiven <= 0 ? stored : stored.count() <= forgiven ? null : new Attempts((int) (stored.count() - forgiven), stored.last());
    }

    private static Instant lockedUntil(Attempts attempts, int free) {
        if (attempts == null || attempts.count() <= free) {
            return null;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << (attempts.count() - free - 1));
        return attempts.last().plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }

    /** Drops forgiven records; the next sweep waits until the map has doubled, so sweeping costs O(1) an attempt. */
    private void sweep(Instant now) {
        records.keySet().removeIf(key -> current(key, now) == null);
        sweepAt = Math.max(SWEEP_FROM, records.size() * 2);
    }

    private static int count(Attempts attempts) {
        return attempts == null ? 0 : attempts.count();
    }

    private static Instant later(Instant x, Instant y) {
        if (x == null) {
            return y;
        }
        return y == null || x.isAfter(y) ? x : y;
    }

    private static String addressKey(String address) {
        return "a:" + ClientAddress.group(address);
    }

    private static String pairKey(String user, String address) {
        return "p:" + ClientAddress.group(address) + " " + user;
    }
}
