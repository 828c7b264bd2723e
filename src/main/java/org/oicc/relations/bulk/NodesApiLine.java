package org.oicc.relations.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON Lines item, in the body the Nodes API v1 takes for a PUT:
 * {@code {"name", "type", "identifier"?, "properties":[{name, type, multiple, values}], "nodes":[...]}}.
 * The {@code type} (node type) picks the content type and so the workspace; each child node names a
 * submodel of that type ({@code relationships}), whose own child nodes are its entries in order.
 * This only reshapes the JSON into the content service's input: whether the values are right is the
 * content service's check, the same as for every other write.
 */
record NodesApiLine(ContentTypeDefinition type, String name, String identifier, ItemInput input) {

    /** A line that cannot even be read as an item; the message says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Finds content types by node type ({@code oicc:organization}). */
    static final class Types {
        private final Map<String, ContentTypeDefinition> byNodeType = new LinkedHashMap<>();

        Types(LightModule module) {
            for (ContentTypeDefinition t : module.allContentTypes()) {
                byNodeType.putIfAbsent(t.nodeType(), t);
            }
        }

        Optional<ContentTypeDefinition> of(String nodeType) {
            return Optional.ofNullable(byNodeType.get(nodeType));
        }

        String known() {
            return String.join(", ", byNodeType.keySet());
        }
    }

    /** The name as far as the line gives it, for a rejection of a line that does not parse as an item. */
    static String nameOf(JsonNode line) {
        JsonNode name = line == null ? null : line.get("name");
        return name != null && name.isTextual() ? name.asText() : null;
    }

    static NodesApiLine parse(JsonNode line, Types types) throws Unreadable {
        if (line == null || !line.isObject()) {
            throw new Unreadable("a line must be one JSON object {\"name\", \"type\", \"properties\", \"nodes\"}");
        }
        String name = text(line, "name");
        String nodeType = text(line, "type");
        ContentTypeDefinition type = types.of(nodeType).orElseThrow(() -> new Unreadable(
                "type '" + nodeType + "' is the node type of no content type (known: " + types.known() + ")"));
        JsonNode id = line.get("identifier");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw new Unreadable("'identifier' must be a text (a UUID)");
        }
        Map<String, Object> values = properties(line, "");
        JsonNode nodes = list(line, "nodes", "");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode child = nodes.get(i);
            String where = "nodes[" + i + "]";
            String childName = child.isObject() ? text(child, "name") : "";
            PropertyDefinition def = type.model().property(childName).filter(PropertyDefinition::isSubModel)
                    .orElseThrow(() -> new Unreadable(where + ": '" + childName + "' is no submodel of " + type.name()));
            if (values.containsKey(def.name())) {
                throw new Unreadable(where + ": '" + def.name() + "' is given twice");
            }
            values.put(def.name(), def.multiple() ? entries(child, where) : entry(child, where));
        }
        return new NodesApiLine(type, name, id == null || id.isNull() ? null : id.asText(), new ItemInput(values));
    }

    private static List<Object> entries(JsonNode list, String where) throws Unreadable {
        List<Object> out = new ArrayList<>();
        JsonNode nodes = list(list, "nodes", where + ".");
        for (int i = 0; i < nodes.size(); i++) {
            out.add(entry(nodes.get(i), where + ".nodes[" + i + "]"));
        }
        return out;
    }

    private static Map<String, Object> entry(JsonNode node, String where) throws Unreadable {
        if (!node.isObject()) {
            throw new Unreadable(where + ": must be an object {\"name\", \"type\", \"properties\"}");
        }
        if (list(node, "nodes", where + ".").size() > 0) {
            throw new Unreadable(where + ": a submodel entry has no child nodes");
        }
        return properties(node, where + ".");
    }

    /** As the Nodes API reads them: values are texts; {@code multiple: false} takes at most one. */
    private static Map<String, Object> properties(JsonNode node, String where) throws Unreadable {
        Map<String, Object> values = new LinkedHashMap<>();
        JsonNode props = list(node, "properties", where);
        for (int i = 0; i < props.size(); i++) {
            JsonNode p = props.get(i);
            String at = where + "properties[" + i + "]";
            JsonNode given = p.path("values");
            if (!p.isObject() || !p.path("name").isTextual() || p.path("name").asText().isEmpty() || !given.isArray()) {
                throw new Unreadable(at + ": every property needs a 'name' and a 'values' list");
            }
            String name = p.get("name").asText();
            if (values.containsKey(name)) {
                throw new Unreadable(at + ": property '" + name + "' is given twice");
            }
            List<Object> list = new ArrayList<>();
            given.forEach(v -> list.add(v.isTextual() ? v.asText() : v.toString()));
            if (p.path("multiple").asBoolean(false)) {
                values.put(name, list);
            } else if (list.size() > 1) {
                throw new Unreadable(at + ": property '" + name + "' has several values but is not marked multiple");
            } else {
                values.put(name, list.isEmpty() ? null : list.get(0));
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) throws Unreadable {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new Unreadable("'" + field + "' must be a text");
        }
        return v.asText();
    }

    private static JsonNode list(JsonNode node, String field, String where) throws Unreadable {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw new Unreadable(where + "'" + field + "' must be a list");
        }
        return v;
    }
}
