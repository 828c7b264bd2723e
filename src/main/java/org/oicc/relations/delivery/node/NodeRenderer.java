package org.oicc.relations.delivery.node;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionScope;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a node in Magnolia's delivery JSON, streaming: {@code @name @path @id @nodeType}
 * ({@code @link} after them on an expanded reference with {@code generateLink}), the properties
 * ({@link PropertyWriter}: model order, i18n, references), each embedded child as an object keyed by
 * its name, then {@code @nodes} listing those children. A node without {@code jcr:uuid} has its
 * path as {@code @id}; at the endpoint's {@code depth} {@code @nodes} is {@code []}. Expanded
 * references ({@link ReferenceExpander}) are written by the same code with no children.
 *
 * <p>One renderer per endpoint, shared by all requests; the per-answer state (language, sessions,
 * expansion chain) travels in a {@link ExpansionChain}.
 */
public final class NodeRenderer {

    private final DeliveryEndpointDefinition endpoint;
    private final LightModule module;
    private final PropertyWriter properties;

    /**
     * @param module the light module whose content types give the property order and whose
     *               endpoints give {@code @link}s
     */
    public NodeRenderer(DeliveryEndpointDefinition endpoint, LightModule module, ContentLocales locales) {
        this.endpoint = Objects.requireNonNull(endpoint);
        this.module = Objects.requireNonNull(module);
        ReferenceExpander references = new ReferenceExpander(endpoint, new ReferenceLinks(module));
        this.properties = new PropertyWriter(endpoint, locales, references);
    }

    /**
     * Writes {@code node} with children to the endpoint's depth.
     *
     * @param sessions the answer's sessions, also used to resolve references
     */
    public void write(JsonGenerator out, Node node, Language language, SessionScope sessions)
            throws IOException, RepositoryException {
        ExpansionChain rendering = new ExpansionChain(language, sessions, id(node));
        write(out, node, model(node), endpoint.depth(), null, rendering);
    }

    private void write(JsonGenerator out, Node node, NodeModel model, int depth, String link, ExpansionChain rendering)
            throws IOException, RepositoryException {
        out.writeStartObject();
        out.writeStringField("@name", node.getDepth() == 0 ? "" : node.getName());
        out.writeStringField("@path", node.getPath());
        out.writeStringField("@id", id(node));
        out.writeStringField("@nodeType", node.getPrimaryNodeType().getName());
        if (link != null) {
            out.writeStringField("@link", link);
        }
        properties.write(out, node, model, rendering, this::writeReferenced);
        List<String> names = new ArrayList<>();
        if (depth > 0) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (NodeTypes.matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                    out.writeFieldName(child.getName());
                    write(out, child, model.child(child.getName()), depth - 1, null, rendering);
                    names.add(child.getName());
                }
            }
        }
        out.writeArrayFieldStart("@nodes");
        for (String name : names) {
            out.writeString(name);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** A referenced node: its own properties and references, no children (Magnolia's default). */
    private void writeReferenced(JsonGenerator out, Node target, String link, ExpansionChain rendering)
            throws IOException, RepositoryException {
        write(out, target, model(target), 0, link, rendering);
    }

    private NodeModel model(Node node) throws RepositoryException {
        return NodeModel.of(module, node);
    }

    private static String id(Node node) throws RepositoryException {
        return node.isNodeType("mix:referenceable") ? node.getIdentifier() : node.getPath();
    }
}
