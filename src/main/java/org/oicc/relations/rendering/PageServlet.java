package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.Responder;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /[<lang>/]<path>.html}: the page at that path of the public {@code website} workspace,
 * rendered with its template; anything else under {@code /} is an HTML 404. The side's
 * {@link Responder} answers from the change tracker before anything is read, so a 304 or a cached
 * page opens no session; a page's ETag covers its URL and every workspace templates may read, which
 * is coarse (any edit re-renders every page once) but never stale. The whole page is rendered before
 * a byte is sent, so a failing template becomes a clean 500 page (details only in the log), never
 * half a page or a stack trace.
 */
final class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    static final String ALLOW = "GET, HEAD";
    /** Defence in depth: even if markup slipped through, no script or foreign resource would run. */
    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'self'";
    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final transient SessionProvider sessions;
    private final transient ContentLocales locales;
    private final transient Set<String> workspaces;
    private final transient PageResolver resolver;
    private final transient PageRenderer renderer;
    private final transient ErrorPages errors;
    private final String homePath;
    private final transient Responder responder;

    PageServlet(SessionProvider sessions, ContentLocales locales, Set<String> workspaces, PageResolver resolver,
            PageRenderer renderer, ErrorPages errors, String homePath, Responder responder) {
        this.sessions = sessions;
        this.locales = locales;
        this.workspaces = Set.copyOf(workspaces);
        this.resolver = resolver;
        this.renderer = renderer;
        this.errors = errors;
        this.homePath = homePath;
        this.responder = responder;
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
        String pageLanguage = path.get().language();
        Responder.Resource page = new Responder.Resource(key(req.getContextPath(), path.get()), workspaces, CONTENT_TYPE);
        secure(resp);
        // the HTML is gzipped for clients that take it
        resp.setHeader("Vary", "Accept-Encoding");
        boolean sent;
        try {
            sent = responder.answer(req, resp, page, () -> render(req, path.get())
                    .map(html -> new Responder.Rendered(html.getBytes(StandardCharsets.UTF_8), pageLanguage)).orElse(null));
        } catch (RuntimeException e) {
            // template errors, repository failures, bugs: the visitor gets a plain page, the log the details
            LOG.error("page {} could not be rendered", uri, e);
            send(req, resp, 500, pageLanguage, errors.serverError(pageLanguage, req.getContextPath(), home(req, pageLanguage)));
            return;
        }
        if (!sent) {
            send(req, resp, 404, pageLanguage, errors.notFound(pageLanguage, req.getContextPath(), home(req, pageLanguage)));
        }
    }

    /** What the HTML of a page depends on besides content: where the site is mounted, language, page path. */
    static String key(String contextPath, PagePath page) {
        return "page " + contextPath + " " + page.language() + " " + page.path();
    }

    /** The page's HTML, or empty when no page answers to the path. */
    private Optional<String> render(HttpServletRequest req, PagePath path) throws Exception {
        try (RenderRequest request = new RenderRequest(sessions, workspaces, path.language(), locales.defaultLocale(),
                locales.locales(), req.getContextPath(), Map.of(), path.path())) {
            try {
                Optional<PageResolver.Resolved> page = resolver.resolve(request, path.path());
                if (page.isEmpty()) {
                    return Optional.empty();
                }
                StringWriter out = new StringWriter(16384);
                renderer.renderPage(request.withParameters(page.get().parameters()), page.get().page(), page.get().template(), out);
                return Optional.of(out.toString());
            } catch (Exception e) {
                request.discardSessions();
                throw e;
            }
        }
    }

    private String home(HttpServletRequest req, String language) {
        String prefix = language.equals(locales.defaultLocale()) ? "" : "/" + language;
        return req.getContextPath() + prefix + homePath + PagePath.EXTENSION;
    }

    private static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** An error page: never stored. */
    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String language, String html)
            throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(CONTENT_TYPE);
        resp.setHeader("Content-Language", language);
        secure(resp);
        CacheControl.noStore(resp);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
