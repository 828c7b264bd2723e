package org.oicc.relations.authoring.publication;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.signing.CallSignature;
import org.oicc.relations.authoring.publication.signing.ReplayGuard;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Set;

/**
 * The public instance's end of a subscriber queue: {@code /.publication/v1/item} (POST puts, DELETE
 * removes, each with the queue's {@code stream} and {@code seq}) and {@code /.publication/v1/published}.
 * Only calls signed with the shared secret, recent ({@link ReplayGuard#WINDOW}), not from the future
 * and never seen before are accepted; anything else is a 401 JSON answer and changes nothing.
 * A put or remove already applied (same or older sequence) answers 200 with {@code "applied":false}.
 */
public final class PublicationReceiverServlet extends HttpServlet {

    public static final String PATH = "/.publication/v1";
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(PublicationReceiverServlet.class);

    private final transient SessionProvider sessions;
    private final transient Set<String> workspaces;
    private final transient CallSignature signature;
    private final transient ReplayGuard replays;
    private final transient PublicReceiver receiver;

    public PublicationReceiverServlet(SessionProvider sessions, Set<String> workspaces, byte[] secret, Clock clock) {
        this(sessions, workspaces, secret, new ReplayGuard(clock));
    }

    public PublicationReceiverServlet(SessionProvider sessions, Set<String> workspaces, byte[] secret, ReplayGuard replays) {
        this.sessions = sessions;
        this.workspaces = Set.copyOf(workspaces);
        this.signature = new CallSignature(secret);
        this.replays = replays;
        this.receiver = new PublicReceiver("publication");
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            ReceiverAnswers.error(resp, 413, "tooLarge", "a publication body is at most " + MAX_BODY + " bytes");
            return;
        }
        String refusal = refusal(req, body);
        if (refusal != null) {
            LOG.warn("publication call refused from {}: {}", req.getRemoteAddr(), refusal);
            ReceiverAnswers.error(resp, 401, "unauthorized", refusal);
            return;
        }
        String workspace = req.getParameter("workspace");
        if (workspace == null || !workspaces.contains(workspace)) {
            ReceiverAnswers.error(resp, 404, "unknownWorkspace", "no workspace '" + workspace + "' here");
            return;
        }
        String op = req.getMethod() + " " + req.getPathInfo();
        try {
            Session session = sessions.login(Side.PUBLIC, workspace);
            try {
                switch (op) {
                    case "POST /item" -> ReceiverAnswers.applied(resp,
                            receiver.put(session, path(req, "parent"), body, position(req)));
                    case "DELETE /item" -> ReceiverAnswers.applied(resp, receiver.remove(session, path(req, "path"), position(req)));
                    case "GET /published" -> {
                        boolean published = receiver.isPublished(session, String.valueOf(req.getParameter("id")));
                        ReceiverAnswers.published(resp, published);
                    }
                    default -> ReceiverAnswers.error(resp, 404, "notFound", "no publication operation " + op);
                }
            } finally {
                session.logout();
                if (!op.startsWith("GET ")) {
                    // the item was replaced under its identifiers: kept reading sessions may not see its new children
                    sessions.replaced(Side.PUBLIC, workspace);
                }
            }
        } catch (IllegalArgumentException e) {
            ReceiverAnswers.error(resp, 400, "badRequest", e.getMessage());
        } catch (PublicationException e) {
            LOG.warn("publication refused: {}", e.getMessage());
            boolean parent = e.reason() == PublicationException.Reason.PARENT_NOT_PUBLISHED;
            ReceiverAnswers.error(resp, parent ? 409 : 400, parent ? "parentNotPublished" : "refused", e.getMessage());
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("publication receiver failed on {}", op, e);
            ReceiverAnswers.error(resp, 500, "internal", "the public repository failed; the author retries");
        }
    }

    /** @return why the call is not authentic, or null when it is (its nonce is then used up) */
    private String refusal(HttpServletRequest req, byte[] body) {
        String header = req.getHeader(CallSignature.HEADER);
        if (header == null) {
            return "unsigned call";
        }
        CallSignature.Parsed parsed = CallSignature.parse(header);
        String query = req.getQueryString();
        String target = (req.getPathInfo() == null ? "" : req.getPathInfo()) + (query == null ? "" : "?" + query);
        if (parsed == null || !signature.matches(parsed, req.getMethod(), target, body)) {
            return "bad signature";
        }
        return switch (replays.admit(parsed.timestamp(), parsed.nonce())) {
            case ACCEPTED -> null;
            case REPLAYED -> "replayed call (nonce already used)";
            case EXPIRED -> "expired call (older than " + ReplayGuard.WINDOW.toMinutes() + " minutes)";
            case FUTURE -> "timestamp in the future (more than " + ReplayGuard.FUTURE_SKEW.getSeconds() + " s ahead)";
        };
    }

    private static StreamPosition position(HttpServletRequest req) {
        String seq = req.getParameter("seq");
        if (seq == null || !seq.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("seq must be a positive number, found '" + seq + "'");
        }
        return new StreamPosition(req.getParameter("stream"), Long.parseLong(seq));
    }

    private static String path(HttpServletRequest req, String name) {
        String path = req.getParameter(name);
        if (path == null || !path.startsWith("/") || path.contains("//") || path.contains("/.") || path.contains("[")
                || path.contains("\u0000") || (path.length() > 1 && path.endsWith("/"))) {
            throw new IllegalArgumentException(name + " must be an absolute path, found '" + path + "'");
        }
        return path;
    }
}
