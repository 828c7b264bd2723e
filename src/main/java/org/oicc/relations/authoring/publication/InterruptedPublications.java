package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/**
 * Finishes the publications and unpublications a crash interrupted (see {@link PublicationIntents}),
 * oldest first, each again from its start: the item as it is now goes out once more and gets its
 * version. An item deleted since is forgotten; one that can no longer be published is logged.
 */
final class InterruptedPublications {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final SessionProvider sessions;
    private final PublicationIntents intents;
    private final PublicationListener listener;
    private final ItemPublication items;

    InterruptedPublications(SessionProvider sessions, PublicationIntents intents, PublicationListener listener, ItemPublication items) {
        this.sessions = sessions;
        this.intents = intents;
        this.listener = listener;
        this.items = items;
    }

    /** @return how many were finished */
    int resume() {
        int finished = 0;
        for (PublicationIntents.Intent intent : intents.interrupted()) {
            try {
                Session session = sessions.login(Side.AUTHOR, intent.workspace());
                try {
                    Node item = session.getNodeByIdentifier(intent.identifier());
                    if (intent.kind() == PublicationIntents.Kind.UNPUBLISH) {
                        items.unpublishOne(session, intent.workspace(), item, intent.user());
                        listener.unpublished(intent.workspace(), item.getPath(), intent.user());
                    } else {
                        listener.published(List.of(items.publishOne(session, intent.workspace(), item, intent.user(), null)), intent.user());
                    }
                    finished++;
                } finally {
                    session.logout();
                }
            } catch (ItemNotFoundException e) {
                LOG.info("an interrupted publication of {}:{} is dropped: the item no longer exists", intent.workspace(), intent.identifier());
            } catch (PublicationException | RepositoryException | RuntimeException e) {
                LOG.error("an interrupted publication of {}:{} could not be finished: {}", intent.workspace(), intent.identifier(),
                        e.getMessage());
            }
            intents.done(intent);
        }
        return finished;
    }
}
