package org.oicc.relations.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /.rest/*}: the module's endpoints, read-only as Magnolia's delivery endpoints are. Routing,
 * methods and errors live here; each endpoint type's parsing and rendering in its {@link EndpointHandler}.
 */
public final class DeliveryServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryServlet.class);
    static final String ALLOW = "GET, HEAD";

    private final transient ObjectMapper json;
    private final transient Map<String, EndpointHandler> handlers;

    /** @param handlers by endpoint path under {@code /.rest/}, e.g. {@code delivery/organizations/v1} */
    public DeliveryServlet(ObjectMapper json, Map<String, EndpointHandler> handlers) {
        this.json = json;
        this.handlers = Map.copyOf(handlers);
    }

    /** A handler for every endpoint of the module that this runtime serves. */
    public static Map<String, EndpointHandler> handlersFor(LightModule module, SessionProvider sessions, ContentLocales locales,
            DeliverySettings settings) {
        Map<String, EndpointHandler> handlers = new LinkedHashMap<>();
        for (EndpointDefinition endpoint : module.endpoints().values()) {
            if (endpoint instanceof DeliveryEndpointDefinition delivery) {
                handlers.put(delivery.path(), new JcrDeliveryHandler(delivery, module, sessions, locales, settings));
            }
        }
        return handlers;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            resp.setHeader("Allow", ALLOW);
            error(resp, new DeliveryException(405, "methodNotAllowed", "method " + method + " is not allowed; use GET or HEAD"));
            return;
        }
        try {
            answer(req, resp);
        } catch (DeliveryException e) {
            error(resp, e);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("delivery request {} failed", req.getRequestURI(), e);
            error(resp, new DeliveryException(500, "unknown", "the request could not be answered"));
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException, RepositoryException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo();
        Route route = route(rest).orElseThrow(() -> new DeliveryException(404, "notFound", "no endpoint at /.rest" + Printable.of(rest)));
        PreparedAnswer answer = route.handler().prepare(route.subPath(), req.getParameterMap(), req.getHeader("Accept-Language"));
        // The body is rendered before the first byte is sent, so a failure can still become a clean error.
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = json.getFactory().createGenerator(body)) {
            answer.body().write(out);
        }
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Language", answer.contentLanguage());
        resp.setContentLength(body.size());
        if (!"HEAD".equals(req.getMethod())) {
            body.writeTo(resp.getOutputStream());
        }
    }

    private record Route(String path, EndpointHandler handler, String subPath) {
    }

    /** The endpoint whose path is the longest prefix of the request path, at a segment boundary. */
    private Optional<Route> route(String rest) {
        String path = rest.startsWith("/") ? rest.substring(1) : rest;
        Route best = null;
        for (Map.Entry<String, EndpointHandler> e : handlers.entrySet()) {
            String p = e.getKey();
            boolean matches = path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + RequestParser.CHILDREN_SUFFIX);
            if (matches && (best == null || p.length() > best.path().length())) {
                best = new Route(p, e.getValue(), path.substring(p.length()));
            }
        }
        return Optional.ofNullable(best);
    }

    private void error(HttpServletResponse resp, DeliveryException e) throws IOException {
        resp.resetBuffer();
        resp.setStatus(e.status());
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        try (JsonGenerator out = json.getFactory().createGenerator(resp.getOutputStream())) {
            out.writeStartObject();
            out.writeObjectFieldStart("error");
            out.writeStringField("code", e.code());
            out.writeStringField("message", e.getMessage());
            out.writeEndObject();
            out.writeEndObject();
        }
    }
}
