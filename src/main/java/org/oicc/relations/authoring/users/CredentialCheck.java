package org.oicc.relations.authoring.users;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials. An unknown user costs the same hashing work as a known one, so response
 * times do not tell which user names exist; a locked user or address is refused before any check.
 */
public final class CredentialCheck {

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
        Optional<Instant> locked = guard.lockedUntil(user, address);
        if (locked.isPresent()) {
            return new Result.Locked(locked.get());
        }
        Optional<User> found = users.find(user);
        boolean ok = hasher.matches(password, found.map(User::passwordHash).orElse(dummyHash)) && found.isPresent();
        if (ok) {
            guard.succeeded(user);
            return new Result.Success(found.get());
        }
        guard.failed(user, address);
        return new Result.Failure();
    }
}
