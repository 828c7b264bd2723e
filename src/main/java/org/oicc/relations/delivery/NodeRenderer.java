package org.oicc.relations.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a node in Magnolia's delivery JSON, streaming: {@code @name @path @id @nodeType}, the
 * properties, each embedded child as an object, then {@code @nodes}. In a localized answer the
 * plain key carries the translation ({@code title} ← {@code title_ar}), English when there is none,
 * and the suffixed keys are left out; {@code lang=all} writes the keys as stored.
 */
public final class NodeRenderer {

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;

    public NodeRenderer(DeliveryEndpointDefinition endpoint, ContentLocales locales) {
        this.endpoint = endpoint;
        this.locales = locales;
    }

    /** Writes {@code node} with children to the endpoint's depth. */
    public void write(JsonGenerator out, Node node, Language language) throws IOException, RepositoryException {
        write(out, node, language, endpoint.depth());
    }

    private void write(JsonGenerator out, Node node, Language language, int depth) throws IOException, RepositoryException {
        out.writeStartObject();
        out.writeStringField("@name", node.getDepth() == 0 ? "" : node.getName());
        out.writeStringField("@path", node.getPath());
        out.writeStringField("@id", node.isNodeType("mix:referenceable") ? node.getIdentifier() : node.getPath());
        out.writeStringField("@nodeType", node.getPrimaryNodeType().getName());
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            if (shown(property.getName(), language)) {
                writeProperty(out, node, property, language);
            }
        }
        List<String> names = new ArrayList<>();
        if (depth > 0) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (NodeTypes.matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                    out.writeFieldName(child.getName());
                    write(out, child, language, depth - 1);
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

    private boolean shown(String name, Language language) {
        if (name.startsWith("jcr:") || name.startsWith("rep:")) {
            return false; // shown as @id / @nodeType, never as plain keys
        }
        if (name.startsWith("mgnl:")) {
            return endpoint.includeSystemProperties();
        }
        return language.all() || locales.translations().stream().noneMatch(l -> name.endsWith("_" + l));
    }

    private void writeProperty(JsonGenerator out, Node node, Property property, Language language)
            throws IOException, RepositoryException {
        Property source = property;
        if (!language.all() && locales.isTranslation(language.tag())) {
            String translated = property.getName() + "_" + language.tag();
            if (node.hasProperty(translated)) {
                source = node.getProperty(translated);
            }
        }
        if (source.getType() == PropertyType.BINARY) {
            return; // binaries are not delivered inline
        }
        out.writeFieldName(property.getName());
        if (source.isMultiple()) {
            out.writeStartArray();
            for (Value v : source.getValues()) {
                JsonValues.write(out, v);
            }
            out.writeEndArray();
        } else {
            JsonValues.write(out, source.getValue());
        }
    }
}
