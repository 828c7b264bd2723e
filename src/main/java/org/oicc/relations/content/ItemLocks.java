package org.oicc.relations.content;

import javax.jcr.RepositoryException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of one author repository. Every writer of author items does its
 * read-check-write step while holding it: the content service (create, update, submodel entry
 * edits, delete), publication (activation stamps, the version it leaves) and restoring a version.
 * So a version check, a name check or a "still referenced?" check cannot be overtaken by another
 * write between the check and the save, and two writers never save over each other.
 *
 * <p><b>How to use it.</b> Create one per author repository and hand the same instance to
 * {@link ContentService}, {@code Publisher} and {@code Versions} (the standalone wiring does). Keep
 * each step short — no network calls inside it. The lock is reentrant: a locked step may call
 * another one. Writers given different instances do not exclude each other, which is only right
 * for separate repositories (a scratch one in a check, tests).
 */
public final class ItemLocks {

    /** The work done under the lock. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws RepositoryException;
    }

    private final ReentrantLock lock = new ReentrantLock();

    public <T> T locked(Step<T> step) throws RepositoryException {
        lock.lock();
        try {
            return step.run();
        } finally {
            lock.unlock();
        }
    }
}
