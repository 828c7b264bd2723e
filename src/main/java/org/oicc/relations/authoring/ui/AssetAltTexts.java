package org.oicc.relations.authoring.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.oicc.relations.content.ContentLocales;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Assets screen's form fields: an alternative text per content language ({@code alt},
 * {@code alt_ar}, ...: the default language unsuffixed, as the asset stores them), shown side by
 * side, each with its language and direction; and the uploaded file part.
 */
final class AssetAltTexts {

    private final UiContext ui;

    AssetAltTexts(UiContext ui) {
        this.ui = ui;
    }

    /** One alternative-text field per content language, the default language first: {name, locale, dir, label, value}. */
    List<Map<String, Object>> fields(UiText t, Map<String, String> values) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String locale : ui.content.locales().locales()) {
            String property = ui.content.locales().propertyName("alt", locale);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", property);
            f.put("locale", locale);
            f.put("dir", ContentLocales.direction(locale));
            f.put("label", t.get("asset.alt", FormView.languageName(t, locale)));
            f.put("value", values.getOrDefault(property, ""));
            out.add(f);
        }
        return out;
    }

    Map<String, String> fromRequest(HttpServletRequest req) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String locale : ui.content.locales().locales()) {
            String property = ui.content.locales().propertyName("alt", locale);
            String text = req.getParameter(property);
            if (text != null) {
                out.put(property, text.replaceAll("\\p{Cntrl}", " ").strip());
            }
        }
        return out;
    }

    /** The upload's {@code file} part of a multipart form; empty for none, an empty one, or a form that is not multipart. */
    static Optional<Part> file(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        try {
            Part part = req.getPart("file");
            return part == null || part.getSize() == 0 ? Optional.empty() : Optional.of(part);
        } catch (ServletException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
