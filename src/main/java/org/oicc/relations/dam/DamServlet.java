package org.oicc.relations.dam;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.ConditionalRequest;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves asset files at {@code /dam/jcr:<id>/<fileName>} (Magnolia's address of a DAM asset), and
 * width renditions at {@code ?width=N} for the configured widths, from one side's {@code dam}
 * workspace: the public side for everyone, the author side behind the editors' login. Answers carry
 * an ETag and Last-Modified from the asset's last change and are answered 304 when the client's copy
 * is current; {@code nosniff} and a CSP that allows nothing keep a browser from treating a file as
 * anything but an image.
 */
public final class DamServlet extends HttpServlet {

    /** Where the servlet is mounted, below the context (Magnolia's DAM links start so). */
    public static final String PATH = "/dam";
    private static final Logger LOG = LoggerFactory.getLogger(DamServlet.class);

    private final transient AssetStore store;
    private final transient Renditions renditions;
    private final transient Side side;
    private final transient ObjectMapper json;
    private final String cacheControl;

    /** @param cacheControl e.g. {@code public, max-age=300} on the public side, {@code private, no-cache} for drafts */
    public DamServlet(AssetStore store, Renditions renditions, Side side, ObjectMapper json, String cacheControl) {
        this.store = store;
        this.renditions = renditions;
        this.side = side;
        this.json = json;
        this.cacheControl = cacheControl;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
                resp.setHeader("Allow", "GET, HEAD");
                throw new HttpError(405, "methodNotAllowed", "assets are only read (GET, HEAD)");
            }
            answer(req, resp);
        } catch (HttpError e) {
            error(resp, e);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("asset request {} failed", req.getRequestURI(), e);
            error(resp, new HttpError(500, "unknown", "the asset cannot be read now"));
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException, RepositoryException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String[] parts = path.split("/", -1);
        if (parts.length != 3 || !parts[0].isEmpty()) {
            throw notFound(path);
        }
        AssetKey key = AssetKey.parse(parts[1]).orElseThrow(() -> notFound(path));
        Asset asset = store.read(side, key).orElseThrow(() -> notFound(path));
        if (!URLDecoder.decode(parts[2].replace("+", "%2B"), StandardCharsets.UTF_8).equals(asset.fileName())) {
            throw notFound(path);
        }
        int width = width(req.getParameter("width"));
        String etag = "\"" + key.identifier() + "-" + asset.lastModified().toEpochMilli() + (width > 0 ? "-w" + width : "") + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", asset.lastModified().toEpochMilli());
        CacheControl.set(resp, cacheControl);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if (ConditionalRequest.notModified(req, etag, asset.lastModified())) {
            resp.setStatus(304);
            return;
        }
        byte[] body;
        String type;
        Optional<Renditions.Rendition> rendition = width > 0 ? renditions.of(asset, width, () -> original(key)) : Optional.empty();
        if (rendition.isPresent()) {
            body = rendition.get().bytes();
            type = rendition.get().mimeType();
        } else {
            body = original(key);
            type = asset.mimeType();
        }
        resp.setContentType(type);
        resp.setHeader("Content-Disposition", "inline; filename=\"" + asset.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private int width(String raw) {
        if (raw == null) {
            return 0;
        }
        int w;
        try {
            w = raw.matches("\\d{1,5}") ? Integer.parseInt(raw) : -1;
        } catch (NumberFormatException e) {
            w = -1;
        }
        if (!renditions.isAllowedWidth(w)) {
            throw new HttpError(400, "invalidValueFormat", "width must be one of the rendition widths " + renditions.widths()
                    + ", not '" + raw + "'");
        }
        return w;
    }

    private byte[] original(AssetKey key) {
        try {
            return store.data(side, key).orElseThrow(() -> notFound(key.toString()));
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read asset " + key, e);
        }
    }

    private static HttpError notFound(String path) {
        return new HttpError(404, "pathNotFound", "no asset at " + PATH + path);
    }

    private void error(HttpServletResponse resp, HttpError e) {
        if (resp.isCommitted()) {
            return;
        }
        try {
            resp.resetBuffer();
            byte[] body = ErrorBody.bytes(json, e);
            resp.setStatus(e.status());
            CacheControl.noStore(resp);
            resp.setContentType("application/json;charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }
}
