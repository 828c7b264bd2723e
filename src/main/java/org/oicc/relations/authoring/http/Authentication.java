package org.oicc.relations.authoring.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.oicc.relations.authoring.users.CredentialCheck;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is asking: HTTP Basic (for scripts and the API) or the UI's session cookie. A cookie alone
 * never authorises a change: state-changing requests must also carry the session's CSRF token, in
 * {@code X-CSRF-Token} or the form field {@code _csrf}, which another site cannot read.
 */
public final class Authentication {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";

    /**
     * How long a checked Basic header is trusted without hashing again: PBKDF2 costs a large
     * fraction of a second by design, too much for every API call. A changed password or role takes
     * effect within this time.
     */
    static final long BASIC_CACHE_MILLIS = 60_000;

    private record Verified(User user, long until) {
    }

    private final CredentialCheck authenticator;
    private final LoginSessions sessions;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Checks under way, by client address and header: identical parallel requests wait for one check. */
    private final Map<String, CompletableFuture<User>> checking = new ConcurrentHashMap<>();

    public Authentication(CredentialCheck authenticator, LoginSessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    /** The password check behind Basic credentials, for a login form that checks them too. */
    public CredentialCheck credentials() {
        return authenticator;
    }

    /** The session store behind the cookie, for a login form that opens and closes sessions. */
    public LoginSessions loginSessions() {
        return sessions;
    }

    /** The authenticated user, or an {@link ApiError} (401, or 429 with {@code Retry-After} while this address is throttled). */
    public User require(HttpServletRequest req) {
        return current(req).orElseThrow(ApiError::unauthorized);
    }

    public User require(HttpServletRequest req, Role role) {
        User user = require(req);
        if (!user.has(role)) {
            throw ApiError.forbidden(role.id());
        }
        return user;
    }

    public Optional<User> current(HttpServletRequest req) {
        String header = req.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of(basic(req, header.substring(6).trim()));
        }
        return session(req).map(s -> {
            if (!isSafe(req.getMethod()) && !csrfMatches(req, s.csrf())) {
                throw new ApiError(403, "csrfTokenMissing", "the request lacks this session's CSRF token");
            }
            return s.user();
        });
    }

    public Optional<LoginSession> session(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (LoginSessions.COOKIE.equals(c.getName())) {
                return sessions.find(c.getValue()).flatMap(this::stillValid);
            }
        }
        return Optional.empty();
    }

    /** A session of a user since disabled (or whose password an admin reset) ends; changed roles count at once. */
    private Optional<LoginSession> stillValid(LoginSession s) {
        Optional<User> now = authenticator.current(s.user());
        if (now.isEmpty()) {
            sessions.close(s.token());
            return Optional.empty();
        }
        return Optional.of(now.get().equals(s.user()) ? s : new LoginSession(s.token(), now.get(), s.csrf(), s.expires()));
    }

    private User basic(HttpServletRequest req, String encoded) {
        // keyed by a digest of the header, never by the password itself
        String key = digest(encoded);
        Verified hit = verified.get(key);
        long now = System.currentTimeMillis();
        if (hit != null && hit.until() > now) {
            Optional<User> stored = authenticator.current(hit.user());
            if (stored.isPresent()) {
                return stored.get();
            }
            verified.remove(key, hit); // disabled or password changed since: check again (and fail)
        }
        // a script's parallel calls with one header cost one hash and count as one attempt, not one each
        String flight = req.getRemoteAddr() + " " + key;
        CompletableFuture<User> mine = new CompletableFuture<>();
        CompletableFuture<User> running = checking.putIfAbsent(flight, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Verified done = verified.get(key); // a check that ended between the first look and ours
            if (done != null && done.until() > now && authenticator.current(done.user()).isPresent()) {
                mine.complete(done.user());
                return done.user();
            }
            User user = checkBasic(req, encoded);
            if (verified.size() > 10_000) {
                verified.clear();
            }
            verified.put(key, new Verified(user, now + BASIC_CACHE_MILLIS));
            mine.complete(user);
            return user;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // never leave a waiter hanging
            throw e;
        } finally {
            checking.remove(flight, mine);
        }
    }

    private static User await(CompletableFuture<User> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private User checkBasic(HttpServletRequest req, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw ApiError.unauthorized();
        }
        CredentialCheck.Result result = authenticator.authenticate(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), req.getRemoteAddr());
        if (result instanceof CredentialCheck.Result.Success ok) {
            return ok.user();
        }
        if (result instanceof CredentialCheck.Result.Locked locked) {
            throw ApiError.tooManyAttempts(locked.until(), authenticator.secondsLeft(locked));
        }
        throw ApiError.unauthorized();
    }

    private static boolean csrfMatches(HttpServletRequest req, String expected) {
        String given = req.getHeader(CSRF_HEADER);
        if (given == null) {
            given = formField(req, CSRF_FIELD);
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A field of a form body, never of the URL: a token in a query string ends up in logs, history
     * and Referer headers, so a token sent there counts as no token. A body over the container's
     * form limits (keys, size) is the client's error, not the server's.
     *
     * @throws ApiError 413 when the form cannot be read within the limits
     */
    public static String formField(HttpServletRequest req, String name) {
        String query = req.getQueryString();
        if (query != null && (query.startsWith(name + "=") || query.contains("&" + name + "="))) {
            return null;
        }
        try {
            return req.getParameter(name);
        } catch (RuntimeException overLimits) {
            throw formTooLarge();
        }
    }

    /** The answer to a form the container refused to parse (too many fields, too many bytes). */
    public static ApiError formTooLarge() {
        return new ApiError(413, "formTooLarge", "the form has too many fields or is too large");
    }

    static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
