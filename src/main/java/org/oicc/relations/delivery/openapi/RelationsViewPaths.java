package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.delivery.relations.RelationsModel;

import java.util.List;
import java.util.Optional;

/**
 * The path and schemas of a relations view (extension {@code oiccRelationsView_v1}), in the shape
 * {@link org.oicc.relations.delivery.relations.RelationsViewHandler} writes; each field's schema comes from the
 * content type that holds it, with its {@code _<locale>} variants for {@code lang=all}. Schema names
 * start with the view's path in camel case ({@code deliveryRelationsV1.category}).
 */
final class RelationsViewPaths {

    private final ContentLocales locales;
    private final ContentTypeSchemas types;
    private final int maxLimit;

    /** @param maxLimit the server's cap: the most entries per category, and the default */
    RelationsViewPaths(ContentLocales locales, ContentTypeSchemas types, int maxLimit) {
        this.locales = locales;
        this.types = types;
        this.maxLimit = maxLimit;
    }

    void add(RelationsViewDefinition view, RelationsModel model, ObjectNode paths, ObjectNode schemas) {
        String base = OpenApiNodes.camel(view.path());
        ObjectNode organization = object(List.of("@name", "@path", "@id"));
        addFields(organization, model.organizations(), view.organizationFields());
        schemas.set(base + ".organization", organization);

        ObjectNode entryAim = object(List.of("@id"));
        addFields(entryAim, model.aims(), view.entryAimFields());
        schemas.set(base + ".entryAim", entryAim);

        ObjectNode entry = object(List.of());
        props(entry).set("organization", OpenApiNodes.schemaRef(base + ".organization"));
        required(entry).add("organization");
        for (String field : view.entryFields()) {
            model.entryProperty(field).ifPresent(p -> addField(entry, model.organizations(), p));
        }
        if (view.aimsProperty() != null) {
            props(entry).set(view.aimsProperty(), OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(base + ".entryAim"))
                    .put("description", "The items of '" + model.aims().name() + "' this entry serves, in the entry's order."));
        }
        schemas.set(base + ".entry", entry);

        ObjectNode category = object(List.of("@name", "@path", "@id"));
        addFields(category, model.categories(), view.categoryFields());
        props(category).set("entries", OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(base + ".entry"))
                .put("description", order(view, "the entry's")));
        required(category).add("entries");
        props(category).set("total", OpenApiNodes.object().put("type", "integer").put("minimum", 0)
                .put("description", "How many entries the category has in all. Present with category=, and on any"
                        + " category whose entries are not all in this answer."));
        props(category).set("offset", OpenApiNodes.object().put("type", "integer").put("minimum", 0)
                .put("description", "Index of the first entry answered (with total)."));
        props(category).set("limit", OpenApiNodes.object().put("type", "integer").put("minimum", 1)
                .put("description", "The most entries answered (with total)."));
        props(category).set("next", OpenApiNodes.string().put("format", "uri-reference")
                .put("description", "Server-relative URL of the following page of this category's entries, while"
                        + " entries remain."));
        schemas.set(base + ".category", category);

        ObjectNode aim = object(List.of("@name", "@path", "@id"));
        addFields(aim, model.aims(), view.aimFields());
        schemas.set(base + ".aim", aim);

        ObjectNode answer = OpenApiNodes.object().put("type", "object");
        answer.set("required", OpenApiNodes.array("categories", "aims"));
        ObjectNode top = OpenApiNodes.object();
        top.set("categories", OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(base + ".category")).put("description", order(view, "the category's")));
        top.set("aims", OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(base + ".aim")).put("description", order(view, "the aim's")));
        answer.set("properties", top);
        answer.put("additionalProperties", false);
        schemas.set(base, answer);

        ObjectNode get = OpenApiNodes.object().put("operationId", base).put("summary", "The relations page in one answer")
                .put("description", "Extension beyond Magnolia (" + RelationsViewDefinition.TYPE + "): the categories of '"
                        + model.categories().name() + "' with their entries from '" + model.organizations().name()
                        + "' and the items of '" + model.aims().name() + "', all in page order. Absent properties are left"
                        + " out; values are strings; dates are plain days. Each category answers at most " + maxLimit
                        + " entries; one answered in part says so (total, offset, limit, next). category=<name> with"
                        + " offset and limit pages one category's entries (a 404 for an unknown category); any other"
                        + " query parameter is a 400; the view has no sub-paths (404).");
        get.set("tags", OpenApiNodes.array(view.path()));
        ArrayNode params = Components.parameterRefs("lang", "acceptLanguage", "ifNoneMatch", "ifModifiedSince");
        params.add(Components.parameter("category", "query", OpenApiNodes.string().put("pattern", "^[A-Za-z0-9_.:-]{1,100}$"),
                "Only this category (its node name, e.g. membership), with total, offset, limit and next."));
        params.add(Components.parameter("offset", "query", OpenApiNodes.object().put("type", "integer").put("minimum", 0)
                .put("maximum", 999_999_999).put("default", 0), "Index of the first entry of the category (with category only)."));
        params.add(Components.parameter("limit", "query", OpenApiNodes.object().put("type", "integer").put("minimum", 1)
                .put("maximum", maxLimit).put("default", maxLimit),
                "Entries per category: " + maxLimit + " unless given, at most " + maxLimit + " (the server's cap; with category only)."));
        get.set("parameters", params);
        get.set("responses", DeliveryPaths.responses(Components.ok("The relations page's data.", OpenApiNodes.schemaRef(base)), true));
        paths.set("/" + view.path(), DeliveryPaths.pathItem(get));
    }

    private static String order(RelationsViewDefinition view, String whose) {
        return view.orderBy() == null ? "In stored order." : "In page order (" + whose + " " + view.orderBy() + ").";
    }

    private static ObjectNode object(List<String> identity) {
        ObjectNode s = OpenApiNodes.object().put("type", "object");
        s.set("required", OpenApiNodes.array(identity.toArray(String[]::new)));
        ObjectNode props = OpenApiNodes.object();
        for (String key : identity) {
            props.set(key, OpenApiNodes.string());
        }
        s.set("properties", props);
        // the view writes exactly these keys, so a stray one is a bug worth catching
        s.put("additionalProperties", false);
        return s;
    }

    private void addFields(ObjectNode schema, ContentTypeDefinition type, List<String> fields) {
        for (String field : fields) {
            RelationsModel.property(type, field).ifPresent(p -> addField(schema, type, p));
        }
    }

    private void addField(ObjectNode schema, ContentTypeDefinition type, PropertyDefinition p) {
        ObjectNode value = fieldValue(type, p);
        props(schema).set(p.name(), value);
        if (p.required()) {
            required(schema).add(p.name());
        }
        if (p.i18n()) {
            for (String locale : locales.translations()) {
                props(schema).set(locales.propertyName(p.name(), locale), value.deepCopy());
            }
        }
    }

    /** As in the delivery endpoints, except that a date is a plain day and a reference stays an identifier. */
    private ObjectNode fieldValue(ContentTypeDefinition type, PropertyDefinition p) {
        Optional<ValueKind> kind = p.type() instanceof PropertyType.Scalar s ? Optional.of(s.kind()) : Optional.empty();
        if (kind.isPresent() && kind.get() == ValueKind.DATE) {
            ObjectNode day = OpenApiNodes.string().put("format", "date");
            return p.multiple() ? OpenApiNodes.arrayOf(day) : day;
        }
        if (p.type() instanceof PropertyType.Reference) {
            ObjectNode id = OpenApiNodes.string().put("format", "uuid");
            return p.multiple() ? OpenApiNodes.arrayOf(id) : id;
        }
        return types.value(type, p);
    }

    private static ObjectNode props(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    private static ArrayNode required(ObjectNode schema) {
        return (ArrayNode) schema.get("required");
    }
}
