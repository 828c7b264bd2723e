package org.oicc.relations.authoring.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off after repeated failed logins, per user name and per client address, so neither one
 * account nor one client can guess passwords at speed. After {@link #FREE_ATTEMPTS} failures each
 * further failure locks for twice as long as the one before, up to {@link #MAX_LOCK}.
 */
public final class LoginGuard {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginGuard(Clock clock) {
        this.clock = clock;
    }

    /** When the user or the address is locked, until when. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        Instant until = latest(failures.get("u:" + user), failures.get("a:" + address));
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    public void failed(String user, String address) {
        bump("u:" + user);
        bump("a:" + address);
    }

    /** A success clears the user's failures; the address keeps its record (one client, many accounts). */
    public void succeeded(String user) {
        failures.remove("u:" + user);
    }

    private void bump(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            Instant until = null;
            if (count > FREE_ATTEMPTS) {
                long factor = 1L << Math.min(count - FREE_ATTEMPTS - 1, 20);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                until = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new Failures(count, until);
        });
    }

    private static Instant latest(Failures a, Failures b) {
        Instant x = a == null ? null : a.lockedUntil();
        Instant y = b == null ? null : b.lockedUntil();
        if (x == null) {
            return y;
        }
        return y == null || x.isAfter(y) ? x : y;
    }
}
