package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.LoginSession;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.users.CredentialCheck;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Log in and log out. The login form carries no CSRF token (there is no session yet); a cross-site
 * login is refused by its Origin instead, and the cookie it sets is SameSite=Strict.
 */
final class LoginPages {

    private final UiContext ui;
    private final CredentialCheck authenticator;
    private final LoginSessions sessions;

    LoginPages(UiContext ui, CredentialCheck authenticator, LoginSessions sessions) {
        this.ui = ui;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    void form(HttpServletRequest req, HttpServletResponse resp, UiText text) throws IOException {
        render(resp, text, 200, "", safeNext(req.getParameter("next")), null);
    }

    void login(HttpServletRequest req, HttpServletResponse resp, UiText text) throws IOException {
        requireSameOrigin(req);
        String name = value(req.getParameter("username"));
        String next = safeNext(req.getParameter("next"));
        String given = req.getParameter("password");
        char[] password = (given == null ? "" : given).toCharArray();
        CredentialCheck.Result result = authenticator.authenticate(name, password, req.getRemoteAddr());
        if (result instanceof CredentialCheck.Result.Success ok) {
            LoginSession s = sessions.open(ok.user());
            resp.addHeader("Set-Cookie", UiSession.cookie(s.token(), req.isSecure(), false));
            redirect(resp, next);
        } else if (result instanceof CredentialCheck.Result.Locked locked) {
            long seconds = authenticator.secondsLeft(locked);
            resp.setHeader("Retry-After", Long.toString(seconds));
            render(resp, text, 429, name, next, text.get("login.locked", text.when(locked.until()), inHowLong(text, seconds)));
        } else {
            render(resp, text, 401, name, next, text.get("login.wrong"));
        }
    }

    void logout(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        session.requireCsrf(req);
        sessions.close(session.session().token());
        resp.addHeader("Set-Cookie", UiSession.cookie("", req.isSecure(), true));
        redirect(resp, UiContext.BASE + "/login?out=1");
    }

    static void redirect(HttpServletResponse resp, String location) {
        UiTemplates.secure(resp);
        resp.setStatus(303);
        resp.setHeader("Location", location);
    }

    private void render(HttpServletResponse resp, UiText text, int status, String name, String next, String error) throws IOException {
        Map<String, Object> m = ui.frame(text, text.get("login.title"));
        m.put("username", name);
        m.put("next", next);
        if (error != null) {
            m.put("error", error);
        }
        ui.pages.render(resp, status, "login.ftlh", m);
    }

    /** Only a page of this UI, never another site (an open redirect would help phishing). */
    static String safeNext(String next) {
        if (next != null && next.startsWith(UiContext.BASE + "/") && !next.contains("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x21 || c == 0x7f) && !next.startsWith(UiContext.BASE + "/login")) {
            return next;
        }
        return UiContext.BASE + "/";
    }

    static void requireSameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String host = req.getHeader("Host");
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new UiError(403, "error.crossSite");
        }
        String authority = uri.getRawAuthority();
        if (host == null || !host.equalsIgnoreCase(authority)) {
            throw new UiError(403, "error.crossSite");
        }
    }

    private static String inHowLong(UiText text, long seconds) {
        return seconds < 120 ? text.get("login.inSeconds", seconds) : text.get("login.inMinutes", (seconds + 59) / 60);
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
