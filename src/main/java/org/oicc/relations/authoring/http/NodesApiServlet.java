package org.oicc.relations.authoring.http;

import org.oicc.relations.repository.StoredPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.ClientPaths;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Magnolia's Nodes API v1 on the author side, {@code /.rest/nodes/v1/{workspace}/{path}}: GET reads,
 * PUT adds a child, POST updates properties of an existing node, DELETE removes. Writes need the
 * editor role, go through the content service (validated against the content type) and honour
 * {@code If-Match} so two editors never overwrite each other unknowingly.
 */
public final class NodesApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(NodesApiServlet.class);

    private final transient SessionProvider sessions;
    private final transient Authentication auth;
    private final transient JsonIO io;
    private final transient ItemEdits edits;
    private final transient ContentService content;
    /** The module's workspaces: the only ones this API opens (not security, default, or any other). */
    private final Set<String> workspaces;

    public NodesApiServlet(LightModule module, ContentService content, SessionProvider sessions, Authentication auth, JsonIO io) {
        this.workspaces = Set.copyOf(module.workspaces());
        this.sessions = sessions;
        this.auth = auth;
        this.io = io;
        this.content = content;
        this.edits = new ItemEdits(module, content);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String method = req.getMethod();
            switch (method) {
                case "GET", "HEAD" -> read(req, resp);
                case "PUT", "POST", "DELETE" -> write(method, req, resp);
                default -> {
                    resp.setHeader("Allow", "GET, HEAD, PUT, POST, DELETE");
                    throw new ApiError(405, "methodNotAllowed", "method " + method + " is not allowed");
                }
            }
        } catch (ApiError e) {
            JsonIO.drain(req);
            io.error(resp, e);
        } catch (javax.jcr.NoSuchWorkspaceException e) {
            io.error(resp, ApiError.notFound("no such workspace"));
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("nodes API request {} {} failed", req.getMethod(), req.getRequestURI(), e);
            io.error(resp, new ApiError(500, "unknown", "the request could not be carried out"));
        }
    }

    private void read(HttpServletRequest req, HttpServletResponse resp) throws IOException, RepositoryException {
        auth.require(req, Role.EDITOR);
        String[] target = target(req);
        if (!workspaces.contains(target[0]) || JcrPaths.isRepositoryInternal(target[1])) {
            // the same answer as for a workspace that does not exist: nothing tells what is there
            throw ApiError.notFound("no such workspace or node");
        }
        int depth = parseDepth(req.getParameter("depth"));
        Set<String> excluded = req.getParameter("excludeNodeTypes") == null ? Set.of()
                : new HashSet<>(Arrays.asList(req.getParameter("excludeNodeTypes").split(",")));
        boolean metadata = Boolean.parseBoolean(req.getParameter("includeMetadata"));
        Session session = sessions.login(Side.AUTHOR, target[0]);
        try {
            String stored = StoredPaths.of(session).stored(target[1]);
            if (!session.nodeExists(stored)) {
                throw ApiError.notFound(target[1]);
            }
            etagOf(target).ifPresent(tag -> resp.setHeader("ETag", tag));
            io.write(resp, 200, out -> NodeJson.write(out, session.getNode(stored), depth, excluded, metadata));
        } finally {
            session.logout();
        }
    }

    private void write(String method, HttpServletRequest req, HttpServletResponse resp) throws IOException, RepositoryException {
        User user = auth.require(req, Role.EDITOR);
        String[] target = target(req);
        ItemEdits.Target t = edits.resolve(target[0], target[1]);
        Predicate<Item> unchanged = ifMatch(req, t);
        if ("DELETE".equals(method)) {
            edits.delete(t, user.name(), unchanged);
            resp.setStatus(204);
            return;
        }
        var body = io.readBody(req);
        ItemEdits.Saved saved = "PUT".equals(method) ? edits.create(t, body, user.name(), unchanged)
                : edits.update(t, body, user.name(), unchanged);
        resp.setHeader("ETag", saved.etag());
        io.write(resp, 200, saved.node()::serialize);
    }

    /**
     * The client's {@code If-Match} as a test of the stored item. It is applied once, by the write,
     * under the content service's lock: a stale tag (another editor saved in between) is a 412 and
     * nothing is written.
     *
     * @return null when there is nothing to check: no If-Match, {@code *}, or no item addressed
     */
    private static Predicate<Item> ifMatch(HttpServletRequest req, ItemEdits.Target t) {
        String ifMatch = req.getHeader("If-Match");
        if (ifMatch == null || t.item() == null || "*".equals(ifMatch.trim())) {
            return null;
        }
        Set<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim).collect(Collectors.toSet());
        return current -> tags.contains(etag(current));
    }

    private java.util.Optional<String> etagOf(String[] target) {
        try {
            ItemEdits.Target t = edits.resolve(target[0], target[1]);
            return t.item() == null ? java.util.Optional.empty() : java.util.Optional.of(etag(content.read(t.type().name(), t.item())));
        } catch (ApiError | org.oicc.relations.content.NoSuchItemException e) {
            return java.util.Optional.empty();
        }
    }

    static String etag(Item item) {
        return "\"" + item.id() + "-" + item.version() + "\"";
    }

    /** {workspace, absolute path}; only plain names, so nothing outside the workspace is reachable. */
    private static String[] target(HttpServletRequest req) {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        String[] parts = info.split("/");
        if (parts.length < 2 || !ClientPaths.Rule.URL.allows(parts[1])) {
            throw ApiError.notFound(info);
        }
        StringBuilder path = new StringBuilder();
        for (int i = 2; i < parts.length; i++) {
            if (!ClientPaths.Rule.URL.allows(parts[i])) {
                throw ApiError.notFound(info);
            }
            path.append('/').append(parts[i]);
        }
        return new String[] {parts[1], path.length() == 0 ? "/" : path.toString()};
    }

    private static int parseDepth(String text) {
        if (text == null) {
            return 0;
        }
        if (!text.matches("\\d{1,2}")) {
            throw ApiError.badRequest("depth must be a whole number from 0 to 99");
        }
        return Integer.parseInt(text);
    }
}
