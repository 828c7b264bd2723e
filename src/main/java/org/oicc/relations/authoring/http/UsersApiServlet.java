package org.oicc.relations.authoring.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.Roles;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserAccounts;
import org.oicc.relations.authoring.users.UserChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The users as JSON, for scripts: what the users screens do, with HTTP Basic or a session (and its
 * CSRF token) like the Nodes API. Admins only, but {@code _me/password}, where every user changes
 * their own password giving the current one. Password hashes are never answered.
 *
 * <pre>
 * GET  /.rest/users/v1                 {"users":[{"name","roles","enabled","lastLogin"}]}
 * POST /.rest/users/v1                 {"name","roles":[..],"password"}        → 201 the user
 * PUT  /.rest/users/v1/{name}          {"roles"?,"enabled"?,"password"?}       → 200 the user, all or nothing
 * POST /.rest/users/v1/_me/password    {"current","password"}                  → 204
 * </pre>
 */
public final class UsersApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(UsersApiServlet.class);
    /** '_' cannot start a user name, so this never hides a user. */
    private static final String ME = "_me";

    private final transient UserAccounts accounts;
    private final transient Authentication auth;
    private final transient JsonIO io;

    public UsersApiServlet(Authentication auth, JsonIO io) {
        this.accounts = auth.credentials().accounts();
        this.auth = auth;
        this.io = io;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            route(req, resp);
        } catch (ApiError e) {
            JsonIO.drain(req);
            io.error(resp, e);
        } catch (UserChangeException e) {
            io.error(resp, toApiError(e));
        } catch (RuntimeException | javax.jcr.RepositoryException e) {
            LOG.error("users API {} {} failed", req.getMethod(), req.getRequestURI(), e);
            io.error(resp, new ApiError(500, "unknown", "the request could not be carried out; nothing was changed"));
        }
    }

    private void route(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.jcr.RepositoryException {
        String path = req.getPathInfo() == null || req.getPathInfo().equals("/") ? "" : req.getPathInfo().substring(1);
        String method = req.getMethod();
        if (path.equals(ME + "/password")) {
            allow(resp, method, "POST");
            User me = auth.require(req);
            JsonNode body = io.readBody(req);
            auth.credentials().changeOwnPassword(me.name(), text(body, "current").toCharArray(), text(body, "password").toCharArray(),
                    req.getRemoteAddr());
            resp.setStatus(204);
            return;
        }
        auth.require(req, Role.ADMIN);
        if (path.isEmpty()) {
            allow(resp, method, "GET", "HEAD", "POST");
            if (method.equals("POST")) {
                JsonNode body = io.readBody(req);
                User added = accounts.add(text(body, "name"), roles(body.get("roles")), text(body, "password").toCharArray());
                io.write(resp, 201, out -> user(out, added));
            } else {
                List<User> all = accounts.store().all();
                io.write(resp, 200, out -> {
                    out.writeStartObject();
                    out.writeArrayFieldStart("users");
                    for (User u : all) {
                        user(out, u);
                    }
                    out.writeEndArray();
                    out.writeEndObject();
                });
            }
            return;
        }
        if (path.contains("/")) {
            throw ApiError.notFound("no such resource");
        }
        allow(resp, method, "GET", "HEAD", "PUT");
        if (method.equals("PUT")) {
            JsonNode body = io.readBody(req);
            JsonNode enabled = body.get("enabled");
            if (enabled != null && !enabled.isBoolean()) {
                throw ApiError.badRequest("'enabled' must be true or false");
            }
            User changed = accounts.edit(path, body.has("roles") ? roles(body.get("roles")) : null,
                    enabled == null ? null : enabled.booleanValue(), body.has("password") ? text(body, "password").toCharArray() : null);
            io.write(resp, 200, out -> user(out, changed));
        } else {
            User u = accounts.store().find(path).orElseThrow(() -> ApiError.notFound("no user '" + path + "'"));
            io.write(resp, 200, out -> user(out, u));
        }
    }

    private static void allow(HttpServletResponse resp, String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            resp.setHeader("Allow", String.join(", ", allowed));
            throw new ApiError(405, "methodNotAllowed", "allowed here: " + String.join(", ", allowed));
        }
    }

    private static void user(JsonGenerator out, User u) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", u.name());
        out.writeArrayFieldStart("roles");
        for (Role r : u.roles()) {
            out.writeString(r.id());
        }
        out.writeEndArray();
        out.writeBooleanField("enabled", u.enabled());
        if (u.lastLogin() == null) {
            out.writeNullField("lastLogin");
        } else {
            out.writeStringField("lastLogin", u.lastLogin().toString());
        }
        out.writeEndObject();
    }

    private static Set<Role> roles(JsonNode roles) {
        if (roles == null || !roles.isArray()) {
            throw ApiError.badRequest("'roles' must be an array of role names (editor, publisher, admin)");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode r : roles) {
            if (!r.isTextual()) {
                throw ApiError.badRequest("'roles' must be an array of role names (editor, publisher, admin)");
            }
            ids.add(r.asText());
        }
        return Roles.parse(ids);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw ApiError.badRequest("'" + field + "' is required (a string)");
        }
        return v.asText();
    }

    static ApiError toApiError(UserChangeException e) {
        return switch (e.kind()) {
            case UNKNOWN_USER -> new ApiError(404, "userNotFound", e.getMessage());
            case USER_EXISTS -> new ApiError(409, "userExists", e.getMessage());
            case LAST_ADMIN -> new ApiError(409, "lastAdmin", e.getMessage());
            case INVALID_NAME -> new ApiError(400, "invalidName", e.getMessage());
            case INVALID_ROLES -> new ApiError(400, "invalidRoles", e.getMessage());
            case WEAK_PASSWORD -> new ApiError(400, "weakPassword", e.getMessage());
            case WRONG_PASSWORD -> new ApiError(403, "wrongPassword", e.getMessage());
            case TOO_MANY_ATTEMPTS -> new ApiError(429, "tooManyAttempts", e.getMessage());
        };
    }
}
