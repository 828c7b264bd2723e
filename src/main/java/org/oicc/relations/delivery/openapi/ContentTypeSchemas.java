package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.repository.MgnlNames;

import java.util.List;

/**
 * JSON Schemas of content types as the delivery endpoints write their items (Magnolia's node JSON):
 * {@code @name @path @id @nodeType}, every scalar as a string, multiple values as arrays, each i18n
 * property with its {@code <name>_<locale>} variants (present with {@code lang=all}), a multiple
 * submodel as a container node whose entries are keyed by node name, and a reference as either the
 * target's identifier or the expanded target item, as the serving endpoint's {@code references}
 * decide. Objects stay open: Magnolia delivers every stored property, not only the modelled ones.
 *
 * <p>Names in {@code components/schemas}: {@code <type>}, {@code <type>.reference},
 * {@code <type>.<submodel>} (one entry), {@code <type>.<property>} (the container of a multiple
 * submodel), and {@code Node} for any node.
 */
final class ContentTypeSchemas {

    static final String NODE = "Node";
    /** Magnolia's system properties; delivered only by endpoints with {@code includeSystemProperties: true}. */
    private static final List<String> SYSTEM_DATES = List.of(MgnlNames.CREATED, MgnlNames.LAST_MODIFIED, MgnlNames.LAST_ACTIVATED, MgnlNames.DELETED);
    private static final List<String> SYSTEM_TEXTS = List.of(MgnlNames.CREATED_BY, MgnlNames.LAST_MODIFIED_BY, MgnlNames.LAST_ACTIVATED_BY,
            MgnlNames.DELETED_BY, MgnlNames.ACTIVATION_STATUS, MgnlNames.COMMENT, MgnlNames.TEMPLATE);

    private final ContentLocales locales;

    ContentTypeSchemas(ContentLocales locales) {
        this.locales = locales;
    }

    void addAll(Iterable<ContentTypeDefinition> types, ObjectNode schemas) {
        schemas.set(NODE, node("Any node of an endpoint (an item, a folder, a submodel container or entry)."));
        for (ContentTypeDefinition type : types) {
            ObjectNode item = node("An item of content type '" + type.name() + "' (node type " + type.nodeType()
                    + ", workspace " + type.workspace() + ").");
            addProperties(item, type, type.model().properties());
            schemas.set(type.name(), item);
            schemas.set(referenceName(type.name()), reference(type.name()));
            for (PropertyDefinition p : type.model().properties()) {
                if (p.type() instanceof PropertyType.SubModel sub) {
                    SubModelDefinition model = type.model().subModel(sub.name()).orElseThrow();
                    ObjectNode entry = node("One '" + sub.name() + "' entry of a " + type.name() + " (a child node).");
                    addProperties(entry, type, model.properties());
                    schemas.set(type.name() + "." + sub.name(), entry);
                    if (p.multiple()) {
                        ObjectNode container = node("The '" + p.name() + "' child node of a " + type.name()
                                + ": its entries keyed by node name, in the order of @nodes.");
                        container.set("additionalProperties", OpenApiNodes.schemaRef(type.name() + "." + sub.name()));
                        schemas.set(type.name() + "." + p.name(), container);
                    }
                }
            }
        }
    }

    static String referenceName(String type) {
        return type + ".reference";
    }

    /** The schema of one property's value, also used by the relations view. */
    ObjectNode value(ContentTypeDefinition owner, PropertyDefinition p) {
        ObjectNode one;
        if (p.isAsset()) {
            one = OpenApiNodes.schemaRef(AssetSchemas.REFERENCE);
        } else if (p.type() instanceof PropertyType.Scalar scalar) {
            one = scalar(scalar.kind(), p.options());
            if (p.label() != null && !p.label().isBlank()) {
                one.put("title", p.label());
            }
        } else if (p.type() instanceof PropertyType.Reference r) {
            one = OpenApiNodes.schemaRef(referenceName(r.contentType()));
        } else {
            String sub = ((PropertyType.SubModel) p.type()).name();
            // a multiple submodel is one container node, not a JSON array
            return OpenApiNodes.schemaRef(owner.name() + "." + (p.multiple() ? p.name() : sub));
        }
        return p.multiple() ? OpenApiNodes.arrayOf(one) : one;
    }

    static ObjectNode scalar(ValueKind kind, List<String> options) {
        ObjectNode s = OpenApiNodes.string();
        switch (kind) {
            case LONG -> s.put("pattern", "^-?[0-9]+$").put("description", "A whole number, written as a string.");
            case DOUBLE, DECIMAL -> s.put("description", "A decimal number, written as a string.");
            case BOOLEAN -> s.set("enum", OpenApiNodes.array("true", "false"));
            case DATE -> s.put("format", "date-time").put("description", "ISO-8601 with milliseconds and offset.");
            case RICH_TEXT -> s.put("description", "HTML.");
            case ASSET -> s.put("pattern", "^jcr:[0-9a-f-]{36}$").put("description", "A DAM asset's item key; "
                    + "an endpoint with an assetReferenceResolver for the property answers the asset object (Asset) instead.");
            case STRING -> {
                if (!options.isEmpty()) {
                    s.set("enum", OpenApiNodes.array(options.toArray(String[]::new)));
                }
            }
        }
        return s;
    }

    private void addProperties(ObjectNode schema, ContentTypeDefinition owner, List<PropertyDefinition> properties) {
        ObjectNode props = (ObjectNode) schema.get("properties");
        ArrayNode required = (ArrayNode) schema.get("required");
        for (PropertyDefinition p : properties) {
            ObjectNode value = value(owner, p);
            props.set(p.name(), value);
            if (p.required() && !p.isSubModel()) {
                required.add(p.name());
            }
            if (p.i18n() && !p.isSubModel()) {
                for (String locale : locales.translations()) {
                    props.set(locales.propertyName(p.name(), locale), value.deepCopy());
                }
            }
        }
    }

    /** Magnolia's node keys, and the system properties some endpoints include. */
    static ObjectNode node(String description) {
        ObjectNode s = OpenApiNodes.object().put("type", "object").put("description", description);
        s.set("required", OpenApiNodes.array("@name", "@path", "@id", "@nodeType"));
        ObjectNode props = OpenApiNodes.object();
        props.set("@name", OpenApiNodes.string("The node name ('' for the root)."));
        props.set("@path", OpenApiNodes.string("The absolute path in the workspace."));
        props.set("@id", OpenApiNodes.string("The node's identifier (its path when it has none)."));
        props.set("@nodeType", OpenApiNodes.string("The primary node type."));
        for (String date : SYSTEM_DATES) {
            props.set(date, scalar(ValueKind.DATE, List.of()));
        }
        for (String text : SYSTEM_TEXTS) {
            props.set(text, OpenApiNodes.string());
        }
        props.set("@nodes", OpenApiNodes.arrayOf(OpenApiNodes.string()).put("description", "Names of the embedded child nodes, in order."));
        s.set("properties", props);
        // Magnolia delivers every stored property and each embedded child under its name
        s.put("additionalProperties", true);
        return s;
    }

    /**
     * An identifier (not expanded, unresolvable, or where expansion stops at a cycle), or the expanded
     * item. {@code oneOf} of a string and an object: generators make a typed union of it, where the
     * former third shape (an object with only {@code @id}) made Java clients drop every expanded item.
     * No {@code format: uuid}: a stored value that is not a UUID must not fail a whole answer.
     */
    private static ObjectNode reference(String type) {
        ObjectNode s = OpenApiNodes.object().put("description", "A reference to a " + type + ": its identifier, or the item itself"
                + " where the endpoint's references expand it.");
        ArrayNode one = OpenApiNodes.object().arrayNode();
        one.add(OpenApiNodes.string("The identifier of the " + type + "."));
        one.add(OpenApiNodes.schemaRef(type));
        s.set("oneOf", one);
        return s;
    }
}
