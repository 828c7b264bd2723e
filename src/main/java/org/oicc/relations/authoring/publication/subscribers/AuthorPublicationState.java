package org.oicc.relations.authoring.publication.subscribers;

import org.oicc.relations.authoring.publication.PublicReceiver;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/**
 * What the author itself knows about publication, asked instead of a subscriber: with queued
 * delivery an item the author published is "public" for reference and parent checks, since its
 * entry goes before whatever needs it; asking a subscriber that may be down would block publishing.
 */
public final class AuthorPublicationState {

    private final SessionProvider sessions;

    public AuthorPublicationState(SessionProvider sessions) {
        this.sessions = sessions;
    }

    boolean isPublished(String workspace, String identifier) throws PublicationException {
        Session session = login(workspace);
        try {
            return activated(session.getNodeByIdentifier(identifier));
        } catch (ItemNotFoundException e) {
            return false;
        } catch (RepositoryException e) {
            throw new PublicationException("cannot read the author " + workspace + " workspace", e);
        } finally {
            session.logout();
        }
    }

    boolean isPublishedPath(String workspace, String path) throws PublicationException {
        Session session = login(workspace);
        try {
            return session.nodeExists(path) && activated(session.getNode(path));
        } catch (RepositoryException e) {
            throw new PublicationException("cannot read the author " + workspace + " workspace", e);
        } finally {
            session.logout();
        }
    }

    /** The path the item will have on the public side: its parent and the document's root name. */
    String itemPath(String workspace, String parentPath, byte[] item) throws PublicationException {
        String name = PublicReceiver.rootName(item);
        if (name == null) {
            throw new PublicationException(PublicationException.Reason.NOT_FOUND, "the published document names no item",
                    List.of(workspace + ":" + parentPath));
        }
        return JcrPaths.child(parentPath, name);
    }

    private static boolean activated(Node node) throws RepositoryException {
        return node.hasProperty(MgnlNames.ACTIVATION_STATUS) && node.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean();
    }

    private Session login(String workspace) throws PublicationException {
        try {
            return sessions.login(Side.AUTHOR, workspace);
        } catch (RepositoryException e) {
            throw new PublicationException("cannot open the author " + workspace + " workspace", e);
        }
    }
}
