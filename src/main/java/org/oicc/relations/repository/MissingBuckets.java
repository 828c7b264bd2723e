package org.oicc.relations.repository;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes a missing bucket below the first level ({@link StoredPaths}), so that any number of
 * sessions adding the first items of one bucket at the same time all save.
 *
 * <p>Made in the caller's session, the bucket would be one of its unsaved changes, and of two
 * sessions that each made it the second would fail to save: {@code oicc:bucket} refuses same-name
 * siblings (the first level is made with the layout because the root would accept the duplicate).
 * So the bucket is made in a session of its own and saved at once; the caller's session then sees
 * it like any saved node. In this process a lock per repository, workspace and bucket path lets one
 * thread make it and the others find it. Another cluster node may have made it meanwhile: the save
 * then fails as the node's journal sync finds the parent changed ({@link InvalidItemStateException})
 * or the name taken ({@link ItemExistsException}), and a refresh shows the other node's bucket,
 * which is used.
 */
final class MissingBuckets {

    /** Lock stripes: a bucket is made once in a workspace's life, so contention is rare and short. */
    private static final ReentrantLock[] LOCKS = new ReentrantLock[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new ReentrantLock();
        }
    }

    private MissingBuckets() {
    }

    /** The bucket {@code name} below {@code parent}, made and saved in a session of its own when missing. */
    static Node add(Session session, Node parent, String name) throws RepositoryException {
        String path = JcrPaths.child(parent.getPath(), name);
        String workspace = session.getWorkspace().getName();
        ReentrantLock lock = LOCKS[Math.floorMod(System.identityHashCode(session.getRepository()) * 31
                + (workspace + path).hashCode(), LOCKS.length)];
        lock.lock();
        try {
            if (!session.nodeExists(path)) {
                make(session, parent.getPath(), name);
            }
        } finally {
            lock.unlock();
        }
        return session.getNode(path);
    }

    private static void make(Session session, String parentPath, String name) throws RepositoryException {
        // the caller's user: standalone sessions are admin's, who may impersonate itself
        Session own = session.impersonate(new SimpleCredentials(session.getUserID(), new char[0]));
        try {
            Node parent = own.getNode(parentPath);
            if (parent.hasNode(name)) {
                return;
            }
            parent.addNode(name, StoredPaths.BUCKET);
            try {
                own.save();
            } catch (InvalidItemStateException | ItemExistsException e) {
                own.refresh(false); // on a cluster node this syncs with the journal
                if (!own.nodeExists(JcrPaths.child(parentPath, name))) {
                    throw e;
                }
            }
        } finally {
            own.logout();
        }
    }
}
