package org.oicc.relations.index;

import org.oicc.relations.repository.StoredPaths;
import org.apache.jackrabbit.core.SessionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps one {@link WorkspaceIndex} in step with its workspace through one session of its own: reads
 * the workspace once at start, then re-reads only the items a batch of events touched. An event on
 * a property or a child of an item (a relationship entry) re-reads that item; an added node that is
 * no item's part may hold new items (a created item, a moved folder) and is searched; a removed
 * node takes the items at and below it along. Local and cluster (external) events are handled the
 * same way. The session is used under the index's write lock only.
 */
final class IndexUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);

    private final WorkspaceIndex index;
    private final Session session;
    private final NodeValues reader;

    private final Consumer<IndexedItem> twins;
    private final ItemCopies copies;

    /** @param twins given each item read, before it is indexed: shares its values with the other side's */
    IndexUpdater(WorkspaceIndex index, Session session, Labels labels, Consumer<IndexedItem> twins) {
        this(index, session, labels, twins, ItemCopies.NONE);
    }

    /** @param copies told of every item read and every item gone, in the same write (delivery's on-disk copies) */
    IndexUpdater(WorkspaceIndex index, Session session, Labels labels, Consumer<IndexedItem> twins, ItemCopies copies) {
        this.index = index;
        this.session = session;
        this.reader = new NodeValues(index.schema(), labels);
        this.twins = twins;
        this.copies = copies;
    }

    private IndexedItem read(Node node) throws RepositoryException {
        // the client path made once, for the item and its copy: item.path() would decode it again from the packed bytes
        String path = StoredPaths.of(node).client(node);
        IndexedItem item = reader.item(node, path);
        twins.accept(item);
        copies.copy(index.schema().workspace(), path, node);
        return item;
    }

    /**
     * The item at {@code path} leaves the index and the copies. A path the index holds no item at
     * (a node below an item whose events came before the item's own) is left to the copies: it is
     * part of an item's copy, which that item's re-read rewrites.
     */
    private void drop(String path) {
        IndexedItem held = index.itemAtOrAbove(path);
        index.remove(path);
        if (held != null && held.hasPath(path)) {
            copies.drop(index.schema().workspace(), path);
        }
    }

    Session session() {
        return session;
    }

    /**
     * Reads every item of the workspace, once, through a session of its own that is logged out
     * after: a session keeps caches of what it read (paths, states), which for the whole workspace
     * would stay on the heap for the life of the listener's session.
     */
    void build(Session reading) throws RepositoryException {
        RepositoryException[] failure = new RepositoryException[1];
        index.write(() -> {
            try {
                collect(reading.getRootNode());
            } catch (RepositoryException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** One event: its type and the path of the node it is about (a property's node for a property event). */
    record Change(int type, String nodePath) {

        static Change of(Event event) throws RepositoryException {
            String path = event.getPath();
            boolean onProperty = (event.getType() & (Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED)) != 0;
            return new Change(event.getType(), onProperty ? parent(path) : path);
        }
    }

    /** Applies one batch of events (one save, or one cluster update). */
    void apply(List<Change> changes) {
        index.write(() -> {
            try {
                // Jackrabbit 2 sessions read what was saved, here or on another cluster node, without a refresh;
                // and there a refresh syncs the cluster journal, whose lock the thread calling this listener
                // (a save, or the journal's own sync) already holds: it would wait for itself for ever.
                if (!(session instanceof SessionImpl)) {
                    session.refresh(false); // other repositories may show a session what it saw when it started
                }
                Set<String> reread = new LinkedHashSet<>();
                Set<String> search = new LinkedHashSet<>();
                // the index keeps client paths (StoredPaths); events name stored ones
                StoredPaths layout = StoredPaths.of(session);
                for (Change change : changes) {
                    String path = layout.client(change.nodePath());
                    if (path == null) { // a bucket: added ones hold nothing yet, a removed one took its items along
                        if (change.type() == Event.NODE_REMOVED) {
                            String bucket = change.nodePath() + "/";
                            index.pathsAtOrBelow("/").stream().filter(p -> layout.stored(p).startsWith(bucket)).toList()
                                    .forEach(this::drop);
                        }
                        continue;
                    }
                    if (change.type() == Event.NODE_REMOVED) {
                        index.pathsAtOrBelow(path).forEach(this::drop);
                        touch(parent(path), reread, null);
                    } else if (change.type() == Event.NODE_ADDED) {
                        touch(path, reread, search);
                    } else if (change.type() != Event.NODE_MOVED) { // a move also comes as removed + added
                        // a property of no item's node: that node alone may have become an item (a mixin)
                        IndexedItem owner = index.itemAtOrAbove(path);
                        reread.add(owner != null ? owner.path() : path);
                    }
                }
                for (String path : reread) {
                    refresh(path);
                }
                for (String path : search) {
                    if (index.itemAtOrAbove(path) == null && session.nodeExists(layout.stored(path))) {
                        collect(session.getNode(layout.stored(path)));
                    }
                }
            } catch (RepositoryException | RuntimeException e) {
                // never thrown into a writer's save; the next event on the item reads it again
                copies.dropAll(index.schema().workspace()); // which items went unread is not known: none is trusted
                LOG.error("index of workspace {} could not follow a change", index.schema().workspace(), e);
            }
        });
    }

    /** The item owning the node is re-read; an added node of no item may itself be or hold one. */
    private void touch(String path, Set<String> reread, Set<String> search) {
        if (path == null) {
            return;
        }
        IndexedItem owner = index.itemAtOrAbove(path);
        if (owner != null) {
            reread.add(owner.path());
        } else if (search != null) {
            search.add(path);
        }
    }

    private void refresh(String path) throws RepositoryException {
        String stored = StoredPaths.of(session).stored(path);
        if (!session.nodeExists(stored)) {
            drop(path);
            return;
        }
        Node node = session.getNode(stored);
        if (node.isNodeType(index.schema().nodeType())) {
            index.put(read(node));
        } else {
            drop(path);
        }
    }

    /** Indexes the items at and below a node; an item's submodel children are its own, not searched. */
    private void collect(Node node) throws RepositoryException {
        if (node.getDepth() == 1 && node.getName().equals("jcr:system")) {
            return;
        }
        boolean item = node.getDepth() > 0 && node.isNodeType(index.schema().nodeType());
        if (item) {
            index.put(read(node));
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (item && index.schema().subModel(child.getName()) != null) {
                continue;
            }
            collect(child);
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? (path.length() > 1 ? "/" : null) : path.substring(0, slash);
    }
}
