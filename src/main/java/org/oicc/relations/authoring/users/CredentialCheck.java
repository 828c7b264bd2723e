package org.oicc.relations.authoring.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials. The attempt is counted and the throttle decided ({@link LoginGuard}) before
 * the password is hashed, so a refused attempt costs no hashing; an unknown user costs the same
 * hashing work as a known one, so response times do not tell which user names exist. Failed checks
 * and the locks they start are logged with the name and the address, never the password.
 */
public final class CredentialCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialCheck.class);

    /** The outcome of one login attempt. */
    public sealed interface Result {
        record Success(User user) implements Result {
        }

        record Failure() implements Result {
        }

        record Locked(Instant until) implements Result {
        }
    }

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginGuard guard;
    private final String dummyHash;

    public CredentialCheck(UserStore users, PasswordHasher hasher, LoginGuard guard) {
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
        this.dummyHash = hasher.hash("not a real password".toCharArray());
    }

    public Result authenticate(String name, char[] password, String address) {
        String user = name == null ? "" : name;
        Optional<Instant> locked = guard.attempt(user, address);
        if (locked.isPresent()) {
            // not logged one by one: the lock was logged when it started, and refusals cost nothing
            return new Result.Locked(locked.get());
        }
        Optional<User> found = users.find(user);
        boolean ok = hasher.matches(password, found.map(User::passwordHash).orElse(dummyHash)) && found.isPresent();
        if (ok) {
            guard.succeeded(user, address);
            return new Result.Success(found.get());
        }
        LOG.info("failed login for '{}' from {}", printable(user), address);
        guard.lockedUntil(user, address).ifPresent(until -> LOG.warn("too many failed logins for '{}' from {}: that address waits until {}",
                printable(user), address, until));
        return new Result.Failure();
    }

    /** Whole seconds until a lock ends, at least one: what {@code Retry-After} says. */
    public long secondsLeft(Result.Locked locked) {
        Duration left = Duration.between(guard.now(), locked.until());
        return Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }

    /** A name as a client sent it, safe for one log line: no control characters, bounded length. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(64).forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        return name.codePointCount(0, name.length()) > 64 ? out.append('…').toString() : out.toString();
    }
}
