package org.oicc.relations.delivery.node;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.List;

/** An endpoint's {@code nodeTypes}/{@code childNodeTypes} test: subtypes match unless {@code strict}. */
public final class NodeTypes {

    private NodeTypes() {
    }

    public static boolean matches(Node node, List<String> types, boolean strict) throws RepositoryException {
        for (String type : types) {
            if (strict ? node.getPrimaryNodeType().getName().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** The same test on a node read before (its snapshot knows every type it is). */
    static boolean matches(NodeSnapshot node, List<String> types, boolean strict) {
        for (String type : types) {
            if (strict ? node.primaryType().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }
}
