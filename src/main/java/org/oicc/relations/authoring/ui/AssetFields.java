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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code asset} fields of the edit form, an item's own (an organization's {@code p.logo}) or a
 * submodel row's ({@code p.relationships.0.badge}): the form is sent as multipart; a chosen file
 * ({@code <name>@file}) is checked, re-encoded and stored as a new asset whose key becomes the
 * field's value; {@code <name>@remove} clears it; the alternative texts ({@code <name>@alt},
 * {@code <name>@alt_ar}, ...) are written on the asset; {@code <name>@pick} chooses an image of the
 * asset library instead (one uploaded on the Assets screen, say). A refused file is a problem of the field: the
 * form comes back with all other input kept.
 *
 * <p>An upload is <em>pending</em> until its item is saved ({@link org.oicc.relations.dam.PendingAssets}):
 * a form shown again for a problem elsewhere keeps the new key, so the next Save uses that image and
 * nothing is uploaded twice; a second file chosen instead deletes the first pending one at once; one
 * never saved is deleted after the grace period.
 */
final class AssetFields {

    static final String FILE = "@file";
    static final String REMOVE = "@remove";
    static final String ALT = "@alt";
    /** An image of the asset library chosen instead of a file. */
    static final String PICK = "@pick";
    /** How many of the library's newest images the chooser offers. */
    static final int LIBRARY = 100;

    /** The request's parameters with the new asset keys, and the problems of refused files by form path. */
    record Applied(Function<String, String[]> params, Map<String, List<String>> errors) {
    }

    /** One asset field of the submitted or shown form: its definition, parameter name and form path. */
    private record Slot(PropertyDefinition def, String name, String path) {
    }

    private final UiContext ui;
    /** null: this instance takes no uploads (the field only keeps its value) */
    private final AssetUploads uploads;

    AssetFields(UiContext ui, AssetUploads uploads) {
        this.ui = ui;
        this.uploads = uploads;
    }

    static boolean has(ContentTypeDefinition type) {
        return !type.model().assetProperties().isEmpty();
    }

    Applied apply(HttpServletRequest req, ContentTypeDefinition type, String user, UiText text) throws IOException, RepositoryException {
        Map<String, String[]> overrides = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (uploads == null) {
            return new Applied(req::getParameterValues, errors);
        }
        for (Slot slot : submitted(type, req::getParameterValues)) {
            String name = slot.name();
            Map<String, String> alt = alt(req, name);
            Optional<Part> file = file(req, name + FILE);
            Optional<AssetKey> current = AssetKey.parse(req.getParameter(name));
            if ("true".equals(req.getParameter(name + REMOVE))) {
                overrides.put(name, new String[] {""});
            } else if (file.isPresent()) {
                try (InputStream in = file.get().getInputStream()) {
                    Asset asset = uploads.upload(uploads.read(in), file.get().getSubmittedFileName(), alt, user, true);
                    overrides.put(name, new String[] {asset.key().toString()});
                    if (current.isPresent()) {
                        dropPending(current.get());
                    }
                } catch (AssetRefused e) {
                    errors.put(slot.path(), List.of(text.get("asset.error." + e.key(), e.args())));
                }
            } else if (AssetKey.parse(req.getParameter(name + PICK)).isPresent()) {
                AssetKey picked = AssetKey.parse(req.getParameter(name + PICK)).get();
                if (uploads.store().read(Side.AUTHOR, picked).isPresent()) {
                    overrides.put(name, new String[] {picked.toString()});
                } else {
                    errors.put(slot.path(), List.of(text.get("asset.pickMissing")));
                }
            } else if (current.isPresent() && !alt.isEmpty()) {
                uploads.store().setAlt(current.get(), alt, user);
            }
        }
        Function<String, String[]> params = p -> overrides.containsKey(p) ? overrides.get(p) : req.getParameterValues(p);
        return new Applied(params, errors);
    }

    /** The item was saved naming these assets: they are no longer pending. */
    void saved(ContentTypeDefinition type, FormState state) throws RepositoryException {
        if (uploads == null) {
            return;
        }
        Set<AssetKey> keys = new LinkedHashSet<>();
        for (Map.Entry<Slot, Object> e : shown(type, state).entrySet()) {
            if (e.getValue() instanceof String s) {
                AssetKey.parse(s).ifPresent(keys::add);
            }
        }
        uploads.pending().keep(keys);
    }

    /** An earlier pending upload of this form replaced by another file before any save: nobody can use it. */
    private void dropPending(AssetKey earlier) throws RepositoryException {
        if (uploads.pending().since(earlier).isPresent() && ui.content.assetReferrers(earlier.toString()).isEmpty()) {
            uploads.store().delete(earlier, () -> null);
        }
    }

    /** For the template: per asset field's parameter name, the current asset's preview and alternative texts (by locale). */
    Map<String, Object> describe(ContentTypeDefinition type, FormState state) throws RepositoryException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (uploads == null) {
            return out;
        }
        for (Map.Entry<Slot, Object> e : shown(type, state).entrySet()) {
            Optional<AssetKey> key = e.getValue() instanceof String s ? AssetKey.parse(s) : Optional.empty();
            Optional<Asset> asset = key.isEmpty() ? Optional.empty() : uploads.store().read(Side.AUTHOR, key.get());
            if (asset.isPresent()) {
                out.put(e.getKey().name(), preview(asset.get(), uploads.pending().since(key.get()).isPresent()));
            }
        }
        return out;
    }

    private Map<String, Object> preview(Asset a, boolean pending) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("link", UiContext.PREVIEW_BASE + a.link());
        m.put("thumb", UiContext.PREVIEW_BASE + (a.width() > 160 && uploads.settings().renditionWidths().contains(160)
                ? a.renditionLink(160) : a.link()));
        m.put("fileName", a.fileName());
        m.put("width", a.width());
        m.put("height", a.height());
        m.put("size", a.size());
        m.put("pending", pending);
        Map<String, String> alt = new LinkedHashMap<>();
        for (String locale : ui.content.locales().locales()) {
            alt.put(locale, a.alt().getOrDefault(ui.content.locales().propertyName("alt", locale), ""));
        }
        m.put("alt", alt);
        return m;
    }

    /** The library's newest images for the chooser of every asset field: {key, label}; empty without uploads. */
    List<Map<String, Object>> library(UiText t) throws RepositoryException {
        List<Map<String, Object>> out = new ArrayList<>();
        if (uploads == null) {
            return out;
        }
        for (Asset a : uploads.store().newest(Side.AUTHOR, LIBRARY)) {
            out.add(Map.of("key", a.key().toString(), "label", t.get("asset.pickOption", a.fileName(),
                    t.get("assets.dimensions", t.number(a.width()), t.number(a.height())))));
        }
        return out;
    }

    /** The largest file the form takes, for the field's hint. */
    String maxSize() {
        return uploads == null ? "" : (uploads.settings().maxBytes() / 1024) + " KB";
    }

    /** The asset fields a submitted form has, submodel rows as their row markers list them (as {@link FormState} reads them). */
    private static List<Slot> submitted(ContentTypeDefinition type, Function<String, String[]> param) {
        List<Slot> out = new ArrayList<>();
        submitted(type, type.model().properties(), FormState.PREFIX, "", param, out);
        return out;
    }

    private static void submitted(ContentTypeDefinition type, List<PropertyDefinition> defs, String prefix, String path,
                                  Function<String, String[]> param, List<Slot> out) {
        for (PropertyDefinition def : defs) {
            if (def.isAsset() && !def.multiple()) {
                out.add(new Slot(def, prefix + def.name(), path + def.name()));
            } else if (def.isSubModel()) {
                String[] rows = param.apply(prefix + def.name());
                for (String row : rows == null ? new String[0] : rows) {
                    if (row.matches("\\d{1,4}")) {
                        String at = path + def.name() + (def.multiple() ? "[" + row + "]" : "") + ".";
                        submitted(type, FormState.subModel(type, def).properties(), prefix + def.name() + "." + row + ".", at, param, out);
                    }
                }
            }
        }
    }

    /** The asset fields of the form as drawn from a state, with their values (row numbers as {@link FormView} gives them). */
    private static Map<Slot, Object> shown(ContentTypeDefinition type, FormState state) {
        Map<Slot, Object> out = new LinkedHashMap<>();
        shown(type, type.model().properties(), state.values(), FormState.PREFIX, "", out);
        return out;
    }

    private static void shown(ContentTypeDefinition type, List<PropertyDefinition> defs, Map<?, ?> values, String prefix, String path,
                              Map<Slot, Object> out) {
        for (PropertyDefinition def : defs) {
            if (def.isAsset() && !def.multiple()) {
                out.put(new Slot(def, prefix + def.name(), path + def.name()), values.get(def.name()));
            } else if (def.isSubModel() && values.get(def.name()) instanceof List<?> rows) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) instanceof Map<?, ?> row) {
                        String at = path + def.name() + (def.multiple() ? "[" + i + "]" : "") + ".";
                        shown(type, FormState.subModel(type, def).properties(), row, prefix + def.name() + "." + i + ".", at, out);
                    }
                }
            }
        }
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
