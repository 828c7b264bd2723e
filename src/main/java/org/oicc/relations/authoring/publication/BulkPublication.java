package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.ItemCopy;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Publication of many items at once, for {@code import --publish}: the same bytes travel as with
 * {@link Publisher} (each item's YAML, its content children included; to the {@link LocalTransport}
 * the tree that YAML reads back as, {@link org.oicc.relations.repository.ItemCopy}), but a batch costs one author
 * save for the activation stamps and one {@link PublicationTransport#putAll} instead of four saves and
 * a transport call per item. References must be public as for one publication; those that are not
 * (and not in the batch) are published first through the {@link Publisher} itself.
 *
 * <p>Unlike a single publication it leaves <b>no version</b>: versioning 100,000 fresh imports would
 * cost more than the import, and the first editor's publication of an item makes its first version.
 */
public final class BulkPublication {

    private final LightModule module;
    private final SessionProvider sessions;
    private final PublicationTransport transport;
    /** The transport when it is this process's public repository: items go over as {@link ItemCopy}, not YAML. */
    private final LocalTransport local;
    private final Clock clock;
    private final ItemLocks locks;
    private final Publisher single;
    private final PublicationListener listener;
    /** {@code workspace:identifier} of what this publication knows to be public: a category referenced 100,000 times is asked once */
    private final Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public BulkPublication(LightModule module, SessionProvider sessions, PublicationTransport transport, Clock clock,
                           ItemLocks locks, Publisher single, PublicationListener listener) {
        this.module = module;
        this.sessions = sessions;
        this.transport = transport;
        this.local = transport instanceof LocalTransport l ? l : null;
        this.clock = clock;
        this.locks = locks;
        this.single = single;
        this.listener = listener;
    }

    /**
     * @param paths items of one workspace (not folders' child items: each listed item goes alone)
     * @return what was published, the references published first included
     */
    public List<PublishedItem> publish(String workspace, List<String> paths, String user)
            throws PublicationException, RepositoryException {
        return deliver(prepare(workspace, paths, user));
    }

    /**
     * A batch stamped on the author side and exported, waiting for {@link #deliver}: what an import
     * hands to its delivering thread while it reads and saves the next batch.
     */
    public record Prepared(String workspace, String user, Map<String, List<byte[]>> byParent,
                           Map<String, List<ItemCopy>> copiesByParent, List<PublishedItem> done) {
    }

    /**
     * The author half of {@link #publish}: references published first, the activation stamps saved,
     * each item's YAML taken. The batch's items count as public for the batches after it (their
     * references are not published twice); {@link #deliver} must follow, or the import stop.
     */
    public Prepared prepare(String workspace, List<String> paths, String user) throws PublicationException, RepositoryException {
        return prepare(workspace, paths, user, false);
    }

    /**
     * As {@link #prepare(String, List, String)}; {@code stamped} when the items' activation stamps were
     * saved with the items themselves ({@link #stampUnsaved}), which spares the batch a second author save.
     */
    public Prepared prepare(String workspace, List<String> paths, String user, boolean stamped)
            throws PublicationException, RepositoryException {
        if (paths.isEmpty()) {
            return new Prepared(workspace, user, Map.of(), Map.of(), List.of());
        }
        List<PublishedItem> done = new ArrayList<>();
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            List<Node> items = new ArrayList<>();
            Set<String> inBatch = new HashSet<>();
            for (String path : paths) {
                Node item = session.getNode(StoredPaths.of(session).stored(path));
                items.add(item);
                inBatch.add(item.getIdentifier());
            }
            done.addAll(publishReferences(workspace, items, inBatch, user));
            // stamps and export under one lock, as before: no edit between the two
            Map<String, List<byte[]>> byParent = new LinkedHashMap<>();
            Map<String, List<ItemCopy>> copies = new LinkedHashMap<>();
            locks.locked(() -> {
                if (!stamped) {
                    stamp(session, items, user);
                }
                export(items, byParent, copies);
                return null;
            });
            for (Node item : items) {
                known.add(workspace + ":" + item.getIdentifier());
                done.add(new PublishedItem(workspace, StoredPaths.of(item).client(item)));
            }
            return new Prepared(workspace, user, byParent, copies, done);
        } finally {
            session.logout();
        }
    }

    /**
     * As {@link #prepare(String, List, String, boolean) prepare(..., true)}, but taken from the batch's
     * own unsaved nodes just before their save ({@link #stampUnsaved} first): what the save writes is
     * what these nodes hold, and reading them here costs less than loading them again in a new session
     * after the save. Use the result only once the save succeeded; references are published here.
     *
     * @param items items of one workspace, stamped, unsaved, in the writer's session
     */
    public Prepared prepareUnsaved(String workspace, List<Node> items, String user) throws PublicationException, RepositoryException {
        if (items.isEmpty()) {
            return new Prepared(workspace, user, Map.of(), Map.of(), List.of());
        }
        Set<String> inBatch = new HashSet<>();
        for (Node item : items) {
            inBatch.add(item.getIdentifier());
        }
        List<PublishedItem> done = new ArrayList<>(publishReferences(workspace, items, inBatch, user));
        Map<String, List<byte[]>> byParent = new LinkedHashMap<>();
        Map<String, List<ItemCopy>> copies = new LinkedHashMap<>();
        locks.locked(() -> {
            export(items, byParent, copies);
            return null;
        });
        for (Node item : items) {
            done.add(new PublishedItem(workspace, StoredPaths.of(item).client(item)));
        }
        return new Prepared(workspace, user, byParent, copies, done);
    }

    /**
     * Counts a batch from {@link #prepareUnsaved} as public for the reference checks of the batches
     * after it, once its save succeeded ({@link #deliver} must follow, or the import stop).
     */
    public void saved(Prepared batch, List<String> identifiers) {
        for (String identifier : identifiers) {
            known.add(batch.workspace() + ":" + identifier);
        }
    }

    /** The public half of {@link #publish}: one {@link PublicationTransport#putAll} per parent. Any thread. */
    public List<PublishedItem> deliver(Prepared batch) throws PublicationException {
        if (batch.done().isEmpty()) {
            return List.of();
        }
        for (Map.Entry<String, List<byte[]>> e : batch.byParent().entrySet()) {
            transport.putAll(batch.workspace(), e.getKey(), e.getValue());
        }
        for (Map.Entry<String, List<ItemCopy>> e : batch.copiesByParent().entrySet()) {
            local.putAllCopies(batch.workspace(), e.getKey(), e.getValue());
        }
        listener.published(batch.done(), batch.user());
        return batch.done();
    }

    /**
     * Those of {@code paths} (author items of one workspace) the public side does not hold: what an
     * import that was killed after its author save, before its publication, left unpublished.
     */
    public List<String> notPublic(String workspace, List<String> paths) throws PublicationException, RepositoryException {
        List<String> missing = new ArrayList<>();
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            for (String path : paths) {
                String identifier = session.getNode(StoredPaths.of(session).stored(path)).getIdentifier();
                if (!known.contains(workspace + ":" + identifier) && !transport.isPublished(workspace, identifier)) {
                    missing.add(path);
                }
            }
        } finally {
            session.logout();
        }
        return missing;
    }

    private List<PublishedItem> publishReferences(String workspace, List<Node> items, Set<String> inBatch, String user)
            throws PublicationException, RepositoryException {
        ReferenceProperties rules = ReferenceProperties.of(module, workspace);
        Set<ReferenceProperties.Target> pending = new LinkedHashSet<>();
        for (Node item : items) {
            for (ReferenceProperties.Target t : rules.targets(item)) {
                String key = t.workspace() + ":" + t.identifier();
                boolean here = t.workspace().equals(workspace) && inBatch.contains(t.identifier());
                if (!here && !known.contains(key)) {
                    if (transport.isPublished(t.workspace(), t.identifier())) {
                        known.add(key);
                    } else {
                        pending.add(t);
                    }
                }
            }
        }
        List<PublishedItem> done = new ArrayList<>();
        for (ReferenceProperties.Target t : pending) {
            Session s = sessions.login(Side.AUTHOR, t.workspace());
            String path;
            try {
                Node target = s.getNodeByIdentifier(t.identifier());
                path = StoredPaths.of(target).client(target);
            } catch (javax.jcr.ItemNotFoundException e) {
                throw new PublicationException(PublicationException.Reason.UNPUBLISHED_REFERENCES, "a referenced item no longer exists: "
                        + t.workspace() + ":" + t.identifier(), List.of(t.workspace() + ":" + t.identifier()));
            } finally {
                s.logout();
            }
            done.addAll(single.publish(t.workspace(), path, user, Publisher.Include.UNPUBLISHED_REFERENCES));
            known.add(t.workspace() + ":" + t.identifier());
        }
        return done;
    }

    /**
     * Sets the activation stamps on unsaved items (an import's batch, before its save), for
     * {@link #prepare(String, List, String, boolean) prepare(..., true)} after the save. Until the
     * public save the author side then shows them published, as it does between the stamp save and
     * the public save of {@link #publish}; a killed import's re-run publishes what the public side lacks.
     */
    public void stampUnsaved(List<Node> items, String user) throws RepositoryException {
        GregorianCalendar now = now();
        locks.locked(() -> {
            for (Node item : items) {
                activated(item, now, user);
            }
            return null;
        });
    }

    private GregorianCalendar now() {
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        return now;
    }

    private static void activated(Node item, GregorianCalendar now, String user) throws RepositoryException {
        item.setProperty(MgnlNames.LAST_ACTIVATED, now);
        item.setProperty(MgnlNames.LAST_ACTIVATED_BY, user);
        item.setProperty(MgnlNames.ACTIVATION_STATUS, true);
    }

    /** The activation stamps of the whole batch in one save. */
    private void stamp(Session session, List<Node> items, String user) throws RepositoryException {
        GregorianCalendar now = now();
        locks.locked(() -> {
            for (Node item : items) {
                activated(item, now, user);
            }
            session.save();
            return null;
        });
    }

    /** The items as the transport takes them: their trees for the local one, their YAML otherwise. Under the lock. */
    private void export(List<Node> items, Map<String, List<byte[]>> byParent, Map<String, List<ItemCopy>> copies)
            throws RepositoryException {
        if (local == null) {
            byParent.putAll(BatchExports.yaml(items));
        } else {
            copies.putAll(BatchExports.copies(items));
        }
    }
}
