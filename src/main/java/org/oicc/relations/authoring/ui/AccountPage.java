package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.users.PasswordPolicy;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.CredentialCheck;
import org.oicc.relations.authoring.users.UserChangeException;

import java.io.IOException;
import java.util.Map;

/**
 * {@code /.author/account}: every user changes their own password, giving the current one (a
 * session left open on a shared computer must not be enough to take the account over).
 */
final class AccountPage {

    static final String PATH = UiContext.BASE + "/account";

    private final UiContext ui;
    private final CredentialCheck credentials;
    private final LoginSessions sessions;

    AccountPage(UiContext ui, CredentialCheck credentials, LoginSessions sessions) {
        this.ui = ui;
        this.credentials = credentials;
        this.sessions = sessions;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        render(resp, session, 200, null, "changed".equals(req.getParameter("msg")) ? session.text().get("account.changed") : null);
    }

    void change(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        session.requireCsrf(req);
        String current = req.getParameter("current");
        User changed;
        try {
            char[] password = UserPages.password(req);
            changed = credentials.changeOwnPassword(session.user().name(), (current == null ? "" : current).toCharArray(), password,
                    req.getRemoteAddr());
        } catch (UserChangeException e) {
            render(resp, session, UserPages.status(e), UserPages.refusal(session.text(), e), null);
            return;
        }
        // this session goes on with the new password; the user's other sessions end
        sessions.update(session.session().token(), changed);
        LoginPages.redirect(resp, PATH + "?msg=changed");
    }

    private void render(HttpServletResponse resp, UiSession session, int status, String error, String message) throws IOException {
        Map<String, Object> m = ui.frame(session, session.text().get("account.title"), null);
        m.put("minLength", PasswordPolicy.MIN_LENGTH);
        if (error != null) {
            m.put("error", error);
        }
        if (message != null) {
            m.put("message", message);
        }
        ui.pages.render(resp, status, "account.ftlh", m);
    }
}
