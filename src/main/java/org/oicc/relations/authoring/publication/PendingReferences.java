package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The referenced items a publication would leave dangling on the public side: what the publisher
 * refuses to publish without (or publishes first, when asked), and how the refusal names them.
 */
final class PendingReferences {

    private final LightModule module;
    private final SessionProvider sessions;
    private final PublicationTransport transport;

    PendingReferences(LightModule module, SessionProvider sessions, PublicationTransport transport) {
        this.module = module;
        this.sessions = sessions;
        this.transport = transport;
    }

    /** References of the items to items not public yet, leaving out those among the items themselves. */
    Set<ReferenceProperties.Target> of(String workspace, List<Node> items)
            throws PublicationException, RepositoryException {
        ReferenceProperties rules = ReferenceProperties.of(module, workspace);
        Set<String> publishingNow = new LinkedHashSet<>();
        for (Node item : items) {
            publishingNow.add(item.getIdentifier());
        }
        Set<ReferenceProperties.Target> pending = new LinkedHashSet<>();
        for (Node item : items) {
            for (ReferenceProperties.Target t : rules.targets(item)) {
                if (!publishingNow.contains(t.identifier()) && !transport.isPublished(t.workspace(), t.identifier())) {
                    pending.add(t);
                }
            }
        }
        return pending;
    }

    /** Each target as {@code workspace:/path}, for the refusal's message and list. */
    List<String> describe(Set<ReferenceProperties.Target> targets) throws RepositoryException {
        List<String> out = new ArrayList<>();
        for (ReferenceProperties.Target t : targets) {
            Session s = sessions.login(Side.AUTHOR, t.workspace());
            try {
                Node target = s.getNodeByIdentifier(t.identifier());
                out.add(t.workspace() + ":" + StoredPaths.of(target).client(target));
            } catch (ItemNotFoundException e) {
                out.add(t.workspace() + ":" + t.identifier() + " (missing)");
            } finally {
                s.logout();
            }
        }
        return out;
    }
}
