package org.oicc.relations.delivery.node;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionScope;

import javax.jcr.InvalidItemStateException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
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
 * <p>Every node is written from its {@link NodeSnapshot}, taken from the site's
 * {@link NodeSnapshots} while its workspace is unchanged or read from the repository: the JSON is
 * made anew for every answer, the repository is read only for what changed.
 *
 * <p>One renderer per endpoint, shared by all requests; the per-answer state (language, sessions,
 * expansion chain) travels in a {@link ExpansionChain}.
 */
public final class NodeRenderer {

    private static final SerializedString NAME = new SerializedString("@name");
    private static final SerializedString PATH = new SerializedString("@path");
    private static final SerializedString ID = new SerializedString("@id");
    private static final SerializedString TYPE = new SerializedString("@nodeType");
    private static final SerializedString LINK = new SerializedString("@link");
    private static final SerializedString NODES = new SerializedString("@nodes");

    private final DeliveryEndpointDefinition endpoint;
    private final NodeSnapshots snapshots;
    private final PropertyWriter properties;

    /** A renderer that reads every node afresh for every answer. */
    public NodeRenderer(DeliveryEndpointDefinition endpoint, LightModule module, ContentLocales locales) {
        this(endpoint, module, locales, NodeSnapshots.uncached(module));
    }

    /**
     * @param module the light module whose content types give the property order and whose
     *               endpoints give {@code @link}s
     * @param snapshots the nodes kept between answers (shared by the side's endpoints)
     */
    public NodeRenderer(DeliveryEndpointDefinition endpoint, LightModule module, ContentLocales locales, NodeSnapshots snapshots) {
        this.endpoint = Objects.requireNonNull(endpoint);
        this.snapshots = Objects.requireNonNull(snapshots);
        ReferenceExpander references = new ReferenceExpander(endpoint, new ReferenceLinks(module), snapshots);
        this.properties = new PropertyWriter(endpoint, locales, references);
    }

    /**
     * Writes {@code node} with children to the endpoint's depth.
     *
     * @param sessions the answer's sessions, also used to resolve references
     */
    public void write(JsonGenerator out, Node node, Language language, SessionScope sessions)
            throws IOException, RepositoryException {
        write(out, snapshots.of(node, endpoint.depth() > 0), language, sessions);
    }

    /**
     * Writes the node at an absolute path of the endpoint's workspace, with children to the
     * endpoint's depth: the read-node answer.
     *
     * @throws PathNotFoundException when there is no such node, or (below the root) it is of
     *         none of the endpoint's node types and child node types
     */
    public void writeAt(JsonGenerator out, String path, Language language, SessionScope sessions)
            throws IOException, RepositoryException {
        NodeSnapshot node = snapshots.atPath(sessions, endpoint.workspace(), path, endpoint.depth());
        if (!"/".equals(node.path()) && !NodeTypes.matches(node, endpoint.nodeTypes(), endpoint.strict())
                && !NodeTypes.matches(node, endpoint.childNodeTypes(), endpoint.strict())) {
            throw new PathNotFoundException(path);
        }
        write(out, node, language, sessions);
    }

    /**
     * Writes the node at an absolute path of the endpoint's workspace, with children to the
     * endpoint's depth, from its kept snapshot when there is one: a query result. No node-type
     * check (the query chose it).
     *
     * @return false, writing nothing, when there is no node at {@code path} (removed since the query)
     */
    public boolean writeIfPresent(JsonGenerator out, String path, Language language, SessionScope sessions)
            throws IOException, RepositoryException {
        NodeSnapshot node;
        try {
            node = snapshots.atPath(sessions, endpoint.workspace(), path, endpoint.depth());
        } catch (PathNotFoundException e) {
            return false;
        }
        write(out, node, language, sessions);
        return true;
    }

    private void write(JsonGenerator out, NodeSnapshot node, Language language, SessionScope sessions)
            throws IOException, RepositoryException {
        ExpansionChain rendering = new ExpansionChain(language, sessions, node.id());
        write(out, node, node.model(), endpoint.depth(), null, rendering);
    }

    private void write(JsonGenerator out, NodeSnapshot node, NodeModel model, int depth, String link, ExpansionChain rendering)
            throws IOException, RepositoryException {
        out.writeStartObject();
        out.writeFieldName(NAME);
        out.writeString(node.jsonName());
        out.writeFieldName(PATH);
        out.writeString(node.jsonPath());
        out.writeFieldName(ID);
        out.writeString(node.jsonId());
        out.writeFieldName(TYPE);
        out.writeString(node.jsonType());
        if (link != null) {
            out.writeFieldName(LINK);
            out.writeString(link);
        }
        properties.write(out, node, model, rendering, this::writeReferenced);
        List<SerializedString> names = null;
        if (depth > 0) {
            for (String childPath : node.childPaths()) {
                NodeSnapshot child = child(node, childPath, depth - 1, rendering);
                if (NodeTypes.matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                    out.writeFieldName(child.jsonName());
                    write(out, child, model.child(child.name()), depth - 1, null, rendering);
                    if (names == null) {
                        names = new ArrayList<>();
                    }
                    names.add(child.jsonName());
                }
            }
        }
        out.writeFieldName(NODES);
        out.writeStartArray();
        if (names != null) {
            for (SerializedString name : names) {
                out.writeString(name);
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * A child listed by its parent's snapshot. Gone by now means a save came between the two
     * reads: the answer is rendered again, as when a live read meets a replaced item.
     */
    private NodeSnapshot child(NodeSnapshot parent, String path, int depth, ExpansionChain rendering)
            throws RepositoryException {
        try {
            return snapshots.atPath(rendering.sessions(), parent.workspace(), path, depth);
        } catch (PathNotFoundException e) {
            throw new InvalidItemStateException("child " + path + " went away while the answer was written");
        }
    }

    /** A referenced node: its own properties and references, no children (Magnolia's default). */
    private void writeReferenced(JsonGenerator out, NodeSnapshot target, String link, ExpansionChain rendering)
            throws IOException, RepositoryException {
        write(out, target, target.model(), 0, link, rendering);
    }
}
