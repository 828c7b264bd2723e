package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.VersionDiff;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ContentTypeDefinition;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /.author/items/{type}/{item}/versions/{version}}: who published the version, when, the
 * note, and a field-by-field comparison with the current draft.
 */
final class VersionPage {

    private final UiContext ui;
    private final Versions versions;

    VersionPage(UiContext ui, Versions versions) {
        this.ui = ui;
        this.versions = versions;
    }

    void show(HttpServletResponse resp, UiSession session, ContentTypeDefinition type, String name, String version)
            throws IOException, RepositoryException {
        UiText t = session.text();
        ItemNames names = new ItemNames(ui, t);
        Item item = ui.content.read(type.name(), name);
        Versions.Entry entry = versions.list(type.workspace(), item.path()).stream().filter(e -> e.name().equals(version))
                .findFirst().orElseThrow(() -> UiError.notFound("error.noVersion", version));
        List<Map<String, Object>> changes = rows(versions.diff(type.workspace(), item.path(), version), ui, t, type);
        Map<String, Object> m = ui.frame(session, t.get("history.versionOf", version, names.title(type, item)), type);
        m.put("heading", t.get("history.versionOf", version, names.describe(type, item)));
        m.put("itemUrl", UiContext.itemUrl(type, name));
        m.put("action", UiContext.itemUrl(type, name));
        m.put("version", version);
        m.put("published", t.when(entry.published()));
        m.put("by", entry.publishedBy() == null ? "" : entry.publishedBy());
        m.put("note", entry.note() == null ? "" : entry.note());
        m.put("changes", changes);
        m.put("canEdit", session.user().has(org.oicc.relations.authoring.users.Role.EDITOR));
        ui.pages.render(resp, 200, "version.ftlh", m);
    }

    /** The differences as table rows, each field named by its label (and language); pages ({@code type} null) by their path. */
    static List<Map<String, Object>> rows(List<VersionDiff.Change> changes, UiContext ui, UiText t, ContentTypeDefinition type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (VersionDiff.Change c : changes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", c.field());
            row.put("field", label(c.field(), ui, t, type));
            row.put("then", c.then() == null ? "—" : c.then());
            row.put("now", c.now() == null ? "—" : c.now());
            out.add(row);
        }
        return out;
    }

    /** {@code name_ar} → "Name (العربية)"; {@code relationships/0/role} → "Relationships 1: Role". */
    private static String label(String field, UiContext ui, UiText t, ContentTypeDefinition type) {
        String[] parts = field.split("/");
        String property = parts[parts.length - 1];
        String language = null;
        ContentLocales locales = ui.content.locales();
        for (String locale : locales.translations()) {
            if (property.endsWith("_" + locale)) {
                property = property.substring(0, property.length() - locale.length() - 1);
                language = FormView.languageName(t, locale);
            }
        }
        String text;
        if (type == null) {
            text = field.substring(0, field.length() - parts[parts.length - 1].length()) + property;
        } else if (parts.length >= 3) {
            String sub = parts[parts.length - 3];
            String entry = parts[parts.length - 2];
            String number = entry.matches("\\d{1,6}") ? String.valueOf(Integer.parseInt(entry) + 1) : entry;
            text = t.get("history.entryField", t.labels().property(type, null, sub), number, t.labels().property(type, sub, property));
        } else {
            text = t.labels().property(type, null, property);
        }
        return language == null ? text : t.get("form.inLanguage", text, language);
    }
}
