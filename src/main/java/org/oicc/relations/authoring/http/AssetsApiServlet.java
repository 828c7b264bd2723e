package org.oicc.relations.authoring.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetJson;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetRefused;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.repository.Side;
import org.oicc.relations.http.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assets on the author side, {@code /.rest/assets/v1}: POST an image as the request body
 * ({@code ?fileName=logo.png&alt=...&alt_ar=...}) to store it, checked and re-encoded, as a new
 * asset (201 with the asset's JSON, {@code @id} being the key an {@code asset} property takes);
 * GET {@code /jcr:<id>} reads one; DELETE {@code /jcr:<id>} removes it unless an item still names
 * it or it is published. Editors only.
 */
public final class AssetsApiServlet extends HttpServlet {

    public static final String PATH = "/.rest/assets/v1";
    private static final Logger LOG = LoggerFactory.getLogger(AssetsApiServlet.class);

    private final transient AssetUploads uploads;
    private final transient ContentService content;
    private final transient Authentication auth;
    private final transient JsonIO io;

    public AssetsApiServlet(AssetUploads uploads, ContentService content, Authentication auth, JsonIO io) {
        this.uploads = uploads;
        this.content = content;
        this.auth = auth;
        this.io = io;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
            switch (req.getMethod()) {
                case "POST" -> {
                    if (!"/".equals(path)) {
                        throw ApiError.notFound(path);
                    }
                    create(req, resp);
                }
                case "GET", "HEAD" -> read(req, resp, key(path));
                case "DELETE" -> delete(req, resp, key(path));
                default -> {
                    resp.setHeader("Allow", "GET, HEAD, POST, DELETE");
                    throw new ApiError(405, "methodNotAllowed", "method " + req.getMethod() + " is not allowed");
                }
            }
        } catch (ApiError e) {
            JsonIO.drain(req);
            io.error(resp, e);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("assets API request {} {} failed", req.getMethod(), req.getRequestURI(), e);
            io.error(resp, new ApiError(500, "unknown", "the request could not be carried out"));
        }
    }

    private void create(HttpServletRequest req, HttpServletResponse resp) throws IOException, RepositoryException {
        User user = auth.require(req, Role.EDITOR);
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
            throw new ApiError(415, "unsupportedMediaType", "send the image itself as the body, with its image/* Content-Type "
                    + "(PNG, JPEG, GIF or WebP), not " + (type.isEmpty() ? "no Content-Type" : type));
        }
        if (req.getContentLengthLong() > uploads.settings().maxBytes()) {
            throw new ApiError(413, "fileTooLarge", "the file has " + req.getContentLengthLong() + " bytes; images may have at most "
                    + uploads.settings().maxBytes());
        }
        String fileName = req.getParameter("fileName");
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new ApiError(400, "invalidValueFormat", "fileName (the image's file name, at most 200 characters) is required");
        }
        Asset asset;
        try {
            asset = uploads.upload(uploads.read(req.getInputStream()), fileName, alt(req), user.name());
        } catch (AssetRefused e) {
            throw new ApiError(e.status(), e.code(), e.getMessage());
        }
        resp.setHeader("Location", req.getContextPath() + PATH + "/" + asset.key());
        io.write(resp, 201, out -> AssetJson.write(out, asset, asset.alt(), options()));
    }

    /** {@code alt} and {@code alt_<locale>} parameters of the content languages; any other {@code alt_*} is refused. */
    private Map<String, String> alt(HttpServletRequest req) {
        ContentLocales locales = content.locales();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : req.getParameterMap().keySet()) {
            if (name.equals("alt") || name.startsWith("alt_")) {
                String locale = name.equals("alt") ? null : name.substring(4);
                if (locale != null && !locales.isTranslation(locale)) {
                    throw new ApiError(400, "invalidValueFormat", name + " is not an alternative text of a content language "
                            + "(alt, " + String.join(", ", locales.translations().stream().map(l -> "alt_" + l).toList()) + ")");
                }
                String text = req.getParameter(name);
                if (text.length() > 500 || text.chars().anyMatch(c -> Character.isISOControl(c))) {
                    throw new ApiError(400, "invalidValueFormat", name + " must be one line of at most 500 characters");
                }
                out.put(name, text);
            }
        }
        return out;
    }

    private void read(HttpServletRequest req, HttpServletResponse resp, AssetKey key) throws IOException, RepositoryException {
        auth.require(req, Role.EDITOR);
        Asset asset = uploads.store().read(Side.AUTHOR, key).orElseThrow(() -> ApiError.notFound(key.toString()));
        io.write(resp, 200, out -> AssetJson.write(out, asset, asset.alt(), options()));
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp, AssetKey key) throws IOException, RepositoryException {
        auth.require(req, Role.EDITOR);
        boolean deleted = uploads.store().delete(key, () -> {
            Set<String> referrers = content.assetReferrers(key.toString());
            if (!referrers.isEmpty()) {
                throw new ApiError(409, "referenced", "asset " + key + " is still used by " + String.join(", ", referrers)
                        + "; remove it there first", List.of(new HttpError.Problem("@id", "is still referenced by "
                        + String.join(", ", referrers))));
            }
            if (uploads.store().isPublished(key)) {
                throw new ApiError(409, "published", "asset " + key + " is published: unpublish it first (workspace dam), "
                        + "then delete the draft");
            }
            return null;
        });
        if (!deleted) {
            throw ApiError.notFound(key.toString());
        }
        resp.setStatus(204);
    }

    private AssetJson.Options options() {
        return new AssetJson.Options(true, true, uploads.settings().renditionWidths());
    }

    private static AssetKey key(String path) {
        return AssetKey.parse(path.substring(1)).orElseThrow(() -> ApiError.notFound(path));
    }
}
