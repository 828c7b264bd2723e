package org.oicc.relations.repository;

import javax.jcr.NamespaceException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one translation between the paths clients see ({@code /iula}: every {@code @path}, URL,
 * lookup, publication message and file name) and where a workspace stores its items.
 *
 * <p>Jackrabbit 2 keeps a node's child list inside the node's bundle and rewrites it on every added
 * child, so one parent holding every item makes each create cost as much as the number of items. A
 * <em>bucketed</em> workspace therefore stores each top-level item at {@code /_b1/_b2/<name>}: two
 * levels of 64 buckets ({@code _00} to {@code _3f}) from the first two bytes of the SHA-1 of the
 * name. The hash is fixed, so an item never moves when others come and every repository (the public
 * side, a subscriber) finds the same buckets; 64 × 64 keeps about 24 items per leaf at 100,000 and
 * 250 at a million, while a small site pays two bucket nodes per item at most. Everything below an
 * item (its child nodes, the items of a folder) stays as it is. Bucket names start with {@code _},
 * which no item name rule allows, and bucket nodes have their own type ({@link #BUCKET}), never a
 * folder type, so nothing takes them for content.
 *
 * <p>The layout is recorded on the workspace's root node ({@link #LAYOUT_PROPERTY}); a workspace
 * without it is flat and every translation is the identity: repositories made before buckets, and
 * Magnolia's own (inside Magnolia the JCR path is the contract of its content apps and delivery).
 */
public final class StoredPaths {

    /** The node type of bucket nodes. */
    public static final String BUCKET = "oicc:bucket";
    /** The property on a workspace's root that records its layout. */
    public static final String LAYOUT_PROPERTY = "oicc:childLayout";
    /** {@link #LAYOUT_PROPERTY}'s value for two levels of 64 hash buckets. */
    public static final String BUCKETS_64X64 = "buckets-64x64";

    private static final int PER_LEVEL = 64;
    private static final StoredPaths FLAT = new StoredPaths(false);
    private static final StoredPaths BUCKETED = new StoredPaths(true);
    /** Layouts read once per repository and workspace; the weak keys let closed test repositories go. */
    private static final Map<Repository, Map<String, StoredPaths>> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * The last few repositories asked about, read without a lock: every answer translates paths, and
     * a process has one or two repositories (author, public), so the synchronized map is rarely reached.
     */
    private static volatile Recent[] recent = new Recent[0];
    private static final int RECENT = 4;

    private record Recent(Repository repository, Map<String, StoredPaths> layouts) {
    }

    private final boolean bucketed;

    private StoredPaths(boolean bucketed) {
        this.bucketed = bucketed;
    }

    /** The flat layout: the stored path is the client path. */
    public static StoredPaths flat() {
        return FLAT;
    }

    /** The layout of the session's workspace, as recorded on its root. */
    public static StoredPaths of(Session session) throws RepositoryException {
        Repository repository = session.getRepository();
        String workspace = session.getWorkspace().getName();
        Map<String, StoredPaths> layouts = layoutsOf(repository);
        StoredPaths known = layouts.get(workspace);
        if (known != null) {
            return known;
        }
        Node root = session.getRootNode();
        boolean buckets;
        try {
            buckets = root.hasProperty(LAYOUT_PROPERTY) && BUCKETS_64X64.equals(root.getProperty(LAYOUT_PROPERTY).getString());
        } catch (NamespaceException e) {
            buckets = false; // a repository without the module's namespace was never given buckets
        }
        StoredPaths layout = buckets ? BUCKETED : FLAT;
        layouts.put(workspace, layout);
        return layout;
    }

    private static Map<String, StoredPaths> layoutsOf(Repository repository) {
        for (Recent r : recent) {
            if (r.repository() == repository) {
                return r.layouts();
            }
        }
        Map<String, StoredPaths> layouts = KNOWN.computeIfAbsent(repository, r -> new ConcurrentHashMap<>());
        synchronized (KNOWN) {
            Recent[] now = recent;
            Recent[] next = new Recent[Math.min(RECENT, now.length + 1)];
            next[0] = new Recent(repository, layouts);
            System.arraycopy(now, 0, next, 1, next.length - 1);
            recent = next;
        }
        return layouts;
    }

    /** The layout of the node's workspace. */
    public static StoredPaths of(Node node) throws RepositoryException {
        return of(node.getSession());
    }

    /**
     * Records the bucketed layout on a workspace's root (unsaved) and forgets what was read of it.
     * Every first-level bucket is made here, once: the root (rep:root) allows same-name siblings, so
     * two sessions adding the same missing bucket at once would each save one and the items of the
     * second would be lost to every path lookup. Below them, buckets are oicc:bucket children, which
     * refuse same-name siblings: a concurrent duplicate fails its save instead.
     */
    public static void recordBuckets(Session session) throws RepositoryException {
        Node root = session.getRootNode();
        root.setProperty(LAYOUT_PROPERTY, BUCKETS_64X64);
        for (int n = 0; n < PER_LEVEL; n++) {
            String name = bucketName((byte) n);
            if (!root.hasNode(name)) {
                root.addNode(name, BUCKET);
            }
        }
        forget(session);
    }

    /** After a layout change: the next {@link #of} reads the workspace's root again. */
    public static void forget(Session session) {
        Map<String, StoredPaths> layouts = KNOWN.get(session.getRepository());
        if (layouts != null) {
            layouts.remove(session.getWorkspace().getName());
        }
    }

    public boolean bucketed() {
        return bucketed;
    }

    /** The two bucket names of a top-level item name. */
    public static String[] buckets(String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        return new String[] {bucketName(hash[0]), bucketName(hash[1])};
    }

    private static String bucketName(byte b) {
        int n = (b & 0xff) % PER_LEVEL;
        return "_" + Character.forDigit(n >> 4, 16) + Character.forDigit(n & 15, 16);
    }

    /** Whether a single name is a bucket's ({@code _00} to {@code _3f}). */
    public static boolean isBucketName(String name) {
        if (name.length() != 3 || name.charAt(0) != '_') {
            return false;
        }
        char high = name.charAt(1);
        char low = name.charAt(2);
        return high >= '0' && high <= '3' && (low >= '0' && low <= '9' || low >= 'a' && low <= 'f');
    }

    /** Whether the node is a bucket (of any workspace's layout). */
    public static boolean isBucket(Node node) throws RepositoryException {
        return node.getDepth() > 0 && node.getDepth() <= 2 && node.isNodeType(BUCKET);
    }

    /** Where a client path ({@code /iula}, {@code /folder/item/child}, {@code /}) is stored. */
    public String stored(String clientPath) {
        if (!bucketed || clientPath == null || clientPath.length() < 2 || clientPath.charAt(0) != '/') {
            return clientPath;
        }
        int slash = clientPath.indexOf('/', 1);
        String first = slash < 0 ? clientPath.substring(1) : clientPath.substring(1, slash);
        if (JcrPaths.isRepositoryInternal(first)) {
            return clientPath;
        }
        String[] b = buckets(first);
        return "/" + b[0] + "/" + b[1] + clientPath;
    }

    /**
     * The client path of a stored path: the two bucket names dropped. A bucket itself has none
     * (null): it is no client's node.
     */
    public String client(String storedPath) {
        if (!bucketed || storedPath == null || storedPath.length() < 2) {
            return storedPath;
        }
        int first = storedPath.indexOf('/', 1);
        if (!isBucketName(first < 0 ? storedPath.substring(1) : storedPath.substring(1, first))) {
            return storedPath;
        }
        int second = first < 0 ? -1 : storedPath.indexOf('/', first + 1);
        return second < 0 ? null : storedPath.substring(second);
    }

    /** The node's client path. */
    public String client(Node node) throws RepositoryException {
        return client(node.getPath());
    }

    /** The node's depth as a client counts it (a top-level item is at 1). */
    public int clientDepth(Node node) throws RepositoryException {
        int depth = node.getDepth();
        return bucketed && depth >= 3 && isBucketName(node.getAncestor(1).getName()) ? depth - 2 : depth;
    }

    /** Whether the node is a top-level item, a child of its workspace's root for a client. */
    public boolean isTopLevel(Node node) throws RepositoryException {
        return clientDepth(node) == 1;
    }

    /** The client path of the node's parent: {@code /} for a top-level item. */
    public String clientParent(Node node) throws RepositoryException {
        return isTopLevel(node) ? JcrPaths.ROOT : client(node.getParent());
    }

    /** The node's parent as a client sees it: the root for a top-level item, never a bucket. */
    public Node parent(Node node) throws RepositoryException {
        return isTopLevel(node) ? node.getSession().getRootNode() : node.getParent();
    }

    /**
     * The node a new child named {@code name} of the client path {@code clientParent} goes under;
     * for a top-level item of a bucketed workspace its bucket, added (unsaved) when missing.
     */
    public Node parentForNew(Session session, String clientParent, String name) throws RepositoryException {
        if (!bucketed || !JcrPaths.ROOT.equals(clientParent) || JcrPaths.isRepositoryInternal(name)) {
            return session.getNode(stored(clientParent));
        }
        Node node = session.getRootNode();
        for (String bucket : buckets(name)) {
            node = node.hasNode(bucket) ? node.getNode(bucket) : node.addNode(bucket, BUCKET);
        }
        return node;
    }

    /** {@link #parentForNew} as a stored path, the buckets added (unsaved) when missing. */
    public String storedParentForNew(Session session, String clientParent, String name) throws RepositoryException {
        return parentForNew(session, clientParent, name).getPath();
    }

    /**
     * The node's children as a client sees them: for the root of a bucketed workspace, the items in
     * every bucket (in bucket order, not creation order), never the buckets.
     */
    public List<Node> children(Node node) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!bucketed || node.getDepth() != 0) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                out.add(it.nextNode());
            }
            return out;
        }
        for (NodeIterator first = node.getNodes(); first.hasNext();) {
            Node b1 = first.nextNode();
            if (!b1.isNodeType(BUCKET)) {
                out.add(b1);
                continue;
            }
            for (NodeIterator second = b1.getNodes(); second.hasNext();) {
                for (NodeIterator items = second.nextNode().getNodes(); items.hasNext();) {
                    out.add(items.nextNode());
                }
            }
        }
        return out;
    }
}
