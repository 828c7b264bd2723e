package org.oicc.relations.rendering;

import org.oicc.relations.caching.HttpCaching;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.definition.ModuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /.resources/<module>/webresources/...}: the light module's static files (CSS), as Magnolia
 * serves them. Only plain file names inside {@code webresources/} are served; the rest is 404.
 */
final class WebResourceServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=3600";
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "woff2", "font/woff2",
            "ico", "image/x-icon", "txt", "text/plain;charset=UTF-8", "json", "application/json");
    /** Files larger than this are not web resources of a light module. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final transient ModuleSource source;
    private final String prefix;

    WebResourceServlet(ModuleSource source) {
        this.source = source;
        this.prefix = "/" + source.moduleName() + "/webresources/";
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setHeader("Allow", PageServlet.ALLOW);
            plain(resp, 405, "method not allowed; use GET or HEAD");
            return;
        }
        String path = req.getPathInfo();
        if (path == null || !path.startsWith(prefix)) {
            plain(resp, 404, "no such web resource");
            return;
        }
        String file = path.substring(prefix.length());
        String relative = "webresources/" + file;
        if (!FILE.matcher(file).matches() || file.contains("..") || !source.exists(relative)) {
            plain(resp, 404, "no such web resource");
            return;
        }
        byte[] body;
        try (InputStream in = source.open(relative)) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            plain(resp, 404, "no such web resource");
            return;
        }
        String etag = HttpCaching.etag(body);
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (HttpCaching.notModified(req, etag)) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(message + "\n");
    }
}
