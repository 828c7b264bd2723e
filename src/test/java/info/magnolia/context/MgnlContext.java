package info.magnolia.context;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

/**
 * Test stand-in for Magnolia's {@code info.magnolia.context.MgnlContext}: same class name and the
 * same static {@code getJCRSession(String)}, answering from an embedded repository, so the
 * reflection path of MagnoliaSessionProvider runs for real. Not a JCR mock: sessions are real.
 */
public final class MgnlContext {

    private static volatile Repository repository;
    private static final java.util.Map<String, Session> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private MgnlContext() {
    }

    public static void use(Repository repo) {
        repository = repo;
        SESSIONS.values().forEach(Session::logout);
        SESSIONS.clear();
    }

    /** Like Magnolia: one session per workspace, owned by the context. */
    public static Session getJCRSession(String workspace) throws RepositoryException {
        if (repository == null) {
            throw new IllegalStateException("no context");
        }
        Session session = SESSIONS.get(workspace);
        if (session == null || !session.isLive()) {
            session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
            SESSIONS.put(workspace, session);
        }
        return session;
    }
}
