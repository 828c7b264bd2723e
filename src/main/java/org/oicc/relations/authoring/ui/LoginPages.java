package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.LoginSession;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.users.CredentialCheck;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Log in and log out. The login form carries no CSRF token (there is no session yet); a cross-site
 * login is refused by its Origin instead, and the cookie it sets is SameSite=Strict.
 */
final class LoginPages {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final UiContext ui;
    private final CredentialCheck authenticator;
    private final LoginSessions sessions;

    LoginPages(UiContext ui, CredentialCheck authenticator, LoginSessions sessions) {
        this.ui = ui;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    void form(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        render(resp, 200, "", safeNext(req.getParameter("next")), null);
    }

    void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
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
            render(resp, 429, name, next, "Too many failed attempts. Logging in is blocked until "
                    + UNTIL.format(locked.until()) + "; try again after that.");
        } else {
            render(resp, 401, name, next, "Wrong user name or password.");
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

    private void render(HttpServletResponse resp, int status, String name, String next, String error) throws IOException {
        Map<String, Object> m = ui.frame(null, "Log in", null);
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

    private static void requireSameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String host = req.getHeader("Host");
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new UiError(403, "This login form was sent from another site.");
        }
        String authority = uri.getRawAuthority();
        if (host == null || !host.equalsIgnoreCase(authority)) {
            throw new UiError(403, "This login form was sent from another site.");
        }
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
