package org.oicc.relations.testing;

import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.StoredPaths;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/**
 * Tests that set content up or look at it straight through JCR name nodes by their client paths
 * ({@code /iula}); these find them where the workspace stores them ({@link StoredPaths}: in hash
 * buckets in the module's content workspaces, as they are anywhere else).
 */
public final class StoredNodes {

    private StoredNodes() {
    }

    /** The node at a client path. */
    public static Node node(Session session, String clientPath) throws RepositoryException {
        return session.getNode(StoredPaths.of(session).stored(clientPath));
    }

    public static boolean exists(Session session, String clientPath) throws RepositoryException {
        return session.nodeExists(StoredPaths.of(session).stored(clientPath));
    }

    /** A new top-level node (an item, a folder), in its bucket where the workspace has buckets. */
    public static Node addTopLevel(Session session, String name, String type) throws RepositoryException {
        return StoredPaths.of(session).parentForNew(session, JcrPaths.ROOT, name).addNode(name, type);
    }

    /** As {@link #addTopLevel} with the default type. */
    public static Node addTopLevel(Session session, String name) throws RepositoryException {
        Node parent = StoredPaths.of(session).parentForNew(session, JcrPaths.ROOT, name);
        return parent.addNode(name);
    }

    /** {@link Session#move} by client paths: a renamed top-level node goes to its new name's bucket (unsaved). */
    public static void move(Session session, String fromClientPath, String toClientPath) throws RepositoryException {
        StoredPaths layout = StoredPaths.of(session);
        String parent = JcrPaths.parent(toClientPath);
        String name = toClientPath.substring(toClientPath.lastIndexOf('/') + 1);
        session.move(layout.stored(fromClientPath), JcrPaths.child(layout.parentForNew(session, parent, name).getPath(), name));
    }

    /**
     * {@code count} top-level names {@code prefix-N} that all hash into one leaf bucket the
     * workspace does not have yet (so the first of them makes it): chosen by computing the hash.
     */
    public static List<String> namesInOneNewLeaf(Session session, String prefix, int count) throws RepositoryException {
        StoredPaths layout = StoredPaths.of(session);
        java.util.Map<String, List<String>> byLeaf = new java.util.HashMap<>();
        for (int n = 0;; n++) {
            String name = prefix + "-" + n;
            String leaf = JcrPaths.parent(layout.stored("/" + name));
            if (session.nodeExists(leaf)) {
                continue;
            }
            List<String> names = byLeaf.computeIfAbsent(leaf, l -> new java.util.ArrayList<>());
            names.add(name);
            if (names.size() == count) {
                return names;
            }
        }
    }

    /** The node's client path. */
    public static String clientPath(Node node) throws RepositoryException {
        return StoredPaths.of(node).client(node);
    }

    /** The top-level nodes (items, folders, {@code jcr:system}), never a bucket. */
    public static List<Node> topLevel(Session session) throws RepositoryException {
        return StoredPaths.of(session).children(session.getRootNode());
    }
}
