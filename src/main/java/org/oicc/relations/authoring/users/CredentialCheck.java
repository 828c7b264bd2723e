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
    private final UserAccounts accounts;

    public CredentialCheck(UserStore users, PasswordHasher hasher, LoginGuard guard) {
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
        this.dummyHash = hasher.hash("not a real password".toCharArray());
        this.accounts = new UserAccounts(users, hasher);
    }

    /** The changes to these users (screens for admins, one's own password), on the same store and hasher. */
    public UserAccounts accounts() {
        return accounts;
    }

    /**
     * The user as stored now, for a login made earlier (a session, a cached Basic check): empty once
     * it was disabled, deleted or its password changed, so those logins end at their next request;
     * changed roles count at once.
     */
    public Optional<User> current(User loggedIn) {
        return users.find(loggedIn.name()).filter(u -> u.enabled() && u.passwordHash().equals(loggedIn.passwordHash()));
    }

    public Result authenticate(String name, char[] password, String address) {
        String user = name == null ? "" : name;
        Optional<Instant> locked = guard.attempt(user, address);
        if (locked.isPresent()) {
            // not logged one by one: the lock was logged when it started, and refusals cost nothing
            return new Result.Locked(locked.get());
        }
        Optional<User> found = users.find(user);
        // a disabled user costs the same hashing and gets the same answer as a wrong password
        boolean ok = hasher.matches(password, found.map(User::passwordHash).orElse(dummyHash)) && found.isPresent()
                && found.get().enabled();
        if (ok) {
            guard.succeeded(user, address);
            return new Result.Success(recordLogin(found.get()));
        }
        LOG.info("failed login for '{}' from {}", printable(user), address);
        guard.lockedUntil(user, address).ifPresent(until -> LOG.warn("too many failed logins for '{}' from {}: that address waits until {}",
                printable(user), address, until));
        return new Result.Failure();
    }

    /**
     * Notes when the user logged in, for the users screen; at most once a minute per user, so that
     * a script's Basic logins do not rewrite the file at every call. A file that cannot be written
     * does not stop the login.
     */
    private User recordLogin(User user) {
        Instant now = guard.now();
        if (user.lastLogin() != null && Duration.between(user.lastLogin(), now).compareTo(Duration.ofMinutes(1)) < 0) {
            return user;
        }
        try {
            return users.update(all -> {
                User stored = all.get(user.name());
                if (stored == null || !stored.passwordHash().equals(user.passwordHash())) {
                    return user;
                }
                User noted = stored.withLastLogin(now);
                all.put(user.name(), noted);
                return noted;
            });
        } catch (RuntimeException e) {
            LOG.warn("cannot note the login of '{}': {}", user.name(), e.getMessage());
            return user;
        }
    }

    /**
     * One's own new password: the current one is checked as a login is (counted and throttled by
     * the same guard), so an unattended session cannot be used to guess it.
     */
    public User changeOwnPassword(String name, char[] current, char[] password, String address) {
        Result check = authenticate(name, current, address);
        if (check instanceof Result.Locked locked) {
            throw new UserChangeException(UserChangeException.Kind.TOO_MANY_ATTEMPTS, "too many wrong passwords from this address; try again in "
                    + secondsLeft(locked) + " s").because("tooManyAttempts", secondsLeft(locked));
        }
        if (!(check instanceof Result.Success)) {
            throw new UserChangeException(UserChangeException.Kind.WRONG_PASSWORD, "the current password is wrong; nothing was changed").because("wrongPassword");
        }
        return accounts.changeOwnPassword(name, current, password);
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
