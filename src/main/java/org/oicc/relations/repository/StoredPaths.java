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
    /** {@link #LAYOUT_PROPERTY}'s value for two levels of 64 hash buckets (the first layout; folders recorded so keep it). */
    public static final String BUCKETS_64X64 = "buckets-64x64";
    /**
     * The layout new workspaces get: 16 first-level buckets of 64 each, 1,024 leaves (about 98
     * items each at 100,000, 980 at a million). Against 64 × 64 it makes a quarter of the bucket
     * nodes (about 1,040 instead of 3,800 at 10,000 items), which a first import pays for, while a
     * leaf's child list stays short enough that a create does not feel it (see the README's
     * "Creation speed" figures).
     */
    public static final String BUCKETS_16X64 = "buckets-16x64";
    /** The layout {@link #recordBuckets(Session)} records (new workspaces, {@code repair --buckets}). */
    public static final String NEW_LAYOUT = BUCKETS_16X64;

    private static final StoredPaths FLAT = new StoredPaths(null, new int[0]);
    private static final Map<String, StoredPaths> LAYOUTS = new ConcurrentHashMap<>();
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

    private final String name;
    /** Buckets per level, the first level first; empty when flat. */
    private final int[] perLevel;
    private final boolean bucketed;

    private StoredPaths(String name, int[] perLevel) {
        this.name = name;
        this.perLevel = perLevel;
        this.bucketed = perLevel.length > 0;
    }

    /**
     * The layout a {@link #LAYOUT_PROPERTY} value names: {@code buckets-AxB} (two levels) or
     * {@code buckets-A} (one), each level 2 to 256 buckets (one byte of the hash per level).
     *
     * @throws IllegalArgumentException for any other value: reading such a workspace flat would
     *         show bucket paths to clients
     */
    public static StoredPaths layout(String value) {
        StoredPaths known = LAYOUTS.get(value);
        if (known != null) {
            return known;
        }
        if (value == null || !value.matches("buckets-[0-9]{1,3}(x[0-9]{1,3})?")) {
            throw new IllegalArgumentException("unknown child layout: " + value);
        }
        String[] parts = value.substring("buckets-".length()).split("x");
        int[] levels = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            levels[i] = Integer.parseInt(parts[i]);
            if (levels[i] < 2 || levels[i] > MOST_BUCKETS_PER_LEVEL) {
                throw new IllegalArgumentException("unknown child layout: " + value + " (2 to 256 buckets per level)");
            }
        }
        return LAYOUTS.computeIfAbsent(value, v -> new StoredPaths(v, levels));
    }

    /** The recorded name of this layout ({@code buckets-16x64}), null when flat. */
    public String name() {
        return name;
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
        String recorded;
        try {
            recorded = root.hasProperty(LAYOUT_PROPERTY) ? root.getProperty(LAYOUT_PROPERTY).getString() : null;
        } catch (NamespaceException e) {
            recorded = null; // a repository without the module's namespace was never given buckets
        }
        StoredPaths layout;
        try {
            layout = recorded == null ? FLAT : layout(recorded);
        } catch (IllegalArgumentException e) {
            throw new RepositoryException("workspace " + workspace + ": " + e.getMessage(), e);
        }
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

    /** Records {@link #NEW_LAYOUT} on a workspace's root (unsaved), as {@link #recordBuckets(Session, String)}. */
    public static void recordBuckets(Session session) throws RepositoryException {
        recordBuckets(session, NEW_LAYOUT);
    }

    /**
     * Records a bucketed layout on a workspace's root (unsaved) and forgets what was read of it.
     * Every first-level bucket is made here, once: the root (rep:root) allows same-name siblings, so
     * two sessions adding the same missing bucket at once would each save one and the items of the
     * second would be lost to every path lookup. Below them, buckets are oicc:bucket children, which
     * refuse same-name siblings, and a missing one is made by {@link MissingBuckets}.
     */
    public static void recordBuckets(Session session, String layoutName) throws RepositoryException {
        StoredPaths layout = layout(layoutName);
        Node root = session.getRootNode();
        root.setProperty(LAYOUT_PROPERTY, layoutName);
        for (int n = 0; n < layout.perLevel[0]; n++) {
            String bucket = bucketName(n);
            if (!root.hasNode(bucket)) {
                root.addNode(bucket, BUCKET);
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

    /** The bucket names of a top-level item name in the layout new workspaces get ({@link #NEW_LAYOUT}). */
    public static String[] buckets(String name) {
        return layout(NEW_LAYOUT).bucketsOf(name);
    }

    /** The bucket names of a top-level item name in this layout, the first level first (none when flat). */
    public String[] bucketsOf(String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        String[] out = new String[perLevel.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bucketName((hash[i] & 0xff) % perLevel[i]);
        }
        return out;
    }

    /** The name of bucket {@code n} of a level ({@code _00} to {@code _ff}). */
    static String bucketName(int n) {
        return "_" + Character.forDigit(n >> 4, 16) + Character.forDigit(n & 15, 16);
    }

    /** How many buckets a level may have at the most: one byte of the hash picks one. */
    static final int MOST_BUCKETS_PER_LEVEL = 256;

    /** Whether a single name is a bucket's ({@code _00} to {@code _ff}) in any layout. */
    public static boolean isBucketName(String name) {
        return name.length() == 3 && name.charAt(0) == '_' && hexDigit(name.charAt(1)) && hexDigit(name.charAt(2));
    }

    private static boolean hexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /** How many levels of buckets lie between the root and a top-level item (0 when flat). */
    public int levels() {
        return perLevel.length;
    }

    /** Whether the node is a bucket (of any workspace's layout: at most two levels). */
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
        StringBuilder out = new StringBuilder();
        for (String bucket : bucketsOf(first)) {
            out.append('/').append(bucket);
        }
        return out.append(clientPath).toString();
    }

    /**
     * The client path of a stored path: the bucket names dropped. A bucket itself has none (null):
     * it is no client's node.
     */
    public String client(String storedPath) {
        if (!bucketed || storedPath == null || storedPath.length() < 2) {
            return storedPath;
        }
        int first = storedPath.indexOf('/', 1);
        if (!isBucketName(first < 0 ? storedPath.substring(1) : storedPath.substring(1, first))) {
            return storedPath;
        }
        int end = first;
        for (int level = 1; level < perLevel.length && end >= 0; level++) {
            end = storedPath.indexOf('/', end + 1);
        }
        return end < 0 ? null : storedPath.substring(end);
    }

    /** The node's client path. */
    public String client(Node node) throws RepositoryException {
        return client(node.getPath());
    }

    /** The node's depth as a client counts it (a top-level item is at 1). */
    public int clientDepth(Node node) throws RepositoryException {
        int depth = node.getDepth();
        int levels = perLevel.length;
        return bucketed && depth > levels && isBucketName(node.getAncestor(1).getName()) ? depth - levels : depth;
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
     * for a top-level item of a bucketed workspace its bucket. A missing bucket is made and saved
     * at once in a session of its own ({@link MissingBuckets}), so two sessions that each add the
     * first item of a bucket both save, and the caller's session holds only its own changes.
     */
    public Node parentForNew(Session session, String clientParent, String name) throws RepositoryException {
        if (!bucketed || !JcrPaths.ROOT.equals(clientParent) || JcrPaths.isRepositoryInternal(name)) {
            return session.getNode(stored(clientParent));
        }
        Node node = session.getRootNode();
        for (String bucket : bucketsOf(name)) {
            node = node.hasNode(bucket) ? node.getNode(bucket) : MissingBuckets.add(session, node, bucket);
        }
        return node;
    }

    /**
     * {@link #parentForNew} within one session that may add the buckets itself, unsaved: for a
     * caller that alone writes the workspace (the migration of a stopped data folder), where one
     * save per bucket would only cost time.
     */
    public Node parentForNewAlone(Session session, String name) throws RepositoryException {
        Node node = session.getRootNode();
        for (String bucket : bucketsOf(name)) {
            node = node.hasNode(bucket) ? node.getNode(bucket) : node.addNode(bucket, BUCKET);
        }
        return node;
    }

    /** {@link #parentForNew} as a stored path. */
    public String storedParentForNew(Session session, String clientParent, String name) throws RepositoryException {
        return parentForNew(session, clientParent, name).getPath();
    }

    /**
     * The node's children as a client sees them. For the root of a bucketed workspace: the nodes
     * that are not buckets ({@code jcr:system}) in JCR order, then the items of every bucket, never
     * a bucket, in creation order ({@code mgnl:created}, then {@code jcr:created}, then the name;
     * a node without a date comes after those with one). That is the order a flat root listed them in (JCR
     * order, where a new child goes last), which bucket order would shuffle, and what Magnolia's
     * delivery endpoint gives for its flat workspace roots; a name alone is not it: every
     * listing of the root would change order the day its workspace moved into buckets.
     */
    public List<Node> children(Node node) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!bucketed || node.getDepth() != 0) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                out.add(it.nextNode());
            }
            return out;
        }
        List<Created> items = new ArrayList<>();
        for (NodeIterator first = node.getNodes(); first.hasNext();) {
            Node child = first.nextNode();
            if (child.isNodeType(BUCKET)) {
                collect(child, 1, items);
            } else {
                out.add(child);
            }
        }
        items.sort(Created.ORDER);
        for (Created item : items) {
            out.add(item.node());
        }
        return out;
    }

    private void collect(Node bucket, int level, List<Created> items) throws RepositoryException {
        for (NodeIterator it = bucket.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (level < perLevel.length) {
                collect(child, level + 1, items);
            } else {
                items.add(Created.of(child));
            }
        }
    }

    /**
     * A top-level node with the instants it was created, for {@link #children}'s order: first
     * {@code mgnl:created} (the item's creation, kept by publication and export), then
     * {@code jcr:created} (when this repository added the node: two items stamped with one instant,
     * as by a fixed clock, keep the order they were added in), then the name.
     */
    private record Created(Node node, long created, long added, String name) {
        static final java.util.Comparator<Created> ORDER = java.util.Comparator.comparingLong(Created::created)
                .thenComparingLong(Created::added).thenComparing(Created::name);

        static Created of(Node node) throws RepositoryException {
            return new Created(node, millis(node, MgnlNames.CREATED), millis(node, "jcr:created"), node.getName());
        }

        private static long millis(Node node, String property) throws RepositoryException {
            return node.hasProperty(property) ? node.getProperty(property).getDate().getTimeInMillis() : Long.MAX_VALUE;
        }
    }
}
