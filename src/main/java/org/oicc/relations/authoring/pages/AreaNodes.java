package org.oicc.relations.authoring.pages;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.List;

/**
 * The children of a page's {@code mgnl:area} as {@link PageStructure} changes them: its components in
 * JCR order (the order on the page; children of other node types are not components), where one
 * stands, and the name a new one gets.
 */
final class AreaNodes {

    private AreaNodes() {
    }

    static List<Node> components(Node area) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            Node n = it.nextNode();
            if (n.isNodeType(MgnlNames.COMPONENT)) {
                out.add(n);
            }
        }
        return out;
    }

    static int indexOf(List<Node> nodes, Node node) throws RepositoryException {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isSame(node)) {
                return i;
            }
        }
        return -1;
    }

    /** Two digits after the highest numbered child, as the seed names them ({@code 00}, {@code 01}, …). */
    static String freeName(Node area) throws RepositoryException {
        int max = -1;
        for (NodeIterator it = area.getNodes(); it.hasNext();) {
            String name = it.nextNode().getName();
            if (name.matches("[0-9]{1,6}")) {
                max = Math.max(max, Integer.parseInt(name));
            }
        }
        String name = String.format(java.util.Locale.ROOT, "%02d", max + 1);
        return area.hasNode(name) ? name + "-" + System.nanoTime() : name;
    }
}
