package org.oicc.relations.delivery.node;

import org.h2.mvstore.MVMap;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link DiskCopies} stores of one item: the {@link CopyCodec} bytes of the item and of its
 * nodes down to a depth, by client path, and the identifiers that lead to the item. Nodes below that
 * are items themselves are left out (they have copies of their own), and so are their subtrees.
 *
 * @param nodes bytes by client path, the item's own included
 * @param identifiers the item's identifier when it is referenceable (expanded references find it so)
 */
record ItemTree(Map<String, byte[]> nodes, List<String> identifiers) {

    static ItemTree read(LightModule module, CopyCodec codec, Node item, String path, int depth) throws RepositoryException {
        ItemTree tree = new ItemTree(new HashMap<>(), new ArrayList<>());
        tree.collect(module, codec, item, path, 0, depth);
        return tree;
    }

    /** Snapshots of the node and of its nodes below to {@code depth} levels, items excepted. */
    private void collect(LightModule module, CopyCodec codec, Node node, String path, int levels, int depth)
            throws RepositoryException {
        List<Node> children = depth > 0 ? new ArrayList<>() : null;
        NodeSnapshot snapshot = NodeSnapshot.read(module, node, depth > 0, children);
        if (levels == 0 && !snapshot.path().equals(path)) {
            throw new IllegalStateException("the item reads as " + snapshot.path());
        }
        nodes.put(snapshot.path(), codec.encode(snapshot, levels));
        if (levels == 0 && snapshot.id().equals(snapshot.identifier())) {
            identifiers.add(snapshot.identifier());
        }
        if (children != null) {
            String itemType = module.contentTypeOfWorkspace(snapshot.workspace()).map(ContentTypeDefinition::nodeType).orElse(null);
            List<String> paths = snapshot.childPaths();
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                if (itemType == null || !child.isNodeType(itemType)) {
                    collect(module, codec, child, paths.get(i), levels + 1, depth - 1);
                }
            }
        }
    }

    /**
     * Removes the item's stored nodes below {@code item} that are not in {@code kept}: those whose
     * stored distance to their item is their distance to this one (another item's nodes there stay).
     */
    static void removeBelow(MVMap<String, byte[]> map, String item, Set<String> kept) {
        String prefix = item + "/";
        int itemDepth = segments(item);
        List<String> stale = new ArrayList<>();
        for (Iterator<String> it = map.keyIterator(prefix); it.hasNext();) {
            String key = it.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (kept.contains(key)) {
                continue;
            }
            byte[] bytes = map.get(key);
            if (bytes != null && CopyCodec.levels(bytes) == segments(key) - itemDepth) {
                stale.add(key);
            }
        }
        stale.forEach(map::remove);
    }

    private static int segments(String path) {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
