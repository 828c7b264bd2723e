package org.oicc.relations.server;

import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The endpoint a request is counted under in the request meters: one of a fixed set of names known
 * at start-up, never the URL, so a million distinct URLs are still a dozen series. A delivery
 * endpoint is named by its definition ({@code delivery/organizations_v1}); everything else by what
 * serves it ({@code pages}, {@code nodes}, {@code author-ui}, ...).
 */
final class EndpointNames {

    static final String PAGES = "pages";
    static final String RESOURCES = "resources";
    static final String HEALTH = "health";
    static final String METRICS = "metrics";
    static final String NODES = "nodes";
    static final String COMMANDS = "commands";
    static final String AUTHOR_UI = "author-ui";
    static final String PREVIEW = "preview";
    static final String PUBLICATION = "publication";
    /** Under {@code /.rest/} but no endpoint of this instance. */
    static final String REST_UNKNOWN = "rest-unknown";
    /** On the management port: anything but health and metrics. */
    static final String OTHER = "other";

    private static final String REST = "/.rest/";

    /** Delivery handler path under {@code /.rest/} → the name it is counted under. */
    private final Map<String, String> delivery;
    private final boolean management;

    private EndpointNames(Map<String, String> delivery, boolean management) {
        this.delivery = delivery;
        this.management = management;
    }

    /**
     * @param handlerPaths the delivery handlers' paths under {@code /.rest/} (the module's endpoints
     *                     and the built-in ones, such as the OpenAPI document, named by their path)
     */
    static EndpointNames of(LightModule module, Collection<String> handlerPaths) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String path : handlerPaths) {
            names.put(path, module.endpoint(path).map(EndpointDefinition::name).orElse(path));
        }
        return new EndpointNames(names, false);
    }

    /** The management port serves health and metrics only. */
    static EndpointNames management() {
        return new EndpointNames(Map.of(), true);
    }

    /** @param path the request's path as sent (still percent-encoded), or null */
    String of(String path) {
        String p = path == null ? "" : path;
        if (p.equals("/.health")) {
            return HEALTH;
        }
        if (p.equals("/.metrics")) {
            return METRICS;
        }
        if (management) {
            return OTHER;
        }
        if (p.startsWith(REST)) {
            return rest(p.substring(REST.length()));
        }
        if (under(p, AuthoringSite.PREVIEW)) {
            return PREVIEW;
        }
        if (under(p, "/.author")) {
            return AUTHOR_UI;
        }
        if (p.startsWith("/.resources/")) {
            return RESOURCES;
        }
        if (under(p, org.oicc.relations.authoring.publication.PublicationReceiverServlet.PATH)) {
            return PUBLICATION;
        }
        return PAGES;
    }

    private String rest(String rest) {
        if (under(rest, "nodes/v1")) {
            return NODES;
        }
        if (under(rest, "commands/v2")) {
            return COMMANDS;
        }
        // the longest handler path at a segment boundary, as the delivery servlet routes
        String best = null;
        for (String p : delivery.keySet()) {
            boolean matches = rest.startsWith(p) && (rest.length() == p.length() || rest.charAt(p.length()) == '/'
                    || rest.charAt(p.length()) == '@');
            if (matches && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? REST_UNKNOWN : delivery.get(best);
    }

    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
