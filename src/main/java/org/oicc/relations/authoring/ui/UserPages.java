package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.users.PasswordPolicy;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.Roles;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserAccounts;
import org.oicc.relations.authoring.users.UserChangeException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users screens, for admins only: the list with a form to add a user, and one user's page
 * (roles, a new password, disable or enable). Every change is a form with the session's CSRF token;
 * a refused change shows the page again with the reason and changes nothing.
 *
 * <pre>
 * /.author/users                              GET list; POST adds
 * /.author/users/{name}                       GET one user
 * /.author/users/{name}/{roles|password|disable|enable}   POST
 * </pre>
 */
final class UserPages {

    static final String BASE = UiContext.BASE + "/users";

    private final UiContext ui;
    private final UserAccounts accounts;
    private final LoginSessions sessions;

    UserPages(UiContext ui, UserAccounts accounts, LoginSessions sessions) {
        this.ui = ui;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** @param parts the path after {@code /.author/}, split at '/': {@code users[, name[, action]]} */
    void route(String[] parts, boolean post, HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        session.require(Role.ADMIN);
        if (post) {
            session.requireCsrf(req);
        }
        if (parts.length == 1 && !post) {
            String added = req.getParameter("added");
            list(resp, session, 200, null, added == null ? null : session.text().get("users.added", added), Map.of());
        } else if (parts.length == 1) {
            add(req, resp, session);
        } else if (parts.length == 2 && !post && !parts[1].isEmpty()) {
            one(resp, session, user(parts[1]), 200, null, message(session.text(), req));
        } else if (parts.length == 3 && post) {
            change(parts[1], parts[2], req, resp, session);
        } else {
            throw UiError.notFound("error.noPage");
        }
    }

    private void add(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        String name = value(req.getParameter("name"));
        String[] ticked = req.getParameterValues("roles");
        Map<String, Object> input = Map.of("name", name, "roles", ticked == null ? List.of() : List.of(ticked));
        try {
            Set<Role> roles = roles(req);
            char[] password = password(req);
            accounts.add(name, roles, password);
        } catch (UserChangeException e) {
            list(resp, session, status(e), refusal(session.text(), e), null, input);
            return;
        }
        LoginPages.redirect(resp, BASE + "?added=" + name);
    }

    private void change(String name, String action, HttpServletRequest req, HttpServletResponse resp, UiSession session)
            throws IOException {
        User user = user(name);
        User changed;
        try {
            changed = switch (action) {
                case "roles" -> accounts.setRoles(name, roles(req));
                case "password" -> accounts.resetPassword(name, password(req));
                case "disable" -> accounts.setEnabled(name, false);
                case "enable" -> accounts.setEnabled(name, true);
                default -> throw UiError.notFound("error.noPage");
            };
        } catch (UserChangeException e) {
            one(resp, session, user, status(e), refusal(session.text(), e), null);
            return;
        }
        if (name.equals(session.user().name())) {
            if (!changed.enabled()) {
                // one's own disabling (another admin is left) ends one's session like anyone's
                LoginPages.redirect(resp, UiContext.BASE + "/login");
                return;
            }
            sessions.update(session.session().token(), changed); // one's own new password keeps this session
            if (!changed.has(Role.ADMIN)) {
                LoginPages.redirect(resp, UiContext.BASE + "/");
                return;
            }
        }
        LoginPages.redirect(resp, BASE + "/" + name + "?msg=" + action);
    }

    private void list(HttpServletResponse resp, UiSession session, int status, String error, String message, Map<String, Object> input)
            throws IOException {
        Map<String, Object> m = ui.frame(session, session.text().get("nav.users"), null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (User u : accounts.store().all()) {
            rows.add(row(session.text(), u));
        }
        m.put("users", rows);
        m.put("allRoles", Arrays.stream(Role.values()).map(Role::id).toList());
        m.put("input", input.isEmpty() ? Map.of("name", "", "roles", List.of(Role.EDITOR.id())) : input);
        m.put("minLength", PasswordPolicy.MIN_LENGTH);
        if (error != null) {
            m.put("error", error);
        }
        if (message != null) {
            m.put("message", message);
        }
        ui.pages.render(resp, status, "users.ftlh", m);
    }

    private void one(HttpServletResponse resp, UiSession session, User user, int status, String error, String message)
            throws IOException {
        Map<String, Object> m = ui.frame(session, session.text().get("users.userTitle", user.name()), null);
        m.put("u", row(session.text(), user));
        m.put("allRoles", Arrays.stream(Role.values()).map(Role::id).toList());
        m.put("action", BASE + "/" + user.name());
        m.put("self", user.name().equals(session.user().name()));
        m.put("minLength", PasswordPolicy.MIN_LENGTH);
        if (error != null) {
            m.put("error", error);
        }
        if (message != null) {
            m.put("message", message);
        }
        ui.pages.render(resp, status, "user.ftlh", m);
    }

    private static Map<String, Object> row(UiText t, User u) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", u.name());
        r.put("href", BASE + "/" + u.name());
        r.put("roles", u.roles().stream().map(Role::id).toList());
        r.put("rolesText", String.join(t.get("common.listSep"), u.roles().stream().map(role -> t.get("role." + role.id())).toList()));
        r.put("enabled", u.enabled());
        r.put("lastLogin", u.lastLogin() == null ? t.get("users.never") : t.when(u.lastLogin()));
        return r;
    }

    private User user(String name) {
        return accounts.store().find(name).orElseThrow(() -> UiError.notFound("error.noUser", name));
    }

    /** The ticked role boxes; none ticked is refused by the accounts with the reason. */
    private static Set<Role> roles(HttpServletRequest req) {
        String[] ticked = req.getParameterValues("roles");
        if (ticked == null || ticked.length == 0) {
            return EnumSet.noneOf(Role.class);
        }
        return Roles.parse(List.of(ticked));
    }

    /** A new password typed twice, so that a typing mistake does not lock the user out. */
    static char[] password(HttpServletRequest req) {
        String first = req.getParameter("password");
        String again = req.getParameter("password2");
        if (first == null || first.isEmpty()) {
            throw new UserChangeException(UserChangeException.Kind.WEAK_PASSWORD, "the password is empty").because("passwordEmpty");
        }
        if (again != null && !again.equals(first)) {
            throw new UserChangeException(UserChangeException.Kind.WEAK_PASSWORD, "the two passwords differ; nothing was changed")
                    .because("passwordsDiffer");
        }
        return first.toCharArray();
    }

    private static String message(UiText t, HttpServletRequest req) {
        String msg = req.getParameter("msg");
        return msg != null && Set.of("roles", "password", "disable", "enable").contains(msg) ? t.get("users.msg." + msg) : null;
    }

    /** Why a change of users was refused, in the admin's (or user's) language. */
    static String refusal(UiText t, UserChangeException e) {
        String key = "users.problem." + e.reason();
        return t.has(key) ? t.get(key, e.args()) : e.getMessage();
    }

    static int status(UserChangeException e) {
        return switch (e.kind()) {
            case UNKNOWN_USER -> 404;
            case USER_EXISTS, LAST_ADMIN -> 409;
            case TOO_MANY_ATTEMPTS -> 429;
            case INVALID_NAME, INVALID_ROLES, WEAK_PASSWORD, WRONG_PASSWORD -> 400;
        };
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
