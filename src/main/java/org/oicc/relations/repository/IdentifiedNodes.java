package org.oicc.relations.repository;

import org.apache.jackrabbit.core.NodeImpl;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Adds a node that keeps an identifier given from outside (an import line's {@code identifier}), so
 * other lines and stored items can reference it. JCR has no API for that outside XML import;
 * Jackrabbit's own node class has one, which is what both the standalone repository and Magnolia run.
 */
public final class IdentifiedNodes {

    private IdentifiedNodes() {
    }

    /**
     * @param identifier the {@code jcr:uuid} to keep, or null to let the repository choose one
     * @throws RepositoryException when the repository is not Jackrabbit and an identifier is asked for
     */
    public static Node add(Node parent, String name, String nodeType, String identifier) throws RepositoryException {
        if (identifier == null) {
            return parent.addNode(name, nodeType);
        }
        if (parent instanceof NodeImpl jackrabbit) {
            return jackrabbit.addNodeWithUuid(name, nodeType, identifier);
        }
        throw new RepositoryException("this repository cannot create a node with a given identifier");
    }
}
