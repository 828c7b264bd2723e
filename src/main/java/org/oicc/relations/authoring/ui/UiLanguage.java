package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserAccounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Which language the UI speaks to one request, and the switch that changes it. A logged-in user's
 * choice is kept with the user (in the users store), so it follows them to any browser; before
 * login (and for a user who never chose) a cookie keeps the browser's last choice; failing both,
 * the browser's {@code Accept-Language} among the UI's languages; failing that, English.
 *
 * <p>{@code POST /.author/language} with {@code lang} and {@code next}: logged in, it needs the
 * session's CSRF token and saves the choice for the user; on the login page it is refused when sent
 * from another site, like the login form itself.
 */
final class UiLanguage {

    static final String PATH = "/language";
    static final String COOKIE = "oicc-author-lang";
    private static final int YEAR = 365 * 24 * 3600;

    private final UiMessages messages;
    private final UserAccounts accounts;
    private final LoginSessions sessions;

    UiLanguage(UiMessages messages, UserAccounts accounts, LoginSessions sessions) {
        this.messages = messages;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** @param user the logged-in user, or null */
    UiText choose(HttpServletRequest req, User user) {
        if (user != null && UiMessages.speaks(user.language())) {
            return messages.text(user.language());
        }
        String cookie = cookie(req);
        if (UiMessages.speaks(cookie)) {
            return messages.text(cookie);
        }
        return messages.text(fromBrowser(req.getHeader("Accept-Language")));
    }

    /** The language switch: remembers the choice, then shows the page it was made on again. */
    void change(HttpServletRequest req, HttpServletResponse resp, UiSession session) {
        String lang = req.getParameter("lang");
        if (!UiMessages.speaks(lang)) {
            throw UiError.badRequest("error.language", String.join(", ", UiMessages.LANGUAGES));
        }
        if (session != null) {
            session.requireCsrf(req);
            User changed = accounts.setLanguage(session.user().name(), lang);
            sessions.update(session.session().token(), changed);
        } else {
            LoginPages.requireSameOrigin(req);
        }
        resp.addHeader("Set-Cookie", COOKIE + "=" + lang + "; Path=" + UiContext.BASE + "; Max-Age=" + YEAR
                + "; SameSite=Lax" + (req.isSecure() ? "; Secure" : ""));
        String next = LoginPages.safeNext(req.getParameter("next"));
        // from the login page: back to it, still going on to the page asked for after login
        LoginPages.redirect(resp, session == null ? UiContext.BASE + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : next);
    }

    private static String cookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    static String fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return UiMessages.FALLBACK;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), UiMessages.LANGUAGES);
            return tag == null ? UiMessages.FALLBACK : tag;
        } catch (IllegalArgumentException malformed) {
            return UiMessages.FALLBACK;
        }
    }

    static List<String> languages() {
        return UiMessages.LANGUAGES;
    }
}
