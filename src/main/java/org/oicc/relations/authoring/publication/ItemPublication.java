package org.oicc.relations.authoring.publication;

import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.version.VersionManager;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The steps of publishing or unpublishing one item, shared by the {@link Publisher}, the
 * {@link AssetPublication} and the {@link InterruptedPublications}: activation stamps under the
 * author lock, the transport call outside it, then the item's version.
 */
final class ItemPublication {

    private final PublicationTransport transport;
    private final Clock clock;
    private final ItemLocks locks;
    private final VersionRetention retention;
    private final PublicationIntents intents;

    ItemPublication(PublicationTransport transport, Clock clock, ItemLocks locks, VersionRetention retention,
                    PublicationIntents intents) {
        this.transport = transport;
        this.clock = clock;
        this.locks = locks;
        this.retention = retention;
        this.intents = intents;
    }

    PublishedItem publishOne(Session session, String workspace, Node item, String user, String note)
            throws PublicationException, RepositoryException {
        PublicationIntents.Intent intent = intents.begin(PublicationIntents.Kind.PUBLISH, workspace, item.getIdentifier(), user);
        try {
            return publishRecorded(session, workspace, item, user, note);
        } finally {
            intents.done(intent);
        }
    }

    private PublishedItem publishRecorded(Session session, String workspace, Node item, String user, String note)
            throws PublicationException, RepositoryException {
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        byte[] yaml = locks.locked(() -> {
            if (!item.isNodeType(PublishedNodes.VERSIONABLE)) {
                item.addMixin(PublishedNodes.VERSIONABLE);
            }
            item.setProperty(MgnlNames.LAST_ACTIVATED, now);
            item.setProperty(MgnlNames.LAST_ACTIVATED_BY, user);
            item.setProperty(MgnlNames.ACTIVATION_STATUS, true);
            session.save();
            return PublishedNodes.export(item);
        });
        String parent = item.getDepth() == 1 ? "/" : item.getParent().getPath();
        transport.put(workspace, parent, yaml);
        // the version is taken once the public side has the item: a failed publication leaves none
        locks.locked(() -> {
            VersionManager versions = session.getWorkspace().getVersionManager();
            VersionNote.checkin(session, versions, item, note);
            retention.prune(versions.getVersionHistory(item.getPath()), workspace + ":" + item.getPath());
            return null;
        });
        return new PublishedItem(workspace, item.getPath());
    }

    void unpublishOne(Session session, String workspace, Node node, String user)
            throws PublicationException, RepositoryException {
        transport.remove(workspace, node.getPath());
        locks.locked(() -> {
            node.setProperty(MgnlNames.ACTIVATION_STATUS, false);
            node.setProperty(MgnlNames.LAST_ACTIVATED_BY, user);
            session.save();
            return null;
        });
    }
}
