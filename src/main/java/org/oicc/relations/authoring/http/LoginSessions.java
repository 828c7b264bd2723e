package org.oicc.relations.authoring.http;

import org.oicc.relations.authoring.users.User;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browser sessions of the authoring UI: a random token in an {@code HttpOnly},
 * {@code SameSite=Strict} cookie, and a separate CSRF token that forms and scripts must echo.
 * In memory: a restart logs editors out, which is acceptable for an author instance.
 */
public final class LoginSessions {

    public static final String COOKIE = "OICC_AUTHOR";
    static final Duration IDLE = Duration.ofHours(8);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, LoginSession> sessions = new ConcurrentHashMap<>();

    public LoginSessions(Clock clock) {
        this.clock = clock;
    }

    public LoginSession open(User user) {
        LoginSession s = new LoginSession(token(), user, token(), clock.instant().plus(IDLE));
        sessions.put(s.token(), s);
        return s;
    }

    /** The live session for a token, its idle time renewed; expired ones are dropped. */
    public Optional<LoginSession> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        LoginSession s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.expires().isBefore(now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        LoginSession renewed = new LoginSession(s.token(), s.user(), s.csrf(), now.plus(IDLE));
        sessions.put(token, renewed);
        return Optional.of(renewed);
    }

    /** The same session for a changed user: one's own new password keeps one's session. */
    public void update(String token, User user) {
        sessions.computeIfPresent(token, (t, s) -> new LoginSession(t, user, s.csrf(), s.expires()));
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
