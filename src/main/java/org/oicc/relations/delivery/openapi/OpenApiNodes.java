package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders for the OpenAPI tree, so the generators read like the document they write. */
final class OpenApiNodes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiNodes() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(String... values) {
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static ObjectNode ref(String component, String name) {
        return object().put("$ref", "#/components/" + component + "/" + name);
    }

    static ObjectNode schemaRef(String name) {
        return ref("schemas", name);
    }

    static ObjectNode string() {
        return object().put("type", "string");
    }

    static ObjectNode string(String description) {
        return string().put("description", description);
    }

    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode a = object().put("type", "array");
        a.set("items", items);
        return a;
    }

    /** A JSON body of the given schema. */
    static ObjectNode jsonContent(ObjectNode schema) {
        ObjectNode media = object();
        media.set("schema", schema);
        ObjectNode content = object();
        content.set("application/json", media);
        return content;
    }

    /** {@code ab-cd/ef_v1} → {@code abCdEfV1}: operation ids and component names from endpoint paths. */
    static String camel(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        return out.toString();
    }
}
