package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.delivery.query.QueryFields;

import java.util.List;
import java.util.Optional;

/**
 * The three paths of one {@code jcrDeliveryEndpoint_v2}: the query ({@code /<endpoint>}), read node
 * ({@code /<endpoint>/{path}}) and children ({@code /<endpoint>/{path}@nodes}; the {@code @nodes}
 * is a literal suffix of the last segment, which path templating allows as it allows
 * {@code /report.{format}}). Filters are one {@code style: deepObject} parameter per property of
 * the endpoint's content type, so {@code {"title":{"eq":"x"}}} is sent as {@code title[eq]=x}.
 */
final class DeliveryPaths {

    static final String CHILDREN = "@nodes";

    private final LightModule module;
    private final ContentLocales locales;
    private final int maxLimit;

    DeliveryPaths(LightModule module, ContentLocales locales, int maxLimit) {
        this.module = module;
        this.locales = locales;
        this.maxLimit = maxLimit;
    }

    void add(DeliveryEndpointDefinition endpoint, ObjectNode paths, ObjectNode schemas) {
        Optional<ContentTypeDefinition> type = contentType(endpoint);
        String item = type.map(ContentTypeDefinition::name).orElse(ContentTypeSchemas.NODE);
        String page = item + ".page";
        schemas.set(page, page(item));
        String base = "/" + endpoint.path();
        String id = OpenApiNodes.camel(endpoint.path());
        String about = describe(endpoint, type);

        QueryFields fields = QueryFields.of(type.orElse(null), locales, endpoint.orderBy());
        ObjectNode query = operation(endpoint, id + "Query", "Query " + endpoint.path(), about
                + " System properties filter too: " + String.join(", ", fields.systemFilters()) + ".");
        ArrayNode params = Components.parameterRefs("lang", "acceptLanguage", "ifNoneMatch", "ifModifiedSince", "offset");
        int defaultLimit = Math.min(endpoint.limit(), maxLimit);
        params.add(Components.parameter("limit", "query", OpenApiNodes.object().put("type", "integer").put("minimum", 1)
                .put("maximum", maxLimit).put("default", defaultLimit),
                "Page size: " + defaultLimit + " unless given; at most " + maxLimit + " (the server's cap, more is a 400)."));
        params.addAll(Components.parameterRefs("q"));
        params.add(orderBy(fields));
        params.addAll(Components.parameterRefs("name", "ancestor"));
        addFilters(fields, params);
        query.set("parameters", params);
        query.set("responses", timed(responses(Components.ok("One page of results.", OpenApiNodes.schemaRef(page)), false)));
        paths.set(base, pathItem(query));

        // one schema per answer: a union with the open Node made generators hand back plain Nodes
        ObjectNode read = operation(endpoint, id + "ReadNode", "Read one item of " + endpoint.path(), about);
        read.set("parameters", nodeParameters());
        read.set("responses", responses(Components.ok("The node with its children to the endpoint's depth.",
                OpenApiNodes.schemaRef(item)), true));
        paths.set(base + "/{path}", withPathParameter(pathItem(read), ITEM_PATH));

        ObjectNode children = operation(endpoint, id + "Children", "Child nodes of a node of " + endpoint.path(), about);
        children.set("parameters", nodeParameters());
        children.set("responses", timed(responses(Components.ok("The node's children of the endpoint's node types, in order.",
                OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(ContentTypeSchemas.NODE))), true)));
        paths.set(base + "/{path}" + CHILDREN, withPathParameter(pathItem(children), ITEM_PATH));

        ObjectNode roots = operation(endpoint, id + "RootChildren", "The top-level nodes of " + endpoint.path(), about);
        roots.set("parameters", nodeParameters());
        roots.set("responses", timed(responses(Components.ok("The children of the endpoint's root, in order.",
                OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(ContentTypeSchemas.NODE))), false)));
        paths.set(base + "/" + CHILDREN, pathItem(roots));
        type.ifPresent(t -> subModelPaths(endpoint, t, base, id, about, paths));
    }

    /**
     * Typed sub-paths for each multiple submodel ({@code /{path}/relationships}, its {@code @nodes},
     * one entry): the path parameter holds no slash, which generators would send as {@code %2F}.
     */
    private void subModelPaths(DeliveryEndpointDefinition endpoint, ContentTypeDefinition type, String base, String id,
                               String about, ObjectNode paths) {
        for (PropertyDefinition p : type.model().properties()) {
            if (!(p.type() instanceof org.oicc.relations.definition.PropertyType.SubModel sub) || !p.multiple()) {
                continue;
            }
            String list = base + "/{path}/" + p.name();
            String camel = OpenApiNodes.camel(p.name());
            String opId = id + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
            ObjectNode container = operation(endpoint, opId, "The " + p.name() + " of one item of " + endpoint.path(), about);
            container.set("parameters", nodeParameters());
            container.set("responses", responses(Components.ok("The container node, its entries keyed by name.",
                    OpenApiNodes.schemaRef(type.name() + "." + p.name())), true));
            paths.set(list, withPathParameter(pathItem(container), ITEM_PATH));

            ObjectNode entries = operation(endpoint, opId + "Entries", "The " + p.name() + " entries of one item, in order", about);
            entries.set("parameters", nodeParameters());
            entries.set("responses", timed(responses(Components.ok("The entries, in order.",
                    OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(type.name() + "." + sub.name()))), true)));
            paths.set(list + CHILDREN, withPathParameter(pathItem(entries), ITEM_PATH));

            ObjectNode entry = operation(endpoint, opId + "Entry", "One " + sub.name() + " entry of one item", about);
            entry.set("parameters", nodeParameters());
            entry.set("responses", responses(Components.ok("The entry.", OpenApiNodes.schemaRef(type.name() + "." + sub.name())), true));
            ObjectNode item = withPathParameter(pathItem(entry), ITEM_PATH);
            ((ArrayNode) item.get("parameters")).add(Components.parameter("entry", "path", OpenApiNodes.string().put("example", "0"),
                    "The entry's node name, as listed in the container's @nodes."));
            paths.set(list + "/{entry}", item);
        }
    }

    /** {@code orderBy} with the keys this endpoint accepts, so a schema-valid value is an answered one. */
    private static ObjectNode orderBy(QueryFields fields) {
        String names = fields.orderable().stream().map(DeliveryPaths::ecmaQuote).collect(java.util.stream.Collectors.joining("|"));
        String key = "(" + names + ")( +([aA][sS][cC]|[dD][eE][sS][cC]))?";
        return Components.parameter("orderBy", "query", OpenApiNodes.string().put("example", "mgnl:lastModified desc,@name asc")
                .put("pattern", "^ *" + key + " *(, *" + key + " *)*$"),
                "Comma-separated 'property [asc|desc]' keys, of: " + String.join(", ", fields.orderable()) + ".");
    }

    private static String ecmaQuote(String name) {
        return name.replaceAll("([\\\\^$.|?*+()\\[\\]{}\\-])", "\\\\$1");
    }

    /** The content type whose items the endpoint serves: same workspace, and its node type among the endpoint's. */
    private Optional<ContentTypeDefinition> contentType(DeliveryEndpointDefinition endpoint) {
        return module.allContentTypes().stream()
                .filter(t -> t.workspace().equals(endpoint.workspace()) && endpoint.nodeTypes().contains(t.nodeType()))
                .findFirst();
    }

    private static String describe(DeliveryEndpointDefinition endpoint, Optional<ContentTypeDefinition> type) {
        StringBuilder d = new StringBuilder("Magnolia delivery endpoint v2 on workspace '" + endpoint.workspace()
                + "' below " + endpoint.rootPath() + ", node types " + String.join(", ", endpoint.nodeTypes())
                + type.map(t -> " (content type " + t.name() + ")").orElse("") + "; children embedded to depth "
                + endpoint.depth() + ".");
        List<ReferenceDefinition> expanded = endpoint.references().stream().filter(ReferenceDefinition::expand).toList();
        if (expanded.isEmpty()) {
            d.append(" References are delivered as identifiers.");
        } else {
            d.append(" Expanded references (referenceDepth ").append(endpoint.referenceDepth()).append("):");
            for (ReferenceDefinition r : expanded) {
                d.append(' ').append(r.propertyName().pattern()).append(" → ").append(r.targetWorkspace())
                        .append(r.nodeType() == null ? "" : " on " + r.nodeType()).append(';');
            }
            d.setLength(d.length() - 1);
            d.append(". Other references are identifiers.");
        }
        return d.toString();
    }

    private static ObjectNode operation(DeliveryEndpointDefinition endpoint, String operationId, String summary, String about) {
        ObjectNode op = OpenApiNodes.object().put("operationId", operationId).put("summary", summary).put("description", about);
        op.set("tags", OpenApiNodes.array(endpoint.path()));
        return op;
    }

    private static ArrayNode nodeParameters() {
        return Components.parameterRefs("lang", "acceptLanguage", "ifNoneMatch", "ifModifiedSince");
    }

    private static final String ITEM_PATH = "An item's name below the endpoint's root (or a folder path; then send its slashes as they are:"
            + " an encoded slash, %2F, is answered 404 as an ambiguous path). Submodels have sub-paths of their own.";

    /** On the path item, shared by its operations. */
    private static ObjectNode withPathParameter(ObjectNode item, String description) {
        ArrayNode params = OpenApiNodes.object().arrayNode();
        params.add(Components.parameter("path", "path", OpenApiNodes.string().put("example", "iula"), description));
        item.set("parameters", params);
        return item;
    }

    /**
     * One deepObject filter per property the server accepts ({@link QueryFields}, which answers the
     * queries): a submodel's properties as {@code <list>.<property>} (an extension), translations and
     * system properties named in the descriptions.
     */
    private static void addFilters(QueryFields fields, ArrayNode params) {
        for (QueryFields.Filterable f : fields.filterables()) {
            String what = f.subModel() == null ? "Items whose " + f.name() + " matches"
                    : "Items having a " + f.subModel() + " entry whose " + f.property().name() + " matches (an extension beyond Magnolia)";
            if (!f.translations().isEmpty()) {
                what += "; one stored translation compares as stored with " + String.join(", ", f.translations());
            }
            params.add(filter(f.name(), what, f.property()));
        }
    }

    private static ObjectNode filter(String name, String what, PropertyDefinition p) {
        ObjectNode param = Components.parameter(name, "query", OpenApiNodes.schemaRef(Components.FILTER),
                what + ": " + name + "[op]=value (" + p.type() + (p.multiple() ? ", multiple" : "") + "); "
                + name + "=value is short for " + name + "[eq]=value.");
        param.put("style", "deepObject").put("explode", true);
        return param;
    }

    private static ObjectNode page(String item) {
        ObjectNode s = OpenApiNodes.object().put("type", "object");
        s.set("required", OpenApiNodes.array("results", "total", "offset", "limit"));
        ObjectNode props = OpenApiNodes.object();
        props.set("results", OpenApiNodes.arrayOf(OpenApiNodes.schemaRef(item)));
        props.set("total", OpenApiNodes.object().put("type", "integer").put("description", "Matches in all pages."));
        props.set("offset", OpenApiNodes.object().put("type", "integer"));
        props.set("limit", OpenApiNodes.object().put("type", "integer"));
        s.set("properties", props);
        return s;
    }

    static ObjectNode responses(ObjectNode ok, boolean canBeMissing) {
        ObjectNode r = OpenApiNodes.object();
        r.set("200", ok);
        r.set("304", OpenApiNodes.ref("responses", "NotModified"));
        r.set("400", OpenApiNodes.ref("responses", "BadRequest"));
        if (canBeMissing) {
            r.set("404", OpenApiNodes.ref("responses", "NotFound"));
        }
        r.set("500", OpenApiNodes.ref("responses", "ServerError"));
        return r;
    }

    /** Queries and child lists stop past the server's time budget (serve --query-timeout). */
    private static ObjectNode timed(ObjectNode responses) {
        responses.set("503", OpenApiNodes.ref("responses", "QueryTimeout"));
        return responses;
    }

    /**
     * GET only. The other methods answer 405 with {@code Allow: GET, HEAD} (info.description says so);
     * documenting them as operations gave every generated client dozens of methods that can only fail.
     */
    static ObjectNode pathItem(ObjectNode get) {
        ObjectNode item = OpenApiNodes.object();
        item.set("get", get);
        return item;
    }
}
