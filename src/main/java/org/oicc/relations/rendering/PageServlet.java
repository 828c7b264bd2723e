package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.Responder;
import org.oicc.relations.definition.VirtualUriMapping;
import org.oicc.relations.definition.VirtualUriMappings;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /[<lang>/]<path>.html}: the page at that path of the public {@code website} workspace,
 * rendered with its template; anything else under {@code /} is an HTML 404. A URL without page node is
 * served through the module's virtual URI mappings, as Magnolia serves it: a forward renders the
 * target page with the target's query parameters (they win over the request's of the same name), a
 * redirect answers 302 or 301. The side's
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
    private final transient VirtualUriMappings mappings;
    private final transient PageRenderer renderer;
    private final transient ErrorPages errors;
    private final String homePath;
    private final transient Responder responder;
    private final transient SiteAddress address;
    private final transient Sitemap sitemap;

    PageServlet(SessionProvider sessions, ContentLocales locales, Set<String> workspaces, PageResolver resolver,
            VirtualUriMappings mappings, PageRenderer renderer, ErrorPages errors, String homePath, Responder responder,
            SiteAddress address, Sitemap sitemap) {
        this.mappings = mappings;
        this.sessions = sessions;
        this.locales = locales;
        this.workspaces = Set.copyOf(workspaces);
        this.resolver = resolver;
        this.renderer = renderer;
        this.errors = errors;
        this.homePath = homePath;
        this.responder = responder;
        this.address = address;
        this.sitemap = sitemap;
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
        Optional<VirtualUriMapping.Match> mapped;
        try {
            mapped = mappings.resolve(uri);
        } catch (IllegalStateException e) {
            // the start-up check refuses loops it can see; one it could not is this URL's 404, never a hang
            LOG.error("page {} is not served: {}", uri, e.getMessage());
            send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
            return;
        }
        if (mapped.isPresent() && mapped.get().action() != VirtualUriMapping.Action.FORWARD) {
            redirect(req, resp, mapped.get());
            return;
        }
        String origin = address.origin(req);
        if (mapped.isEmpty() && isHome(uri)) {
            // "/", "/ar/": the site's home page in that language, the one address a visitor types
            // (a virtual URI mapping of "/" wins over this default)
            resp.setHeader("Location", home(req, language));
            CacheControl.noStore(resp);
            resp.setStatus(302);
            return;
        }
        if (mapped.isEmpty() && RobotsTxt.answers(uri)) {
            secure(resp);
            RobotsTxt.answer(req, resp, origin);
            return;
        }
        if (mapped.isEmpty() && sitemap.answers(uri)) {
            secure(resp);
            if (!sitemap.answer(req, resp, uri, origin)) {
                send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
            }
            return;
        }
        String target = mapped.map(VirtualUriMapping.Match::target).orElse(uri);
        Optional<PagePath> path = PagePath.parse(VirtualUriMappings.pathOf(target), locales);
        if (path.isEmpty()) {
            send(req, resp, 404, language, errors.notFound(language, req.getContextPath(), home(req, language)));
            return;
        }
        String pageLanguage = path.get().language();
        Optional<Map<String, String>> query = query(req.getQueryString(), target);
        if (query.isEmpty()) {
            send(req, resp, 400, pageLanguage, errors.badRequest(pageLanguage, req.getContextPath(), home(req, pageLanguage)));
            return;
        }
        // links to this page in other languages keep the URL as asked (/ar/organizations/iula.html)
        String shownPath = mapped.isEmpty() ? path.get().path()
                : PagePath.parse(uri, locales).map(PagePath::path).orElse(path.get().path());
        Responder.Resource page = new Responder.Resource(key(origin, req.getContextPath(), path.get(), query.get())
                + (shownPath.equals(path.get().path()) ? "" : " as " + shownPath), workspaces, CONTENT_TYPE);
        secure(resp);
        // the HTML is gzipped for clients that take it
        resp.setHeader("Vary", "Accept-Encoding");
        boolean sent;
        try {
            sent = responder.answer(req, resp, page, () -> render(req, origin, path.get(), shownPath, query.get())
                    .map(html -> new Responder.Rendered(html.getBytes(StandardCharsets.UTF_8), pageLanguage)).orElse(null));
        } catch (TemplateAnswered e) {
            // the template found the request wrong (a page number past the end): its error page, never kept
            String html = e.status == 400 ? errors.badRequest(pageLanguage, req.getContextPath(), home(req, pageLanguage))
                    : errors.notFound(pageLanguage, req.getContextPath(), home(req, pageLanguage));
            send(req, resp, e.status, pageLanguage, html);
            return;
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

    /**
     * What the HTML of a page depends on besides content: the origin of its absolute links (from
     * configuration or the server's own address, so no client can add keys), where the site is
     * mounted, language, page path and the query parameters templates may read ({@code ?page=2}), sorted.
     */
    static String key(String origin, String contextPath, PagePath page, Map<String, String> query) {
        StringBuilder key = new StringBuilder("page ").append(origin).append(' ').append(contextPath).append(' ').append(page.language())
                .append(' ').append(page.path());
        new java.util.TreeMap<>(query).forEach((name, value) -> key.append(' ').append(name).append('=').append(value));
        return key.toString();
    }

    /** A status a template asked for with {@code ctx.response.sendError}. */
    private static final class TemplateAnswered extends RuntimeException {

        private final int status;

        TemplateAnswered(int status) {
            super("template answered " + status, null, false, false);
            this.status = status;
        }
    }

    /** The page's HTML, or empty when no page answers to the path. */
    private Optional<String> render(HttpServletRequest req, String origin, PagePath path, String shownPath,
            Map<String, String> query) throws Exception {
        try (RenderRequest request = new RenderRequest(sessions, workspaces, path.language(), locales.defaultLocale(),
                locales.locales(), req.getContextPath(), origin, query, shownPath)) {
            try {
                Optional<PageResolver.Resolved> page = resolver.resolve(request, path.path());
                if (page.isEmpty()) {
                    return Optional.empty();
                }
                StringWriter out = new StringWriter(16384);
                RenderRequest resolved = request.withParameters(page.get().parameters());
                renderer.renderPage(resolved, page.get().page(), page.get().template(), out);
                if (resolved.errorStatus() != 0) {
                    throw new TemplateAnswered(resolved.errorStatus());
                }
                return Optional.of(out.toString());
            } catch (Exception e) {
                request.discardSessions();
                throw e;
            }
        }
    }

    /**
     * The parameters a template reads: a forward target's own (checked at start-up) before the request's,
     * as a servlet forward merges them, so {@code ?item=x} cannot change the item a URL names.
     */
    private static Optional<Map<String, String>> query(String raw, String target) {
        Optional<Map<String, String>> asked = PageQuery.parse(raw);
        int q = target.indexOf('?');
        Optional<Map<String, String>> forwarded = PageQuery.parse(q < 0 ? null : target.substring(q + 1));
        if (asked.isEmpty() || forwarded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> all = new LinkedHashMap<>(forwarded.get());
        asked.get().forEach(all::putIfAbsent);
        return all.size() > PageQuery.MAX_PARAMETERS ? Optional.empty() : Optional.of(all);
    }

    /** {@code redirect:} is 302, {@code permanent:} 301; a path of this site keeps the context path. */
    private static void redirect(HttpServletRequest req, HttpServletResponse resp, VirtualUriMapping.Match match) {
        String target = match.target();
        resp.setStatus(match.action() == VirtualUriMapping.Action.PERMANENT ? 301 : 302);
        resp.setHeader("Location", target.startsWith("/") ? req.getContextPath() + target : target);
        secure(resp);
        CacheControl.noStore(resp);
        resp.setContentLength(0);
    }

    /** {@code /}, or a language's root: {@code /ar/}, {@code /ar}. */
    private boolean isHome(String uri) {
        if (uri.isEmpty() || uri.equals("/")) {
            return true;
        }
        String first = uri.substring(1).endsWith("/") ? uri.substring(1, uri.length() - 1) : uri.substring(1);
        return locales.locales().contains(first);
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
