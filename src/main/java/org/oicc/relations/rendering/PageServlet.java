package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /[<lang>/]<path>.html}: the page at that path of the public {@code website} workspace,
 * rendered with its template; anything else under {@code /} is an HTML 404. The whole page is
 * rendered before a byte is sent, so a failing template becomes a clean 500 page (details only in
 * the log), never half a page or a stack trace.
 */
final class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    static final String ALLOW = "GET, HEAD";
    /** Defence in depth: even if markup slipped through, no script or foreign resource would run. */
    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'self'";
    /** Pages change when editors publish; caches keep them but ask each time (cheap with the ETag). */
    static final String CACHE_CONTROL = "no-cache";

    private final transient SessionProvider sessions;
    private final transient ContentLocales locales;
    private final transient Set<String> workspaces;
    private final transient PageResolver resolver;
    private final transient PageRenderer renderer;
    private final transient ErrorPages errors;
    private final String homePath;

    PageServlet(SessionProvider sessions, ContentLocales locales, Set<String> workspaces, PageResolver resolver,
            PageRenderer renderer, ErrorPages errors, String homePath) {
        this.sessions = sessions;
        this.locales = locales;
        this.workspaces = Set.copyOf(workspaces);
        this.resolver = resolver;
        this.renderer = renderer;
        this.errors = errors;
        this.homePath = homePath;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI().substring(req.getContextPath().length());
        String language = PagePath.languageOf(uri, locales);
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setHeader("Allow", ALLOW);
            send(req, resp, 405, language, errors.notFound(language, req.getContextPath(), home(req, language)));
            return;
        }
        Optional<PagePath> path = PagePath.parse(uri, locales);
        if (path.isEmpty()) {
            send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
            return;
        }
        language = path.get().language();
        String html;
        try (RenderRequest request = new RenderRequest(sessions, workspaces, language, locales.defaultLocale(),
                locales.locales(), req.getContextPath(), java.util.Map.of(), path.get().path())) {
            Optional<PageResolver.Resolved> page = resolver.resolve(request, path.get().path());
            if (page.isEmpty()) {
                send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
                return;
            }
            StringWriter out = new StringWriter(16384);
            renderer.renderPage(request.withParameters(page.get().parameters()), page.get().page(), page.get().template(), out);
            html = out.toString();
        } catch (Exception e) {
            // template errors, repository failures, bugs: the visitor gets a plain page, the log the details
            LOG.error("page {} could not be rendered", uri, e);
            send(req, resp, 500, language, errors.serverError(language, req.getContextPath(), home(req, language)));
            return;
        }
        String etag = HttpCaching.etag(html);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        if (HttpCaching.notModified(req, etag)) {
            resp.setStatus(304);
            return;
        }
        send(req, resp, 200, language, html);
    }

    private String home(HttpServletRequest req, String language) {
        String prefix = language.equals(locales.defaultLocale()) ? "" : "/" + language;
        return req.getContextPath() + prefix + homePath + PagePath.EXTENSION;
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String language, String html)
            throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Content-Language", language);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (status != 200) {
            resp.setHeader("Cache-Control", "no-store");
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
