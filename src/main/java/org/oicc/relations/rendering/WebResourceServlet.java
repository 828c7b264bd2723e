package org.oicc.relations.rendering;

import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.Responder;
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
 * serves them. Only plain file names inside {@code webresources/} are served; the rest is 404. The
 * side's {@link Responder} validates them by their bytes (or, in previews, keeps them from caches).
 */
final class WebResourceServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "woff2", "font/woff2",
            "ico", "image/x-icon", "txt", "text/plain;charset=UTF-8", "json", "application/json");
    /** Files larger than this are not web resources of a light module. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final transient ModuleSource source;
    private final String prefix;
    private final transient Responder responder;

    WebResourceServlet(ModuleSource source, Responder responder) {
        this.source = source;
        this.responder = responder;
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
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        responder.answerFile(req, resp, body, TYPES.getOrDefault(extension, "application/octet-stream"));
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=UTF-8");
        CacheControl.noStore(resp);
        resp.getWriter().write(message + "\n");
    }
}
