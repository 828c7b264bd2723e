package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.ItemCopy;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Publication into the public repository of this same process (the {@code combined} instance). */
public final class LocalTransport implements PublicationTransport {

    private final SessionProvider sessions;
    private final PublicReceiver receiver;

    public LocalTransport(SessionProvider sessions, String user) {
        this.sessions = sessions;
        this.receiver = new PublicReceiver(user);
    }

    @Override
    public void put(String workspace, String parentPath, byte[] item) throws PublicationException {
        Session session = login(workspace);
        try {
            receiver.put(session, parentPath, item);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot write to the public " + workspace + " workspace: " + e.getMessage(), e);
        } finally {
            session.logout();
            sessions.replaced(Side.PUBLIC, workspace);
        }
    }

    /** One public session and one save for the whole list: a bulk publication's batch. */
    @Override
    public void putAll(String workspace, String parentPath, java.util.List<byte[]> items) throws PublicationException {
        Session session = login(workspace);
        try {
            receiver.putAll(session, parentPath, items);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot write to the public " + workspace + " workspace: " + e.getMessage(), e);
        } finally {
            session.logout();
            sessions.replaced(Side.PUBLIC, workspace);
        }
    }

    /**
     * As {@link #putAll}, for trees taken from the author nodes ({@link ItemCopy}): in one process
     * the YAML between the two repositories is only cost (import --publish), the public import is the same.
     */
    public void putAllCopies(String workspace, String parentPath, java.util.List<ItemCopy> items) throws PublicationException {
        Session session = login(workspace);
        try {
            receiver.putAllCopies(session, parentPath, items);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot write to the public " + workspace + " workspace: " + e.getMessage(), e);
        } finally {
            session.logout();
            sessions.replaced(Side.PUBLIC, workspace);
        }
    }

    @Override
    public void remove(String workspace, String path) throws PublicationException {
        Session session = login(workspace);
        try {
            receiver.remove(session, path);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot remove " + path + " from the public " + workspace + " workspace", e);
        } finally {
            session.logout();
            sessions.replaced(Side.PUBLIC, workspace);
        }
    }

    @Override
    public boolean isPublished(String workspace, String identifier) throws PublicationException {
        Session session = login(workspace);
        try {
            return receiver.isPublished(session, identifier);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot read the public " + workspace + " workspace", e);
        } finally {
            session.logout();
        }
    }

    private Session login(String workspace) throws PublicationException {
        try {
            return sessions.login(Side.PUBLIC, workspace);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot open the public " + workspace + " workspace", e);
        }
    }
}
