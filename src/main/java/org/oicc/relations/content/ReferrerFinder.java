package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.SessionScope;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the items that still reference an item. References are plain identifiers, so JCR's own
 * referential integrity does not apply; without this check a delete would leave categories and
 * parents in delivery output pointing at nothing.
 */
final class ReferrerFinder {

    /** Enough to tell the editor where to look; the full list could be long. */
    static final int LIMIT = 10;

    private final LightModule module;
    private final SessionScope sessions;

    /** @param sessions the author sessions of the delete that asks */
    ReferrerFinder(LightModule module, SessionScope sessions) {
        this.module = module;
        this.sessions = sessions;
    }

    /** "organization alecso" for each referring item (other than the item itself), at most {@link #LIMIT}. */
    Set<String> referrers(ContentTypeDefinition target, String id) throws RepositoryException {
        Set<String> out = new LinkedHashSet<>();
        for (ContentTypeDefinition source : module.allContentTypes()) {
            for (PropertyDefinition p : source.model().referenceProperties()) {
                if (references(p, target)) {
                    // the item's own properties are on the item node, a submodel's on its entries
                    String nodeType = source.model().properties().contains(p) ? source.nodeType() : NodeWriter.ENTRY_TYPE;
                    collect(sessions.session(source.workspace()), source, nodeType, p.name(), id, out);
                }
            }
        }
        return out;
    }

    /** "organization iula" for each item whose {@code asset} property holds the key, at most {@link #LIMIT}. */
    Set<String> assetReferrers(String key) throws RepositoryException {
        Set<String> out = new LinkedHashSet<>();
        for (ContentTypeDefinition source : module.allContentTypes()) {
            for (PropertyDefinition p : source.model().assetProperties()) {
                String nodeType = source.model().properties().contains(p) ? source.nodeType() : NodeWriter.ENTRY_TYPE;
                collect(sessions.session(source.workspace()), source, nodeType, p.name(), key, out);
            }
        }
        return out;
    }

    private static boolean references(PropertyDefinition p, ContentTypeDefinition target) {
        return p.type() instanceof PropertyType.Reference r && r.contentType().equals(target.name());
    }

    private static void collect(Session session, ContentTypeDefinition source, String nodeType, String property,
                                String id, Set<String> out) throws RepositoryException {
        // names come from checked definitions, the id is bound: nothing from the request is spliced in
        Query q = session.getWorkspace().getQueryManager().createQuery(
                "SELECT * FROM [" + nodeType + "] AS n WHERE n.[" + property + "] = $id", Query.JCR_SQL2);
        q.bindValue("id", session.getValueFactory().createValue(id));
        for (NodeIterator it = q.execute().getNodes(); it.hasNext() && out.size() < LIMIT; ) {
            Node item = itemOf(it.nextNode(), source);
            if (item != null && !item.getIdentifier().equals(id)) {
                out.add(source.name() + " " + item.getName());
            }
        }
    }

    /** The item a submodel entry belongs to: its nearest ancestor of the item node type. */
    private static Node itemOf(Node node, ContentTypeDefinition source) throws RepositoryException {
        for (Node n = node; n.getDepth() > 0; n = n.getParent()) {
            if (n.getPrimaryNodeType().getName().equals(source.nodeType())
                    && JcrPaths.isBelow(n.getPath(), source.datasource().rootPath())) {
                return n;
            }
        }
        return null;
    }
}
