package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.SessionScope;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a reference names an existing item of the target content type: found by identifier in
 * the target type's workspace, under its root path, with exactly its node type. References are
 * stored as plain identifiers (as Magnolia's link fields do), so JCR itself checks nothing.
 * It reads through the sessions of the work it checks for, opened per target workspace on first use.
 */
final class ReferenceChecker {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Magnolia's item key of a JCR asset: provider id {@code jcr}, a colon, the node identifier. */
    static final String ASSET_KEY_PREFIX = "jcr:";
    static final String ASSET_TYPE = "mgnl:asset";

    private final LightModule module;
    private final SessionScope sessions;

    ReferenceChecker(LightModule module, SessionScope sessions) {
        this.module = module;
        this.sessions = sessions;
    }

    /** The identifier to store, or null after reporting why it cannot be. */
    String check(String targetTypeName, Object raw, String path, ProblemCollector problems) throws RepositoryException {
        ContentTypeDefinition target = module.contentType(targetTypeName)
                .orElseThrow(() -> new IllegalStateException("reference to unknown content type " + targetTypeName));
        // an identifier is never a free text: reject anything else before it reaches the repository
        if (!(raw instanceof String id) || !UUID.matcher(id).matches()) {
            problems.add(path, "notAnIdentifier", targetTypeName);
            return null;
        }
        Optional<Node> found = sessions.nodeByIdentifier(target.workspace(), id);
        if (found.isEmpty() || !JcrPaths.isBelow(found.get().getPath(), target.datasource().rootPath())) {
            problems.add(path, "referenceNotFound", targetTypeName, id);
            return null;
        }
        String type = found.get().getPrimaryNodeType().getName();
        if (!type.equals(target.nodeType())) {
            problems.add(path, "referenceWrongType", targetTypeName, id, type);
            return null;
        }
        return id;
    }

    /**
     * The asset item key to store ({@code jcr:<identifier>}, as Magnolia's DAM fields store it), or
     * null after reporting why not: it must name an {@code mgnl:asset} of the {@code dam} workspace.
     */
    String checkAsset(Object raw, String path, ProblemCollector problems) throws RepositoryException {
        if (!(raw instanceof String key) || !key.startsWith(ASSET_KEY_PREFIX)
                || !UUID.matcher(key.substring(ASSET_KEY_PREFIX.length())).matches()) {
            problems.add(path, "notAnAssetKey");
            return null;
        }
        Optional<Node> found = sessions.nodeByIdentifier(LightModule.DAM, key.substring(ASSET_KEY_PREFIX.length()));
        if (found.isEmpty() || !found.get().isNodeType(ASSET_TYPE)) {
            problems.add(path, "assetNotFound", key);
            return null;
        }
        return key;
    }

    /**
     * Whether following {@code property} from the item {@code startId} of {@code typeName} comes back
     * to {@code selfId}: a parent chain that would loop. Bounded, since stored data may already hold
     * a loop that does not pass through this item.
     */
    boolean leadsBackTo(String typeName, String startId, String property, String selfId) throws RepositoryException {
        ContentTypeDefinition type = module.contentType(typeName)
                .orElseThrow(() -> new IllegalStateException("reference to unknown content type " + typeName));
        String current = startId;
        for (int step = 0; step < 1000 && current != null; step++) {
            if (current.equals(selfId)) {
                return true;
            }
            Optional<Node> node = sessions.nodeByIdentifier(type.workspace(), current);
            if (node.isEmpty()) {
                return false;
            }
            current = node.get().hasProperty(property) && !node.get().getProperty(property).isMultiple()
                    ? node.get().getProperty(property).getString() : null;
        }
        return false;
    }
}
