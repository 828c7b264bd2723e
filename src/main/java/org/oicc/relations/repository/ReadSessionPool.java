package org.oicc.relations.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions kept open between read-only pieces of work (a delivery answer, a page), per workspace.
 * Logging in and out costs more than rendering a small node (an authentication, a new item state
 * manager, an empty item cache every time); a session handed back keeps its warm item cache for the
 * next answer. A Jackrabbit 2 session without pending changes always sees what other sessions
 * saved, so a kept session never serves stale content. A session comes back with pending changes
 * only through a bug; it is then discarded, not reused.
 *
 * <p>At most {@code maxIdle} sessions wait per workspace; more borrowed at once are logged in and
 * out as before. Thread-safe; a borrowed session belongs to one thread until handed back.
 */
final class ReadSessionPool implements AutoCloseable {

    /** Logs a new session in; the pool's own source. */
    interface Login {
        Session login(String workspace) throws RepositoryException;
    }

    private final Login login;
    private final int maxIdle;
    private final Map<String, Deque<Session>> idle = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> idleCount = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /** Per workspace, bumped by {@link #forget}; a session lent before the bump is not taken back. */
    private final Map<String, AtomicInteger> generation = new ConcurrentHashMap<>();
    private final Map<Session, Integer> lentAt = new ConcurrentHashMap<>();

    ReadSessionPool(Login login, int maxIdle) {
        this.login = login;
        this.maxIdle = maxIdle;
    }

    Session borrow(String workspace) throws RepositoryException {
        Deque<Session> waiting = idle.get(workspace);
        if (waiting != null) {
            for (Session s = waiting.pollFirst(); s != null; s = waiting.pollFirst()) {
                idleCount.get(workspace).decrementAndGet();
                if (s.isLive()) {
                    lentAt.put(s, current(workspace));
                    return s;
                }
            }
        }
        Session fresh = login.login(workspace);
        lentAt.put(fresh, current(workspace));
        return fresh;
    }

    /**
     * Logs out the waiting sessions of a workspace: after items were replaced under their own
     * identifiers (a publication), a kept Jackrabbit session may still resolve their children's
     * paths from its hierarchy cache and miss them. Sessions lent out now are logged out when handed back.
     */
    void forget(String workspace) {
        generation.computeIfAbsent(workspace, w -> new AtomicInteger()).incrementAndGet();
        Deque<Session> waiting = idle.get(workspace);
        if (waiting != null) {
            for (Session s = waiting.pollFirst(); s != null; s = waiting.pollFirst()) {
                idleCount.get(workspace).decrementAndGet();
                s.logout();
            }
        }
    }

    void giveBack(Session session) {
        if (!session.isLive()) {
            return;
        }
        String workspace = session.getWorkspace().getName();
        Integer lent = lentAt.remove(session);
        try {
            if (closed || session.hasPendingChanges() || lent == null || lent != current(workspace)) {
                session.logout();
                return;
            }
        } catch (RepositoryException e) {
            session.logout();
            return;
        }
        AtomicInteger count = idleCount.computeIfAbsent(workspace, w -> new AtomicInteger());
        if (count.incrementAndGet() > maxIdle) {
            count.decrementAndGet();
            session.logout();
            return;
        }
        // last in, first out: the most recently used session has the warmest cache
        idle.computeIfAbsent(workspace, w -> new ConcurrentLinkedDeque<>()).offerFirst(session);
        if (closed) {
            drain();
        }
    }

    private int current(String workspace) {
        AtomicInteger g = generation.get(workspace);
        return g == null ? 0 : g.get();
    }

    /** Logs out every waiting session; sessions handed back later are logged out at once. */
    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Map.Entry<String, Deque<Session>> e : idle.entrySet()) {
            for (Session s = e.getValue().pollFirst(); s != null; s = e.getValue().pollFirst()) {
                idleCount.get(e.getKey()).decrementAndGet();
                s.logout();
            }
        }
    }
}
