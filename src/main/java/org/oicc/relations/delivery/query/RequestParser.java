package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.endpoint.LanguageNegotiation;
import org.oicc.relations.delivery.endpoint.NodePaths;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the part of the URL after the endpoint and the query parameters into a checked
 * {@link DeliveryRequest}. Everything from the client is distrusted here: a path that could leave
 * the endpoint's root is "not found", a malformed parameter is a 400 naming the parameter.
 */
public final class RequestParser {

    public static final String CHILDREN_SUFFIX = "@nodes";

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final int maxLimit;

    public RequestParser(DeliveryEndpointDefinition endpoint, ContentLocales locales, int maxLimit) {
        this.endpoint = endpoint;
        this.locales = locales;
        this.maxLimit = maxLimit;
    }

    /**
     * @param subPath what follows the endpoint path, already URL-decoded: "" or "/" for a query,
     *                "/iula" to read a node, "/iula@nodes" for its children
     */
    public DeliveryRequest parse(String subPath, Map<String, String[]> params, String acceptLanguage) {
        String path = subPath == null ? "" : subPath;
        DeliveryRequest.Kind kind;
        if (path.isEmpty() || "/".equals(path)) {
            kind = DeliveryRequest.Kind.QUERY;
            path = "/";
        } else if (path.endsWith(CHILDREN_SUFFIX)) {
            kind = DeliveryRequest.Kind.CHILDREN;
            path = NodePaths.normalise(path.substring(0, path.length() - CHILDREN_SUFFIX.length()));
        } else {
            kind = DeliveryRequest.Kind.READ_NODE;
            path = NodePaths.normalise(path);
        }
        Language language = LanguageNegotiation.choose(single(params, "lang"), acceptLanguage, locales);
        int offset = number(params, "offset", 0);
        int limit = number(params, "limit", Math.min(endpoint.limit(), maxLimit));
        if (limit < 1) {
            throw DeliveryException.badParameter("limit", "must be at least 1");
        }
        if (limit > maxLimit) {
            throw DeliveryException.badParameter("limit", "must be at most " + maxLimit + " (the server's cap)");
        }
        List<Filter> filters = new ArrayList<>();
        List<Order> orderBy = new ArrayList<>();
        String fullText = single(params, "q");
        QueryParameters.parse(params, filters, orderBy);
        return new DeliveryRequest(kind, path, filters, orderBy, fullText, offset, limit, language);
    }

    public static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw DeliveryException.badParameter(name, "given more than once");
        }
        return values[0];
    }

    private static int number(Map<String, String[]> params, String name, int fallback) {
        String text = single(params, name);
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}")) {
            throw DeliveryException.badParameter(name, "must be a whole number from 0 to 999999999, found '"
                    + Printable.of(text) + "'");
        }
        return Integer.parseInt(text);
    }
}
