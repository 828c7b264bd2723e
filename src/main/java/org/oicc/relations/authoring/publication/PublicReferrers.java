package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public items and pages that refer to an item: what an unpublication would leave pointing at
 * nothing on the public site (a parent organization gone from its child's page, a category gone from
 * the relations page). The editor is warned and named them before confirming. Read on the author
 * side, keeping the referrers that are published (their activation status): the author knows every
 * subscriber's content, a public instance may be remote.
 */
public final class PublicReferrers {

    /** Enough to show the editor where the item is used; the warning says when there are more. */
    public static final int LIMIT = 20;

    /**
     * One referrer.
     *
     * @param contentType its content type's name, or null for a page of the {@code website} workspace
     * @param title       its title in the default language (or its node name)
     */
    public record Referrer(String workspace, String path, String contentType, String name, String title) {
    }

    private final LightModule module;
    private final SessionProvider sessions;

    public PublicReferrers(LightModule module, SessionProvider sessions) {
        this.module = module;
        this.sessions = sessions;
    }

    /** The published referrers of the item at {@code path} of {@code workspace}, at most {@link #LIMIT}. */
    public List<Referrer> of(String workspace, String path) throws RepositoryException {
        String id;
        Session own = sessions.login(Side.AUTHOR, workspace);
        try {
            if (!own.nodeExists(StoredPaths.of(own).stored(path))) {
                return List.of();
            }
            id = own.getNode(StoredPaths.of(own).stored(path)).getIdentifier();
        } finally {
            own.logout();
        }
        Map<String, Referrer> out = new LinkedHashMap<>();
        ContentTypeDefinition target = module.contentTypeOfWorkspace(workspace).orElse(null);
        for (ContentTypeDefinition source : module.allContentTypes()) {
            for (PropertyDefinition p : source.model().referenceProperties()) {
                if (target != null && p.type() instanceof PropertyType.Reference r && r.contentType().equals(target.name())) {
                    collect(source.workspace(), p.name(), id, source, out);
                }
            }
        }
        for (EndpointDefinition e : module.endpoints().values()) {
            if (e instanceof DeliveryEndpointDefinition d && LightModule.WEBSITE.equals(d.workspace())) {
                for (ReferenceDefinition r : d.references()) {
                    // a rule names its properties by a pattern; a plain name is one property to query
                    if (r.targetWorkspace().equals(workspace) && r.propertyName().pattern().matches("[A-Za-z][A-Za-z0-9_]*")) {
                        collect(LightModule.WEBSITE, r.propertyName().pattern(), id, null, out);
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private void collect(String workspace, String property, String id, ContentTypeDefinition source, Map<String, Referrer> out)
            throws RepositoryException {
        if (out.size() >= LIMIT) {
            return;
        }
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            // the property name comes from checked definitions, the identifier is bound
            Query q = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [nt:base] AS n WHERE n.[" + property + "] = $id", Query.JCR_SQL2);
            q.bindValue("id", session.getValueFactory().createValue(id));
            for (NodeIterator it = q.execute().getNodes(); it.hasNext() && out.size() < LIMIT; ) {
                Node item = owner(it.nextNode(), source == null ? MgnlNames.PAGE : source.nodeType());
                if (item == null || item.getIdentifier().equals(id) || !published(item)) {
                    continue;
                }
                String title = title(item, source);
                out.putIfAbsent(workspace + ":" + StoredPaths.of(item).client(item), new Referrer(workspace, StoredPaths.of(item).client(item),
                        source == null ? null : source.name(), item.getName(), title));
            }
        } finally {
            session.logout();
        }
    }

    /** The item (or page) a matching node belongs to: itself or its nearest ancestor of that node type. */
    private static Node owner(Node node, String nodeType) throws RepositoryException {
        for (Node n = node; n.getDepth() > 0; n = n.getParent()) {
            if (n.isNodeType(nodeType)) {
                return n;
            }
        }
        return null;
    }

    private static boolean published(Node item) throws RepositoryException {
        return item.hasProperty(MgnlNames.ACTIVATION_STATUS) && item.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean();
    }

    /** The first plain text property of the type (the page's {@code title}), else the node name. */
    private static String title(Node item, ContentTypeDefinition source) throws RepositoryException {
        String property = source == null ? "title" : source.model().properties().stream()
                .filter(p -> !p.isSubModel() && !p.isReference() && !p.multiple()).map(PropertyDefinition::name)
                .findFirst().orElse("title");
        if (item.hasProperty(property) && !item.getProperty(property).isMultiple()) {
            String value = item.getProperty(property).getString();
            if (!value.isBlank()) {
                return value;
            }
        }
        return item.getName();
    }
}
