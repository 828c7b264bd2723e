package org.oicc.relations.authoring.publication;

import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.version.VersionManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * Publication from the author side, as Magnolia's publish and unpublish commands do it: the item
 * (and on request its child items) goes through the {@link PublicationTransport}; references must
 * already be public, or are published first on request; each publication leaves a JCR version on
 * the author side recording who published and when, and only the newest ones are kept
 * ({@link VersionRetention}). The {@link PublicationListener} is told of
 * every publication here, so no caller can forget it.
 *
 * <p>The activation stamps and the version (with the pruning of older ones) are written under the author repository's
 * {@link ItemLocks}, like editors' saves; the transport's network call happens outside it.
 */
public final class Publisher {

    /** What a publication takes along besides the item itself. */
    public enum Include {
        /** its child items (sub-pages, items in a folder) */
        CHILD_ITEMS,
        /** referenced items not yet public, published first instead of refusing */
        UNPUBLISHED_REFERENCES
    }


    private final LightModule module;
    private final SessionProvider sessions;
    private final PublicationTransport transport;
    private final Clock clock;
    private final ItemLocks locks;
    private final PublicationListener listener;
    private final VersionRetention retention;
    private final PublicationIntents intents;
    private final PendingReferences pendingReferences;
    private final ItemPublication single;
    private final AssetPublication assets;
    private final InterruptedPublications interrupted;

    /** A publisher with a lock of its own that tells nobody: for a repository nothing else writes. */
    public Publisher(LightModule module, SessionProvider sessions, PublicationTransport transport, Clock clock) {
        this(module, sessions, transport, clock, new ItemLocks(), PublicationListener.NONE);
    }

    /** @param locks the author repository's lock, shared with the content service */
    public Publisher(LightModule module, SessionProvider sessions, PublicationTransport transport, Clock clock,
                     ItemLocks locks, PublicationListener listener) {
        this(module, sessions, transport, clock, locks, listener, VersionRetention.DEFAULT);
    }

    /** @param retention how many versions each item keeps; give {@link Versions} the same */
    public Publisher(LightModule module, SessionProvider sessions, PublicationTransport transport, Clock clock,
                     ItemLocks locks, PublicationListener listener, VersionRetention retention) {
        this(module, sessions, transport, clock, locks, listener, retention, PublicationIntents.NONE);
    }

    /** @param intents where each publication is recorded while it runs, so {@link #resume} can finish it after a crash */
    public Publisher(LightModule module, SessionProvider sessions, PublicationTransport transport, Clock clock,
                     ItemLocks locks, PublicationListener listener, VersionRetention retention, PublicationIntents intents) {
        this.intents = intents;
        this.pendingReferences = new PendingReferences(module, sessions, transport);
        this.retention = retention;
        this.module = module;
        this.sessions = sessions;
        this.transport = transport;
        this.clock = clock;
        this.locks = locks;
        this.listener = listener;
        this.single = new ItemPublication(transport, clock, locks, retention, intents);
        this.assets = new AssetPublication(module, sessions, single);
        this.interrupted = new InterruptedPublications(sessions, intents, listener, single);
    }

    /** @return the published items, in publication order (references first) */
    public List<PublishedItem> publish(String workspace, String path, String user, Include... include)
            throws PublicationException, RepositoryException {
        return publishWithNote(workspace, path, user, null, include);
    }

    /**
     * @param note the publisher's note for this publication (kept as the version's {@code mgnl:comment}
     *             and shown in the item's versions), or null; it is not given to the referenced items
     *             published along
     */
    public List<PublishedItem> publishWithNote(String workspace, String path, String user, String note, Include... include)
            throws PublicationException, RepositoryException {
        Set<Include> options = include.length == 0 ? EnumSet.noneOf(Include.class) : EnumSet.copyOf(Arrays.asList(include));
        List<PublishedItem> done = publish(workspace, path, options, user, note);
        listener.published(done, user);
        return done;
    }

    /**
     * Several items of one workspace as one publication (a category's new order): references are
     * checked for all of them before any is published, and the listener hears of them once.
     *
     * @param paths items (not their child items)
     * @return the published items
     */
    public List<PublishedItem> publishTogether(String workspace, List<String> paths, String user)
            throws PublicationException, RepositoryException {
        checkWorkspace(workspace, String.join(", ", paths));
        List<PublishedItem> done = new ArrayList<>();
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            List<Node> items = new ArrayList<>();
            for (String path : paths) {
                items.add(PublishedNodes.existing(session, workspace, path));
            }
            Set<ReferenceProperties.Target> pending = pendingReferences.of(workspace, items);
            if (!pending.isEmpty()) {
                throw new PublicationException(PublicationException.Reason.UNPUBLISHED_REFERENCES,
                        "publish these first: " + pendingReferences.describe(pending), pendingReferences.describe(pending));
            }
            done.addAll(assets.publishAssets(workspace, items, user));
            publishAll(session, workspace, items, user, done);
        } finally {
            session.logout();
        }
        listener.published(done, user);
        return done;
    }

    private List<PublishedItem> publish(String workspace, String path, Set<Include> include, String user, String note)
            throws PublicationException, RepositoryException {
        checkWorkspace(workspace, path);
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            Node root = PublishedNodes.existing(session, workspace, path);
            List<Node> items = new ArrayList<>();
            PublishedNodes.gather(root, include.contains(Include.CHILD_ITEMS), items);
            Set<PublishedItem> done = new LinkedHashSet<>();
            Set<ReferenceProperties.Target> pending = pendingReferences.of(workspace, items);
            if (!pending.isEmpty()) {
                if (!include.contains(Include.UNPUBLISHED_REFERENCES)) {
                    throw new PublicationException(PublicationException.Reason.UNPUBLISHED_REFERENCES,
                            "publish these first, or ask to publish them too: " + pendingReferences.describe(pending), pendingReferences.describe(pending));
                }
                for (ReferenceProperties.Target target : pending) {
                    done.addAll(publishReference(target, user));
                }
            }
            done.addAll(assets.publishAssets(workspace, items, user));
            for (Node item : items) {
                done.add(single.publishOne(session, workspace, item, user, note));
            }
            return List.copyOf(done);
        } finally {
            session.logout();
        }
    }

    public void unpublish(String workspace, String path, String user) throws PublicationException, RepositoryException {
        checkWorkspace(workspace, path);
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            Node node = PublishedNodes.existing(session, workspace, path);
            PublicationIntents.Intent intent = intents.begin(PublicationIntents.Kind.UNPUBLISH, workspace, node.getIdentifier(), user);
            try {
                single.unpublishOne(session, workspace, node, user);
            } finally {
                intents.done(intent);
            }
        } finally {
            session.logout();
        }
        listener.unpublished(workspace, path, user);
    }

    private List<PublishedItem> publishReference(ReferenceProperties.Target target, String user)
            throws PublicationException, RepositoryException {
        Session session = sessions.login(Side.AUTHOR, target.workspace());
        try {
            Node node = session.getNodeByIdentifier(target.identifier());
            return publish(target.workspace(), node.getPath(), EnumSet.of(Include.UNPUBLISHED_REFERENCES), user, null);
        } catch (ItemNotFoundException e) {
            throw new PublicationException(PublicationException.Reason.UNPUBLISHED_REFERENCES, "a referenced item no longer exists: "
                    + target.workspace() + ":" + target.identifier(), List.of(target.workspace() + ":" + target.identifier()));
        } finally {
            session.logout();
        }
    }

    /**
     * The activation stamps of all in one author save, all items to the public side in one call per
     * parent (one public save: visitors never see half of a new order), then each item's version.
     */
    private void publishAll(Session session, String workspace, List<Node> items, String user, List<PublishedItem> done)
            throws PublicationException, RepositoryException {
        // each item recorded, as a single publication is: after a crash, resume() publishes each again
        List<PublicationIntents.Intent> recorded = new ArrayList<>();
        try {
            for (Node item : items) {
                recorded.add(intents.begin(PublicationIntents.Kind.PUBLISH, workspace, item.getIdentifier(), user));
            }
            publishAllRecorded(session, workspace, items, user, done);
        } finally {
            recorded.forEach(intents::done);
        }
    }

    private void publishAllRecorded(Session session, String workspace, List<Node> items, String user, List<PublishedItem> done)
            throws PublicationException, RepositoryException {
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        java.util.Map<String, List<byte[]>> byParent = locks.locked(() -> {
            java.util.Map<String, List<byte[]>> out = new java.util.LinkedHashMap<>();
            for (Node item : items) {
                if (!item.isNodeType(PublishedNodes.VERSIONABLE)) {
                    item.addMixin(PublishedNodes.VERSIONABLE);
                }
                item.setProperty(MgnlNames.LAST_ACTIVATED, now);
                item.setProperty(MgnlNames.LAST_ACTIVATED_BY, user);
                item.setProperty(MgnlNames.ACTIVATION_STATUS, true);
            }
            session.save();
            for (Node item : items) {
                out.computeIfAbsent(item.getDepth() == 1 ? "/" : item.getParent().getPath(), p -> new ArrayList<>()).add(PublishedNodes.export(item));
            }
            return out;
        });
        for (java.util.Map.Entry<String, List<byte[]>> e : byParent.entrySet()) {
            transport.putAll(workspace, e.getKey(), e.getValue());
        }
        locks.locked(() -> {
            VersionManager versions = session.getWorkspace().getVersionManager();
            for (Node item : items) {
                versions.checkin(item.getPath());
                versions.checkout(item.getPath());
                retention.prune(versions.getVersionHistory(item.getPath()), workspace + ":" + item.getPath());
                done.add(new PublishedItem(workspace, item.getPath()));
            }
            return null;
        });
    }

    /**
     * Finishes the publications and unpublications a crash interrupted (see {@link PublicationIntents}),
     * oldest first, each again from its start: the item as it is now goes out once more and gets its
     * version. An item deleted since is forgotten; one that can no longer be published is logged.
     *
     * @return how many were finished
     */
    public int resume() {
        return interrupted.resume();
    }

    /** Only the module's workspaces are published; any other name is answered as "no such item". */
    private void checkWorkspace(String workspace, String path) throws PublicationException {
        if (workspace == null || !module.workspaces().contains(workspace)) {
            throw PublishedNodes.noItem(workspace, path);
        }
    }
}
