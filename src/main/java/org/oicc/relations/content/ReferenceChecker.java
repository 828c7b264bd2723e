package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a reference names an existing item of the target content type: found by identifier in
 * the target type's workspace, under its root path, with exactly its node type. References are
 * stored as plain identifiers (as Magnolia's link fields do), so JCR itself checks nothing.
 * Sessions are opened per target workspace on first use and closed with this checker.
 */
final class ReferenceChecker implements AutoCloseable {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final LightModule module;
    private final SessionProvider sessions;
    private final Side side;
    private final Map<String, Session> open = new HashMap<>();

    ReferenceChecker(LightModule module, SessionProvider sessions, Side side) {
        this.module = module;
        this.sessions = sessions;
        this.side = side;
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
        Node node;
        try {
            node = session(target.workspace()).getNodeByIdentifier(id);
        } catch (ItemNotFoundException e) {
            problems.add(path, "referenceNotFound", targetTypeName, id);
            return null;
        }
        String type = node.getPrimaryNodeType().getName();
        if (!isUnder(node.getPath(), target.datasource().rootPath())) {
            problems.add(path, "referenceNotFound", targetTypeName, id);
            return null;
        }
        if (!type.equals(target.nodeType())) {
            problems.add(path, "referenceWrongType", targetTypeName, id, type);
            return null;
        }
        return id;
    }

    /**
     * Whether following {@code property} from the item {@code startId} of {@code typeName} comes back
     * to {@code selfId}: a parent chain that would loop. Bounded, since stored data may already hold
     * a loop that does not pass through this item.
     */
    boolean leadsBackTo(String typeName, String startId, String property, String selfId) throws RepositoryException {
        ContentTypeDefinition type = module.contentType(typeName)
                .orElseThrow(() -> new IllegalStateException("reference to unknown content type " + typeName));
        Session session = session(type.workspace());
        String current = startId;
        for (int step = 0; step < 1000 && current != null; step++) {
            if (current.equals(selfId)) {
                return true;
            }
            try {
                Node node = session.getNodeByIdentifier(current);
                current = node.hasProperty(property) && !node.getProperty(property).isMultiple()
                        ? node.getProperty(property).getString() : null;
            } catch (ItemNotFoundException | IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    static boolean isUnder(String path, String rootPath) {
        String root = rootPath == null || rootPath.isEmpty() ? "/" : rootPath;
        return root.equals("/") || path.startsWith(root.endsWith("/") ? root : root + "/");
    }

    private Session session(String workspace) throws RepositoryException {
        Session s = open.get(workspace);
        if (s == null) {
            s = sessions.login(side, workspace);
            open.put(workspace, s);
        }
        return s;
    }

    @Override
    public void close() {
        open.values().forEach(Session::logout);
        open.clear();
    }
}
