package org.oicc.relations.repository;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the top-level nodes of a flat workspace into hash buckets ({@link StoredPaths}) and then
 * records the bucketed layout. {@link Session#move} keeps every identifier, so references,
 * versions and publication records still find their items; client paths do not change at all.
 *
 * <p>Crash-safe by being idempotent: the moves are saved in batches and the layout is recorded
 * only after the last one, so a run that stopped half-way leaves a flat workspace with some items
 * already in buckets, and running it again moves the rest and records the layout. Until then the
 * workspace must not be served: the flat translation would show the moved items' bucket paths.
 */
public final class BucketMigration {

    /** What one workspace's migration did. */
    public record Result(String workspace, int moved, boolean recorded) {
    }

    private BucketMigration() {
    }

    /**
     * @param batch how many moves one save holds (each save rewrites the root's child list once)
     * @return how many nodes were moved, and whether the layout was recorded by this run (false:
     *         it already was, and nothing was left to move)
     */
    public static Result migrate(Session session, int batch) throws RepositoryException {
        return migrate(session, batch, null);
    }

    /**
     * As {@link #migrate(Session, int)}, a flat workspace moved into the named layout (null: the
     * one new workspaces get); for measurements that compare layouts on the same content.
     */
    public static Result migrate(Session session, int batch, String layout) throws RepositoryException {
        if (batch < 1) {
            throw new IllegalArgumentException("a batch holds at least one move");
        }
        StoredPaths.forget(session);
        StoredPaths current = StoredPaths.of(session);
        boolean wasBucketed = current.bucketed();
        StoredPaths target = wasBucketed ? current : StoredPaths.layout(layout != null ? layout : flatTarget(session));
        Node root = session.getRootNode();
        List<String> names = new ArrayList<>();
        for (NodeIterator it = root.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(StoredPaths.BUCKET) && !JcrPaths.isRepositoryInternal(child.getName())) {
                names.add(child.getName());
            }
        }
        int moved = 0;
        for (String name : names) {
            // one session alone on a stopped data folder: its buckets may be unsaved moves' parents
            String into = JcrPaths.child(target.parentForNewAlone(session, name).getPath(), name);
            if (session.nodeExists(into)) {
                throw new RepositoryException("cannot move /" + name + " into its bucket: " + into + " already exists");
            }
            session.move(JcrPaths.child(JcrPaths.ROOT, name), into);
            if (++moved % batch == 0) {
                session.save();
            }
        }
        boolean record = !wasBucketed;
        if (record) {
            StoredPaths.recordBuckets(session, target.name());
        }
        session.save();
        StoredPaths.forget(session);
        return new Result(session.getWorkspace().getName(), moved, record);
    }

    /**
     * The layout a flat workspace moves into: the one new workspaces get, unless a run of an
     * earlier version stopped half-way moving it into 64 × 64 (a first-level bucket past
     * {@code _0f}). Items that run put below {@code _00} to {@code _0f} are where 16 × 64 puts them
     * too (the same byte modulo 64 and modulo 16 when below 16), so no other sign is needed.
     */
    private static String flatTarget(Session session) throws RepositoryException {
        for (Node bucket : firstLevelBuckets(session)) {
            if (Integer.parseInt(bucket.getName().substring(1), 16) >= 16) {
                return StoredPaths.BUCKETS_64X64;
            }
        }
        return StoredPaths.NEW_LAYOUT;
    }

    /**
     * Whether a migration of this workspace stopped half-way: its layout still says flat, yet its
     * root holds buckets. Every command checks it at start ({@code LayoutCheck}), so it costs the
     * 256 names a first-level bucket can have, not the root's children: a bucketed workspace says
     * so on its root, and a flat one of 100,000 items would otherwise be read through (about four
     * minutes at 100,000).
     */
    public static boolean isHalfMoved(Session session) throws RepositoryException {
        return !StoredPaths.of(session).bucketed() && !firstLevelBuckets(session).isEmpty();
    }

    /**
     * The root's first-level buckets, in name order. Each possible bucket name is looked up in the
     * root's child list ({@code hasNode} by name reads no sibling), where listing the root, even by a
     * name pattern such as {@code _*}, would load every child to match its name.
     */
    private static List<Node> firstLevelBuckets(Session session) throws RepositoryException {
        Node root = session.getRootNode();
        List<Node> buckets = new ArrayList<>();
        for (int n = 0; n < StoredPaths.MOST_BUCKETS_PER_LEVEL; n++) {
            String name = StoredPaths.bucketName(n);
            if (root.hasNode(name)) {
                Node child = root.getNode(name);
                if (child.isNodeType(StoredPaths.BUCKET)) {
                    buckets.add(child);
                }
            }
        }
        return buckets;
    }
}
