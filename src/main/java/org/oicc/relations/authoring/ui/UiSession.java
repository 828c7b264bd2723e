package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.oicc.relations.authoring.http.LoginSession;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The logged-in editor of one request. The UI accepts its session cookie only, never HTTP Basic:
 * browsers replay cached Basic credentials on cross-site requests, a cookie marked SameSite=Strict
 * they do not, and every change must still carry the session's CSRF token.
 *
 * @param text the UI's words in the language this user chose ({@link UiLanguage})
 */
record UiSession(LoginSession session, UiText text) {

    User user() {
        return session.user();
    }

    String csrf() {
        return session.csrf();
    }

    void require(Role role) {
        if (!session.user().has(role)) {
            throw UiError.forbidden(role.id());
        }
    }

    /** @throws UiError 403 unless the form (or script) echoed this session's CSRF token */
    void requireCsrf(HttpServletRequest req) {
        String given = req.getHeader(Authentication.CSRF_HEADER);
        if (given == null) {
            given = Authentication.formField(req, Authentication.CSRF_FIELD);
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new UiError(403, "error.csrf");
        }
    }

    /** Cookie attributes: the REST APIs the pages may call share it, hence Path=/. */
    static String cookie(String token, boolean secure, boolean clear) {
        return LoginSessions.COOKIE + "=" + (clear ? "" : token) + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "") + (clear ? "; Max-Age=0" : "");
    }
}
