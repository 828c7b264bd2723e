package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.JcrPaths;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The nodes a publication deals in: which paths are items, which come along, and the YAML that travels. */
final class PublishedNodes {

    /** What every published item becomes on the author, so that each publication leaves a version. */
    static final String VERSIONABLE = "mix:versionable";

    private PublishedNodes() {
    }

    static void gather(Node node, boolean recursive, List<Node> out) throws RepositoryException {
        out.add(node);
        if (recursive) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (ItemTree.isItem(child)) {
                    gather(child, true, out);
                }
            }
        }
    }

    /**
     * The item at the path: a node of the item kind ({@code mgnl:content} or a folder), never the
     * repository's own nodes ({@code jcr:system}) nor a part of an item on its own (an entry such
     * as {@code /iula/relationships/0} travels with its item).
     */
    static Node existing(Session session, String workspace, String path) throws PublicationException, RepositoryException {
        if (path == null || !path.startsWith("/") || path.contains("..") || "/".equals(path) || JcrPaths.isRepositoryInternal(path)
                || !session.nodeExists(StoredPaths.of(session).stored(path)) || !ItemTree.isItem(session.getNode(StoredPaths.of(session).stored(path)))) {
            throw noItem(workspace, path);
        }
        return session.getNode(StoredPaths.of(session).stored(path));
    }

    static PublicationException noItem(String workspace, String path) {
        return new PublicationException(PublicationException.Reason.NOT_FOUND, "no item " + path + " in " + workspace,
                List.of(workspace + ":" + path));
    }

    static byte[] export(Node item) throws RepositoryException {
        StringWriter out = new StringWriter();
        try {
            new BootstrapExporter(ItemTree::isPartOfItem, Set.of(VERSIONABLE)).write(item, out);
        } catch (IOException e) {
            throw new RepositoryException("cannot export " + item.getPath(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
