package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * What belongs to an item when it travels alone: its content children (areas, components, submodel
 * entries) but not child items (sub-pages, items in a folder), which are published on their own.
 */
final class ItemTree {

    private ItemTree() {
    }

    static boolean isItem(Node node) {
        try {
            return node.isNodeType(MgnlNames.CONTENT) || node.isNodeType(MgnlNames.FOLDER);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the type of " + node, e);
        }
    }

    static boolean isPartOfItem(Node child) {
        return !isItem(child);
    }
}
