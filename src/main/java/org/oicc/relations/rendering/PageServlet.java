package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.caching.CachedAnswer;
import org.oicc.relations.caching.ConditionalRequest;
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
 * rendered with its template; anything else under {@code /} is an HTML 404. Validators come from
 * {@link PageCaching} before anything is read, so a 304 or a cached page opens no session. The whole
 * page is rendered before a byte is sent, so a failing template becomes a clean 500 page (details
 * only in the log), never half a page or a stack trace.
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
    private final transient PageCaching caching;

    PageServlet(SessionProvider sessions, ContentLocales locales, Set<String> workspaces, PageResolver resolver,
            PageRenderer renderer, ErrorPages errors, String homePath, PageCaching caching) {
        this.sessions = sessions;
        this.locales = locales;
        this.workspaces = Set.copyOf(workspaces);
        this.resolver = resolver;
        this.renderer = renderer;
        this.errors = errors;
        this.homePath = homePath;
        this.caching = caching;
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
        String key = PageCaching.key(req.getContextPath(), path.get());
        PageCaching.Validators validators = caching.validators(key);
        // answered from the change tracker alone: no session, no template
        if (PageCaching.notModified(req, validators)) {
            notModified(resp, validators);
            return;
        }
        CachedAnswer page = caching.cached(key, validators);
        if (page == null) {
            Optional<String> html;
            try {
                html = render(req, path.get());
            } catch (Exception e) {
                // template errors, repository failures, bugs: the visitor gets a plain page, the log the details
                LOG.error("page {} could not be rendered", uri, e);
                send(req, resp, 500, language, errors.serverError(language, req.getContextPath(), home(req, language)));
                return;
            }
            if (html.isEmpty()) {
                send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
                return;
            }
            page = caching.store(key, html.get(), language, validators);
        }
        if (ConditionalRequest.isStar(req)) {
            // "any current representation": the page exists, so the client's copy will do
            notModified(resp, validators);
            return;
        }
        PageCaching.addValidators(resp, validators);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        send(req, resp, 200, language, page.identity());
    }

    /** The page's HTML, or empty when no page answers to the path. */
    private Optional<String> render(HttpServletRequest req, PagePath path) throws Exception {
        try (RenderRequest request = new RenderRequest(sessions, workspaces, path.language(), locales.defaultLocale(),
                locales.locales(), req.getContextPath(), Map.of(), path.path())) {
            Optional<PageResolver.Resolved> page = resolver.resolve(request, path.path());
            if (page.isEmpty()) {
                return Optional.empty();
            }
            StringWriter out = new StringWriter(16384);
            renderer.renderPage(request.withParameters(page.get().parameters()), page.get().page(), page.get().template(), out);
            return Optional.of(out.toString());
        }
    }

    private static void notModified(HttpServletResponse resp, PageCaching.Validators validators) {
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        PageCaching.addValidators(resp, validators);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
    }

    private String home(HttpServletRequest req, String language) {
        String prefix = language.equals(locales.defaultLocale()) ? "" : "/" + language;
        return req.getContextPath() + prefix + homePath + PagePath.EXTENSION;
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String language, String html)
            throws IOException {
        send(req, resp, status, language, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String language, byte[] body)
            throws IOException {
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
