package org.oicc.relations.delivery;

import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.Responder;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.delivery.node.NodeSnapshots;
import org.oicc.relations.delivery.query.JcrDeliveryHandler;
import org.oicc.relations.delivery.query.RequestParser;
import org.oicc.relations.delivery.relations.RelationsViewHandler;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.delivery.openapi.OpenApiDocument;
import org.oicc.relations.delivery.openapi.OpenApiHandler;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /.rest/*}: the module's endpoints, read-only as Magnolia's delivery endpoints are. Routing,
 * methods, CORS and errors live here; validators, 304 and the response cache in the side's
 * {@link Responder}; each endpoint type's parsing and rendering in its {@link EndpointHandler}.
 */
public final class DeliveryServlet extends HttpServlet {

    private static final String NOSNIFF = "X-Content-Type-Options";

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryServlet.class);
    static final String ALLOW = "GET, HEAD, OPTIONS";
    /** Every answer may differ by coding, by negotiated language and by CORS origin. */
    static final String VARY = "Accept-Encoding, Accept-Language, Origin";
    static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    private final transient ObjectMapper json;
    private final transient Map<String, EndpointHandler> handlers;
    private final transient Cors cors;
    private final transient Responder responder;

    /**
     * @param handlers by endpoint path under {@code /.rest/}, e.g. {@code delivery/organizations/v1}
     * @param responder validates and caches the answers (published side) or does not (preview)
     */
    public DeliveryServlet(ObjectMapper json, Map<String, EndpointHandler> handlers, DeliverySettings settings,
            Responder responder) {
        this.json = json;
        this.handlers = Map.copyOf(handlers);
        this.cors = new Cors(settings.corsOrigins());
        this.responder = responder;
    }

    /**
     * A handler for every endpoint of the module that this runtime serves.
     *
     * @param index paged lookups over the same side as {@code sessions} (the relations view's entries)
     */
    public static Map<String, EndpointHandler> handlersFor(LightModule module, SessionProvider sessions, ContentLocales locales,
            DeliverySettings settings, ItemIndex index) {
        return handlersFor(module, sessions, locales, settings, index, NodeSnapshots.uncached(module));
    }

    /** @param snapshots nodes kept between the answers of this side's endpoints (their workspaces watched for changes) */
    public static Map<String, EndpointHandler> handlersFor(LightModule module, SessionProvider sessions, ContentLocales locales,
            DeliverySettings settings, ItemIndex index, NodeSnapshots snapshots) {
        Map<String, EndpointHandler> handlers = new LinkedHashMap<>();
        for (EndpointDefinition endpoint : module.endpoints().values()) {
            if (endpoint instanceof DeliveryEndpointDefinition delivery) {
                handlers.put(delivery.path(), new JcrDeliveryHandler(delivery, module, sessions, locales, settings, index, snapshots));
            } else if (endpoint instanceof RelationsViewDefinition view) {
                handlers.put(view.path(), new RelationsViewHandler(view, module, sessions, locales, index, settings.maxLimit()));
            }
        }
        handlers.putIfAbsent(OpenApiDocument.PATH, new OpenApiHandler(module, locales, settings));
        return handlers;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        // also inside Magnolia, where no server-wide filter adds it: JSON is never sniffed as HTML
        resp.setHeader(NOSNIFF, "nosniff");
        try {
            switch (method) {
                case "GET", "HEAD" -> get(req, resp);
                case "OPTIONS" -> options(req, resp);
                default -> throw new DeliveryException(405, "methodNotAllowed",
                        "method " + Printable.of(method) + " is not allowed; use GET or HEAD");
            }
        } catch (DeliveryException e) {
            error(req, resp, e);
        } catch (RuntimeException e) {
            // a RenderingFailed carries the repository's exception
            LOG.error("delivery request {} failed", req.getRequestURI(), e);
            error(req, resp, new DeliveryException(500, "unknown", "the request could not be answered"));
        }
    }

    private void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Route route = routeOf(req);
        Map<String, String[]> params = CacheKeys.sorted(parameters(req));
        PreparedAnswer answer = route.handler().prepare(route.subPath(), params, req.getHeader("Accept-Language"));
        resp.setHeader("Vary", VARY);
        cors.addHeaders(req, resp);
        Responder.Resource resource = new Responder.Resource(CacheKeys.of(route.path(), route.subPath(), params, answer),
                answer.workspaces(), CONTENT_TYPE);
        responder.answer(req, resp, resource, () -> new Responder.Rendered(render(answer), answer.contentLanguage()));
    }

    private byte[] render(PreparedAnswer answer) throws IOException, RepositoryException {
        ByteArrayOutputStream body = BUFFERS.get();
        body.reset();
        try (JsonGenerator out = json.getFactory().createGenerator(body)) {
            answer.body().write(out);
        }
        byte[] bytes = body.toByteArray();
        if (body.size() > KEPT_BUFFER) {
            BUFFERS.remove(); // a large answer's buffer is not kept by the thread for ever
        }
        return bytes;
    }

    /** Each request thread writes into its own buffer, kept between answers: a typical answer is a few KB. */
    private static final int KEPT_BUFFER = 32 * 1024;
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(8192));

    private static Map<String, String[]> parameters(HttpServletRequest req) {
        try {
            return req.getParameterMap();
        } catch (RuntimeException e) {
            // the container could not decode the query (a broken % escape): the client's fault, not ours
            throw new DeliveryException(400, "invalidValueFormat", "the query string is not valid percent-encoded UTF-8");
        }
    }

    /** A CORS preflight, or a plain question about the methods. */
    private void options(HttpServletRequest req, HttpServletResponse resp) {
        routeOf(req);
        resp.setHeader("Allow", ALLOW);
        if (Cors.isPreflight(req)) {
            resp.setHeader("Vary", VARY);
            if (!cors.addPreflightHeaders(req, resp)) {
                throw new DeliveryException(403, "corsNotAllowed", "cross-origin requests from "
                        + Printable.of(req.getHeader("Origin")) + " with method "
                        + Printable.of(req.getHeader("Access-Control-Request-Method")) + " are not allowed");
            }
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private Route routeOf(HttpServletRequest req) {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo();
        return route(rest).orElseThrow(() -> new DeliveryException(404, "notFound", "no endpoint at /.rest" + Printable.of(rest)));
    }

    private record Route(String path, EndpointHandler handler, String subPath) {
    }

    /** The endpoint whose path is the longest prefix of the request path, at a segment boundary. */
    private Optional<Route> route(String rest) {
        String path = rest.startsWith("/") ? rest.substring(1) : rest;
        Route best = null;
        for (Map.Entry<String, EndpointHandler> e : handlers.entrySet()) {
            String p = e.getKey();
            boolean matches = path.startsWith(p) && (path.length() == p.length() || path.charAt(p.length()) == '/'
                    || path.startsWith(RequestParser.CHILDREN_SUFFIX, p.length()));
            if (matches && (best == null || p.length() > best.path().length())) {
                best = new Route(p, e.getValue(), path.substring(p.length()));
            }
        }
        return Optional.ofNullable(best);
    }

    /** Errors are never cached and carry CORS headers, so a browser script can read what went wrong. */
    private void error(HttpServletRequest req, HttpServletResponse resp, DeliveryException e) throws IOException {
        resp.reset();
        resp.setHeader(NOSNIFF, "nosniff");
        resp.setStatus(e.status());
        if (e.status() == 405) {
            resp.setHeader("Allow", ALLOW);
        }
        CacheControl.noStore(resp);
        resp.setHeader("Vary", VARY);
        cors.addHeaders(req, resp);
        resp.setContentType(CONTENT_TYPE);
        byte[] body = ErrorBody.bytes(json, e);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
