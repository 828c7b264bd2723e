package org.oicc.relations.authoring.publication;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.webhooks.Signature;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * The public instance's end of {@link RemoteTransport}: {@code /.publication/v1/item} (POST puts,
 * DELETE removes) and {@code /.publication/v1/published}. Only signed calls from the author
 * instance are accepted, and only recent ones, so a captured call cannot be replayed later.
 */
public final class PublicationReceiverServlet extends HttpServlet {

    public static final String PATH = "/.publication/v1";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(PublicationReceiverServlet.class);

    private final transient SessionProvider sessions;
    private final transient Set<String> workspaces;
    private final transient Signature signature;
    private final transient PublicReceiver receiver;
    private final transient Clock clock;

    public PublicationReceiverServlet(SessionProvider sessions, Set<String> workspaces, byte[] secret, Clock clock) {
        this.sessions = sessions;
        this.workspaces = Set.copyOf(workspaces);
        this.signature = new Signature(secret);
        this.receiver = new PublicReceiver("publication");
        this.clock = clock;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            resp.sendError(413);
            return;
        }
        if (!authentic(req, body)) {
            resp.sendError(403);
            return;
        }
        String workspace = req.getParameter("workspace");
        if (workspace == null || !workspaces.contains(workspace)) {
            resp.sendError(404);
            return;
        }
        String op = req.getMethod() + " " + req.getPathInfo();
        try {
            Session session = sessions.login(Side.PUBLIC, workspace);
            try {
                switch (op) {
                    case "POST /item" -> {
                        // earlier authors also sent "recursive=false" (it was never true): signed with the query, and ignored
                        receiver.put(session, req.getParameter("parent"), body);
                        resp.setStatus(204);
                    }
                    case "DELETE /item" -> {
                        receiver.remove(session, req.getParameter("path"));
                        resp.setStatus(204);
                    }
                    case "GET /published" -> resp.setStatus(receiver.isPublished(session, req.getParameter("id")) ? 204 : 404);
                    default -> resp.sendError(404);
                }
            } finally {
                session.logout();
            }
        } catch (PublicationException e) {
            LOG.warn("publication refused: {}", e.getMessage());
            resp.sendError(e.reason() == PublicationException.Reason.PARENT_NOT_PUBLISHED ? 409 : 400);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("publication receiver failed on {}", op, e);
            resp.sendError(500);
        }
    }

    private boolean authentic(HttpServletRequest req, byte[] body) {
        String header = req.getHeader(RemoteTransport.SIGNATURE);
        if (header == null || !signature.verify(header, RemoteTransport.concat(req.getQueryString(), body))) {
            return false;
        }
        String t = header.replaceAll(".*\\bt=(\\d+).*", "$1");
        long age = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(t));
        return age <= MAX_AGE.getSeconds();
    }
}
