package org.oicc.relations.repository;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One lock per public repository between a publication that replaces items (exclusive) and the
 * public site's reads (shared). A publication swaps an item in by removing it and importing it again
 * in one save; Jackrabbit 2 lets a concurrent reader meet that save half-way (the item missing, or
 * an entry read from a node the save just removed). Readers wait for the few milliseconds a swap
 * takes instead. Fair, so a stream of readers cannot starve a publication.
 */
public final class PublicationLock {

    /** By the Jackrabbit repository object (identity): the receiver and the readers reach it through their sessions. */
    private static final Map<Repository, ReadWriteLock> LOCKS = new WeakHashMap<>();

    private PublicationLock() {
    }

    public static synchronized ReadWriteLock of(Repository repository) {
        return LOCKS.computeIfAbsent(repository, r -> new ReentrantReadWriteLock(true));
    }

    /** The lock of the repository this session belongs to. */
    public static ReadWriteLock of(Session session) {
        return of(session.getRepository());
    }

    /** The lock of one side's repository, found with a short login to one of its workspaces. */
    public static ReadWriteLock of(SessionProvider sessions, Side side, String workspace) throws RepositoryException {
        Session session = sessions.login(side, workspace);
        try {
            return of(session);
        } finally {
            session.logout();
        }
    }
}
