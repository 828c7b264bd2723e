package org.oicc.relations.delivery.node;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionScope;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import javax.jcr.Session;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * Node snapshots ({@link NodeSnapshot}) kept between answers, so that an answer the response cache
 * does not have (a new URL, a new language) is written from memory: a map look-up per node, then
 * JSON. Exact by construction: every entry carries the generation of its workspace read before
 * the node was, and is used only while the workspace is still at that generation
 * ({@code WorkspaceChanges} moves it for every observed change, local or from the cluster, before
 * the writer's {@code save()} returns). Any change to a workspace thus retires all of its snapshots
 * at once; the next answers read afresh what they need. Nodes are found by path (read node,
 * children) and by identifier (expanded references, dangling ones included).
 *
 * <p>Bounded by the bytes the snapshots hold, least recently used out first, like the response
 * cache; a store without generations ({@link #uncached}: drafts, tests) keeps nothing and reads
 * every node afresh for every answer. Thread-safe.
 */
public final class NodeSnapshots {

    /** About 3,000 organizations with their entries: what a site reads over and over, far below a 256 MB heap. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    /** Share of the heap for a side's snapshots: 16 MiB at {@code -Xmx256m}. */
    static final int HEAP_SHARE = 16;
    /** Never more, whatever the heap: the store is a cache of what readers ask for often, not a copy of the content. */
    static final long LARGEST = 64L * 1024 * 1024;

    /**
     * The byte budget for a JVM that may use {@code maxHeap} bytes: a sixteenth of it, between
     * {@link #DEFAULT_MAX_BYTES} and {@link #LARGEST}. A query page at random offsets reads each of
     * its 20 items afresh unless it is kept, and such a read costs ten times a kept one (issue 12's
     * profile of the uncached query); a larger heap keeps more of them.
     */
    public static long budgetFor(long maxHeap) {
        return Math.max(DEFAULT_MAX_BYTES, Math.min(LARGEST, maxHeap / HEAP_SHARE));
    }

    /** What a key and an entry cost beside the snapshot. */
    private static final long ENTRY_BYTES = 120;

    private final LightModule module;
    private final ToLongFunction<String> generations;
    private final KeptByGeneration<Key, NodeSnapshot> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder reads = new LongAdder();
    private final LongAdder copied = new LongAdder();
    /** The side's on-disk copies, looked up before the repository; null: none. */
    private final DiskCopies copies;

    /**
     * @param generations a workspace's generation now, negative when it is not watched (its nodes are then never kept)
     */
    public NodeSnapshots(LightModule module, ToLongFunction<String> generations, long maxBytes) {
        this(module, generations, maxBytes, null);
    }

    /**
     * @param generations as above; with {@code copies}, it must also move once more after the index
     *                    has written a change's copies (see {@link #withCopies}), so that no copy read
     *                    during a change is kept after it
     * @param copies the side's on-disk copies (null: none), read before the repository
     */
    public NodeSnapshots(LightModule module, ToLongFunction<String> generations, long maxBytes, DiskCopies copies) {
        this.module = module;
        this.generations = generations;
        this.entries = new KeptByGeneration<>(maxBytes);
        this.copies = copies;
    }

    /**
     * Kept by the workspace's generation, which must move once more after the index's listener has
     * rewritten a change's copies ({@code ContentIndex.afterEachChange(WorkspaceChanges::settled)}):
     * that listener may run after the change tracker's, and a snapshot read from the old copy
     * between the two is then kept under a generation that is over once the copy is new.
     */
    public static NodeSnapshots withCopies(LightModule module, ToLongFunction<String> generations, long maxBytes,
            DiskCopies copies) {
        return new NodeSnapshots(module, generations, maxBytes, copies);
    }

    /** Keeps nothing: every node is read for every answer. */
    public static NodeSnapshots uncached(LightModule module) {
        return new NodeSnapshots(module, w -> -1, 0);
    }

    /** Keeps nothing on the heap: every node is read from its on-disk copy, or from the repository when it has none. */
    public static NodeSnapshots uncached(LightModule module, DiskCopies copies) {
        return new NodeSnapshots(module, w -> -1, 0, copies);
    }

    /** Kept with a null snapshot: no node has this identifier (a dangling reference is content too). */
    private record Key(String workspace, boolean byIdentifier, String value) {
    }

    /**
     * The node at an absolute path.
     *
     * @param children the answer shows its children, so their paths are needed
     * @throws javax.jcr.PathNotFoundException when there is none
     */
    NodeSnapshot atPath(SessionScope sessions, String workspace, String path, boolean children) throws RepositoryException {
        long generation = generations.applyAsLong(workspace);
        Key key = new Key(workspace, false, path);
        NodeSnapshot kept = fresh(key, generation, children);
        if (kept != null) {
            return kept;
        }
        NodeSnapshot copy = copied(key, generation, children);
        if (copy != null) {
            return copy;
        }
        Session session = sessions.session(workspace);
        NodeSnapshot read = NodeSnapshot.read(module, session.getNode(StoredPaths.of(session).stored(path)), children);
        keep(key, generation, read);
        return read;
    }

    /**
     * The node at an absolute path, with its subtree to {@code depth} levels kept as well: a node
     * read afresh hands the children it has just listed to the store, each read from the node the
     * listing returned, so writing them next costs no second look-up by path. A store that keeps
     * nothing reads only the node (the renderer reads each child when it gets there).
     *
     * @param depth levels of children the answer shows (0: none)
     * @throws javax.jcr.PathNotFoundException when there is none
     */
    NodeSnapshot atPath(SessionScope sessions, String workspace, String path, int depth) throws RepositoryException {
        long generation = generations.applyAsLong(workspace);
        Key key = new Key(workspace, false, path);
        NodeSnapshot kept = fresh(key, generation, depth > 0);
        if (kept != null) {
            return kept;
        }
        NodeSnapshot copy = copied(key, generation, depth > 0);
        if (copy != null) {
            return copy; // its children are copied too, to the deepest endpoint's depth; each is looked up in turn
        }
        Session session = sessions.session(workspace);
        return readTree(session.getNode(StoredPaths.of(session).stored(path)), key, generation, depth);
    }

    private NodeSnapshot readTree(Node node, Key key, long generation, int depth) throws RepositoryException {
        List<Node> children = generation >= 0 && depth > 0 ? new ArrayList<>() : null;
        NodeSnapshot read = NodeSnapshot.read(module, node, depth > 0, children);
        keep(key, generation, read);
        if (children != null) {
            for (Node child : children) {
                Key childKey = new Key(key.workspace(), false, StoredPaths.of(child).client(child));
                if (fresh(childKey, generation, depth > 1) == null) {
                    readTree(child, childKey, generation, depth - 1);
                }
            }
        }
        return read;
    }

    /**
     * The node with this identifier, or empty when there is none; only UUIDs are looked up (see
     * {@link SessionScope#nodeByIdentifier}).
     */
    Optional<NodeSnapshot> byIdentifier(SessionScope sessions, String workspace, String id) throws RepositoryException {
        if (!Uuids.isUuid(id)) {
            return Optional.empty();
        }
        long generation = generations.applyAsLong(workspace);
        Key key = new Key(workspace, true, id);
        KeptByGeneration.Entry<NodeSnapshot> found = generation < 0 ? null : entries.get(key, generation);
        if (found != null) {
            hits.increment();
            return Optional.ofNullable(found.value());
        }
        if (copies != null) {
            NodeSnapshot copy = copies.byIdentifier(workspace, id);
            if (copy != null) {
                copied.increment();
                keepCopy(key, generation, copy);
                return Optional.of(copy);
            }
        }
        NodeSnapshot read;
        try {
            read = NodeSnapshot.read(module, sessions.session(workspace).getNodeByIdentifier(id), false);
        } catch (ItemNotFoundException e) {
            read = null;
        }
        keep(key, generation, read);
        return Optional.ofNullable(read);
    }

    /** 8-4-4-4-12 hexadecimal digits: what {@link SessionScope#nodeByIdentifier} accepts (see {@link Uuids}). */
    static boolean isUuid(String id) {
        return Uuids.isUuid(id);
    }

    /** A node the answer already holds (a child, a query result): its kept snapshot, or one read from it. */
    NodeSnapshot of(Node node, boolean children) throws RepositoryException {
        String workspace = node.getSession().getWorkspace().getName();
        long generation = generations.applyAsLong(workspace);
        Key key = new Key(workspace, false, StoredPaths.of(node).client(node));
        NodeSnapshot kept = fresh(key, generation, children);
        if (kept != null) {
            return kept;
        }
        NodeSnapshot copy = copied(key, generation, children);
        if (copy != null) {
            return copy;
        }
        NodeSnapshot read = NodeSnapshot.read(module, node, children);
        keep(key, generation, read);
        return read;
    }

    /** The node's on-disk copy, kept on the heap as a read would be; null when there is none (or it lacks the children asked for). */
    private NodeSnapshot copied(Key key, long generation, boolean children) {
        if (copies == null) {
            return null;
        }
        NodeSnapshot copy = copies.atPath(key.workspace(), key.value());
        if (copy == null || children && !copy.hasChildren()) {
            return null;
        }
        copied.increment();
        keepCopy(key, generation, copy);
        return copy;
    }

    private NodeSnapshot fresh(Key key, long generation, boolean children) {
        if (generation < 0) {
            return null;
        }
        KeptByGeneration.Entry<NodeSnapshot> found = entries.get(key, generation);
        if (found != null && found.value() != null && (!children || found.value().hasChildren())) {
            hits.increment();
            return found.value();
        }
        return null;
    }

    private void keep(Key key, long generation, NodeSnapshot node) {
        reads.increment();
        keepCopy(key, generation, node);
    }

    /** Keeps a snapshot, without counting it as read from the repository. */
    private void keepCopy(Key key, long generation, NodeSnapshot node) {
        if (generation < 0) {
            return;
        }
        entries.put(key, generation, node, ENTRY_BYTES + 2L * key.value().length() + (node == null ? 0 : node.weight()));
    }

    /** Snapshots kept (by path and by identifier), stale ones included until they are pushed out. */
    public int size() {
        return entries.size();
    }

    public long bytes() {
        return entries.bytes();
    }

    /** Nodes answered from memory. */
    public long hits() {
        return hits.sum();
    }

    /** Nodes read from the repository. */
    public long reads() {
        return reads.sum();
    }

    /** Nodes read from their on-disk copy. */
    public long copied() {
        return copied.sum();
    }
}
