package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.delivery.query.Operator;

/**
 * The parts every delivery operation shares: the error body, the common parameters ({@code lang},
 * {@code Accept-Language}, conditional headers, paging, {@code q}), the response
 * headers and the error responses. Operations refer to them by name.
 */
final class Components {

    /** Not {@code Error}: generated Java clients would clash with {@code java.lang.Error}. */
    static final String ERROR = "DeliveryError";
    static final String FILTER = "Filter";

    private Components() {
    }

    static void addShared(ObjectNode components, ContentLocales locales) {
        ObjectNode schemas = (ObjectNode) components.get("schemas");
        schemas.set(ERROR, errorSchema());
        schemas.set(FILTER, filterSchema());
        components.set("parameters", parameters(locales));
        components.set("headers", headers());
        components.set("responses", responses());
    }

    private static ObjectNode errorSchema() {
        ObjectNode inner = OpenApiNodes.object().put("type", "object");
        inner.set("required", OpenApiNodes.array("code", "message"));
        ObjectNode props = OpenApiNodes.object();
        props.set("code", OpenApiNodes.string("What went wrong: invalidValueFormat, pathNotFound, notFound, methodNotAllowed, queryTimeout, unknown."));
        props.set("message", OpenApiNodes.string("Names the parameter or path at fault."));
        inner.set("properties", props);
        ObjectNode error = OpenApiNodes.object().put("type", "object");
        error.set("required", OpenApiNodes.array("error"));
        ObjectNode outer = OpenApiNodes.object();
        outer.set("error", inner);
        error.set("properties", outer);
        return error;
    }

    /** {@code prop[op]=value}: one member per operator, so {@code style: deepObject} writes Magnolia's syntax. */
    private static ObjectNode filterSchema() {
        ObjectNode s = OpenApiNodes.object().put("type", "object").put("description", "Magnolia filter operators. Alternatives are"
                + " separated by '|' (any matches); in and not-in take ranges 'from~to'; dates as yyyy-MM-dd or"
                + " yyyy-MM-dd'T'HH:mm:ss.SSSXXX.");
        ObjectNode props = OpenApiNodes.object();
        for (Operator op : Operator.values()) {
            props.set(op.token(), OpenApiNodes.string(switch (op) {
                case EQ -> "equals (also written prop=value)";
                case NE -> "does not equal";
                case LT, GT, LTE, GTE -> "compares numbers, dates or text";
                case LIKE -> "JCR LIKE pattern, '%' as wildcard (e.g. %Union%)";
                case IN -> "within one of the ranges from~to";
                case NOT_IN -> "within none of the ranges from~to";
            }));
        }
        s.set("properties", props);
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode parameters(ContentLocales locales) {
        ObjectNode p = OpenApiNodes.object();
        p.set("lang", parameter("lang", "query", OpenApiNodes.string().put("pattern", "^(all|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$")
                .put("example", locales.translations().isEmpty() ? locales.defaultLocale() : locales.translations().get(0)),
                "Language of the answer: " + String.join(", ", locales.locales()) + " (a region such as ar-SA counts as its"
                + " language; others fall back to " + locales.defaultLocale() + "), or 'all' for the stored keys"
                + " (each translatable property as <name> and <name>_<locale>). A missing translation falls back to " + locales.defaultLocale()
                + " per property. Beats Accept-Language."));
        p.set("acceptLanguage", parameter("Accept-Language", "header", OpenApiNodes.string(),
                "Used when lang is absent; q-weights honoured."));
        p.set("ifNoneMatch", parameter("If-None-Match", "header", OpenApiNodes.string(), "An ETag from an earlier answer: 304 when unchanged."));
        p.set("ifModifiedSince", parameter("If-Modified-Since", "header", OpenApiNodes.string(),
                "An HTTP date: 304 when unchanged since (If-None-Match wins when both are sent)."));
        p.set("offset", parameter("offset", "query", OpenApiNodes.object().put("type", "integer").put("minimum", 0)
                .put("maximum", 999_999_999).put("default", 0), "Index of the first result."));
        p.set("q", parameter("q", "query", OpenApiNodes.string(), "Full-text search."));
        p.set("name", parameter("@name", "query", OpenApiNodes.string().put("minLength", 1), "Only nodes of this name"
                + " (generated clients call this parameter atName or name)."));
        p.set("ancestor", parameter("@ancestor", "query", OpenApiNodes.string().put("pattern", "^/"), "Only nodes below this absolute path."));
        return p;
    }

    static ObjectNode parameter(String name, String in, ObjectNode schema, String description) {
        ObjectNode p = OpenApiNodes.object().put("name", name).put("in", in).put("description", description);
        if ("path".equals(in)) {
            p.put("required", true);
        }
        p.set("schema", schema);
        return p;
    }

    private static ObjectNode headers() {
        ObjectNode h = OpenApiNodes.object();
        h.set("ETag", header("A strong validator of this answer."));
        h.set("Last-Modified", header("When the content this answer shows last changed."));
        h.set("Cache-Control", header("As configured for the server."));
        h.set("Content-Language", header("The language of the answer (lang=all answers carry the default language)."));
        return h;
    }

    private static ObjectNode header(String description) {
        ObjectNode h = OpenApiNodes.object().put("description", description);
        h.set("schema", OpenApiNodes.string());
        return h;
    }

    private static ObjectNode responses() {
        ObjectNode r = OpenApiNodes.object();
        r.set("NotModified", withHeaders(OpenApiNodes.object().put("description", "Not modified: the cached answer is current."),
                "ETag", "Last-Modified", "Cache-Control"));
        r.set("BadRequest", error("A parameter is malformed or not supported; the message names it."));
        r.set("NotFound", error("No such node below the endpoint's root, or no such endpoint."));
        r.set("QueryTimeout", error("The answer took longer than the server's time budget and was stopped; narrow the filters."));
        r.set("ServerError", error("The repository could not answer; nothing about it is disclosed."));
        return r;
    }

    private static ObjectNode error(String description) {
        ObjectNode e = OpenApiNodes.object().put("description", description);
        e.set("content", OpenApiNodes.jsonContent(OpenApiNodes.schemaRef(ERROR)));
        return e;
    }

    /** A 200 with the usual headers and a JSON body. */
    static ObjectNode ok(String description, ObjectNode schema) {
        ObjectNode ok = withHeaders(OpenApiNodes.object().put("description", description),
                "ETag", "Last-Modified", "Cache-Control", "Content-Language");
        ok.set("content", OpenApiNodes.jsonContent(schema));
        return ok;
    }

    private static ObjectNode withHeaders(ObjectNode response, String... names) {
        ObjectNode headers = OpenApiNodes.object();
        for (String name : names) {
            headers.set(name, OpenApiNodes.ref("headers", name));
        }
        response.set("headers", headers);
        return response;
    }

    /** References to shared parameters, by their component names. */
    static ArrayNode parameterRefs(String... names) {
        ArrayNode a = OpenApiNodes.object().arrayNode();
        for (String name : names) {
            a.add(OpenApiNodes.ref("parameters", name));
        }
        return a;
    }
}
