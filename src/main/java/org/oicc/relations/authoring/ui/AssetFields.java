package org.oicc.relations.authoring.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetRefused;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code asset} fields of the edit form (an item's own properties, e.g. an organization's logo):
 * the form is sent as multipart; a chosen file ({@code p.logo@file}) is checked, re-encoded and
 * stored as a new asset whose key becomes the field's value; {@code p.logo@remove} clears it; the
 * alternative texts ({@code p.logo@alt}, {@code p.logo@alt_ar}, ...) are written on the asset. A
 * refused file is a problem of the field: the form comes back with all other input kept.
 */
final class AssetFields {

    static final String FILE = "@file";
    static final String REMOVE = "@remove";
    static final String ALT = "@alt";

    /** The request's parameters with the new asset keys, and the problems of refused files by field. */
    record Applied(Function<String, String[]> params, Map<String, List<String>> errors) {
    }

    private final UiContext ui;
    /** null: this instance takes no uploads (the field only keeps its value) */
    private final AssetUploads uploads;

    AssetFields(UiContext ui, AssetUploads uploads) {
        this.ui = ui;
        this.uploads = uploads;
    }

    static boolean has(ContentTypeDefinition type) {
        return type.model().properties().stream().anyMatch(PropertyDefinition::isAsset);
    }

    Applied apply(HttpServletRequest req, ContentTypeDefinition type, String user, UiText text) throws IOException, RepositoryException {
        Map<String, String[]> overrides = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (PropertyDefinition def : type.model().properties()) {
            if (!def.isAsset() || uploads == null) {
                continue;
            }
            String name = FormState.PREFIX + def.name();
            Map<String, String> alt = alt(req, name);
            Optional<Part> file = file(req, name + FILE);
            if ("true".equals(req.getParameter(name + REMOVE))) {
                overrides.put(name, new String[] {""});
            } else if (file.isPresent()) {
                try (InputStream in = file.get().getInputStream()) {
                    Asset asset = uploads.upload(uploads.read(in), file.get().getSubmittedFileName(), alt, user);
                    overrides.put(name, new String[] {asset.key().toString()});
                } catch (AssetRefused e) {
                    errors.put(def.name(), List.of(text.get("asset.error." + e.key(), e.args())));
                }
            } else {
                Optional<AssetKey> current = AssetKey.parse(req.getParameter(name));
                if (current.isPresent() && !alt.isEmpty()) {
                    uploads.store().setAlt(current.get(), alt, user);
                }
            }
        }
        Function<String, String[]> params = p -> overrides.containsKey(p) ? overrides.get(p) : req.getParameterValues(p);
        return new Applied(params, errors);
    }

    /** For the template: per asset field, the current asset's preview and alternative texts (by locale), if it names one. */
    Map<String, Object> describe(ContentTypeDefinition type, FormState state) throws RepositoryException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (uploads == null) {
            return out;
        }
        for (PropertyDefinition def : type.model().properties()) {
            Object value = state.values().get(def.name());
            Optional<AssetKey> key = def.isAsset() && value instanceof String s ? AssetKey.parse(s) : Optional.empty();
            Optional<Asset> asset = key.isEmpty() ? Optional.empty() : uploads.store().read(Side.AUTHOR, key.get());
            if (asset.isPresent()) {
                Asset a = asset.get();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("link", UiContext.PREVIEW_BASE + a.link());
                m.put("thumb", UiContext.PREVIEW_BASE + (a.width() > 160 && uploads.settings().renditionWidths().contains(160)
                        ? a.renditionLink(160) : a.link()));
                m.put("fileName", a.fileName());
                m.put("width", a.width());
                m.put("height", a.height());
                m.put("size", a.size());
                Map<String, String> alt = new LinkedHashMap<>();
                for (String locale : ui.content.locales().locales()) {
                    alt.put(locale, a.alt().getOrDefault(ui.content.locales().propertyName("alt", locale), ""));
                }
                m.put("alt", alt);
                out.put(def.name(), m);
            }
        }
        return out;
    }

    /** The largest file the form takes, for the field's hint. */
    String maxSize() {
        return uploads == null ? "" : (uploads.settings().maxBytes() / 1024) + " KB";
    }

    private Map<String, String> alt(HttpServletRequest req, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String locale : ui.content.locales().locales()) {
            String property = ui.content.locales().propertyName("alt", locale);
            String text = req.getParameter(name + "@" + property);
            if (text != null) {
                // one line: an alternative text is an attribute value, not a paragraph
                out.put(property, text.replaceAll("\\p{Cntrl}", " ").strip());
            }
        }
        return out;
    }

    private static Optional<Part> file(HttpServletRequest req, String name) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        try {
            Part part = req.getPart(name);
            return part == null || part.getSize() == 0 ? Optional.empty() : Optional.of(part);
        } catch (ServletException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
