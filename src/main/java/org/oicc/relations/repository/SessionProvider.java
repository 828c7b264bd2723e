package org.oicc.relations.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Where JCR sessions come from: the embedded standalone repository (inside Magnolia the module runs
 * no Java, so there is no Magnolia-side provider). Everything that reads or writes content goes through this, never
 * through a global, so author and public content can never be confused.
 */
public interface SessionProvider {

    /** Opens a session on a workspace of the given side. The caller logs it out. */
    Session login(Side side, String workspace) throws RepositoryException;

    /**
     * A session for read-only work (an answer, a page), which the provider may keep between pieces
     * of work; hand it back with {@link #release}. Never saved with. By default a fresh login.
     */
    default Session loginForReading(Side side, String workspace) throws RepositoryException {
        return login(side, workspace);
    }

    /** Items of the workspace were replaced under their identifiers: sessions kept for reading must not be lent again. */
    default void replaced(Side side, String workspace) {
    }

    /** Hands back a session from {@link #loginForReading}; by default it is logged out. */
    default void release(Session session) {
        session.logout();
    }
}
