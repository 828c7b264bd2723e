package org.oicc.relations.authoring.http;

import org.oicc.relations.repository.StoredPaths;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A node in the shape of Magnolia's Nodes API v1: {@code name, type, path, identifier,
 * properties[{name, type, multiple, values}], nodes[...]}.
 */
final class NodeJson {

    private NodeJson() {
    }

    static void write(JsonGenerator out, Node node, int depth, Set<String> excludedTypes, boolean metadata)
            throws IOException, RepositoryException {
        out.writeStartObject();
        out.writeStringField("name", node.getName());
        out.writeStringField("type", node.getPrimaryNodeType().getName());
        StoredPaths layout = StoredPaths.of(node);
        out.writeStringField("path", layout.client(node));
        out.writeStringField("identifier", node.getIdentifier());
        out.writeArrayFieldStart("properties");
        for (Property p : sorted(node)) {
            boolean system = MgnlNames.isSystem(p.getName());
            if (system && !metadata || p.getType() == PropertyType.BINARY) {
                continue;
            }
            out.writeStartObject();
            out.writeStringField("name", p.getName());
            out.writeStringField("type", PropertyType.nameFromValue(p.getType()));
            out.writeBooleanField("multiple", p.isMultiple());
            out.writeArrayFieldStart("values");
            for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                out.writeString(v.getString());
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        if (depth > 0) {
            out.writeArrayFieldStart("nodes");
            for (Node child : layout.children(node)) {
                // the root's jcr:system (version storage, node types) is the repository's, not content
                if (!JcrPaths.isRepositoryInternal(child.getName())
                        && !excludedTypes.contains(child.getPrimaryNodeType().getName())) {
                    write(out, child, depth - 1, excludedTypes, metadata);
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static List<Property> sorted(Node node) throws RepositoryException {
        List<Property> all = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            all.add(it.nextProperty());
        }
        all.sort(Comparator.comparing(p -> {
            try {
                return p.getName();
            } catch (RepositoryException e) {
                throw new IllegalStateException(e);
            }
        }));
        return all;
    }
}
