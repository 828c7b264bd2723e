package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;
import org.oicc.relations.metrics.Metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /.metrics}: every meter in Prometheus' text format, to whoever {@link Access} admits.
 * On the public port that is an admin of an author instance (see {@link AuthoringSite}) and nobody
 * on a public-only one (404, as if it were not there); on the management port, which listens on
 * loopback only, anyone who can reach it.
 */
final class MetricsServlet extends HttpServlet {

    /** Decides a request, writing the refusal itself. */
    @FunctionalInterface
    interface Access {
        boolean admit(HttpServletRequest req, HttpServletResponse resp) throws IOException;
    }

    /** Anyone: for the management port. */
    static final Access ANYONE = (req, resp) -> true;

    private final transient Metrics metrics;
    private final transient ObjectMapper json;
    private transient volatile Access access;

    /** Refuses everyone with a 404 until {@link #admit} says who may read. */
    MetricsServlet(Metrics metrics, ObjectMapper json) {
        this(metrics, json, null);
    }

    MetricsServlet(Metrics metrics, ObjectMapper json, Access access) {
        this.metrics = metrics;
        this.json = json;
        this.access = access != null ? access : this::notHere;
    }

    /** Who may read; set while wiring, before the server starts. */
    void admit(Access who) {
        this.access = who;
    }

    /** Anything but GET and HEAD: refused as a GET would be, else 405, so a 404 here never turns into a hint. */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            doGet(req, resp);
            return;
        }
        if (!access.admit(req, resp)) {
            return;
        }
        byte[] body = ErrorBody.bytes(json, new HttpError(405, "methodNotAllowed", "use GET or HEAD"));
        resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        resp.setHeader("Allow", "GET, HEAD");
        error(resp, body);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!access.admit(req, resp)) {
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(Metrics.CONTENT_TYPE);
        CacheControl.noStore(resp);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private boolean notHere(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = ErrorBody.bytes(json, new HttpError(404, "pathNotFound", "no resource at /.metrics"));
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        error(resp, body);
        return false;
    }

    private static void error(HttpServletResponse resp, byte[] body) throws IOException {
        resp.setContentType("application/json;charset=UTF-8");
        CacheControl.noStore(resp);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
