package org.oicc.relations.repository;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sessions of one piece of work (an answer, a page, a write) on one side: each workspace is
 * opened the first time the work needs it and every one is logged out on {@link #close}. A page of
 * 50 organizations with 200 references thus opens at most four sessions, not 200. Not thread-safe:
 * a scope belongs to the one thread doing the work.
 */
public final class SessionScope implements AutoCloseable {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SessionProvider provider;
    private final Side side;
    private final Map<String, Session> open = new LinkedHashMap<>();

    private final boolean reading;

    public SessionScope(SessionProvider provider, Side side) {
        this(provider, side, false);
    }

    private SessionScope(SessionProvider provider, Side side, boolean reading) {
        this.provider = provider;
        this.side = side;
        this.reading = reading;
    }

    /**
     * A scope for work that only reads (an answer, a page): its sessions may be kept by the
     * provider for the next piece of work instead of being logged out ({@link SessionProvider#release}).
     */
    public static SessionScope forReading(SessionProvider provider, Side side) {
        return new SessionScope(provider, side, true);
    }

    public Side side() {
        return side;
    }

    /** The scope's session on a workspace, opened on first use. */
    public Session session(String workspace) throws RepositoryException {
        Session session = open.get(workspace);
        if (session == null) {
            session = reading ? provider.loginForReading(side, workspace) : provider.login(side, workspace);
            open.put(workspace, session);
        }
        return session;
    }

    /** The scope's session on a workspace if the work already opened one; never opens one. */
    public Optional<Session> opened(String workspace) {
        return Optional.ofNullable(open.get(workspace));
    }

    /**
     * The node with this identifier, or empty when there is none — a dangling reference, or a value
     * that is no identifier at all, is content to show as it is, not an error. Only UUIDs are looked
     * up: Magnolia's JCR reference resolver takes nothing else, and Jackrabbit answers other text
     * with a generic exception that could not be told apart from a real repository failure.
     */
    public Optional<Node> nodeByIdentifier(String workspace, String id) throws RepositoryException {
        if (id == null || !UUID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(session(workspace).getNodeByIdentifier(id));
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * After a failure: log every session out rather than keep it, so a session whose item cache
     * met a concurrent change is never handed to the next piece of work.
     */
    public void discard() {
        for (Session session : open.values()) {
            session.logout();
        }
        open.clear();
    }

    @Override
    public void close() {
        for (Session session : open.values()) {
            if (reading) {
                provider.release(session);
            } else {
                session.logout();
            }
        }
        open.clear();
    }
}
