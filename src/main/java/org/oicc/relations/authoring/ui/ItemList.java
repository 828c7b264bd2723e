package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The items of one content type: search over node name and title column, sort, publication status of each. */
final class ItemList {

    private final UiContext ui;
    private final SessionProvider sessions;

    ItemList(UiContext ui, SessionProvider sessions) {
        this.ui = ui;
        this.sessions = sessions;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type)
            throws IOException, RepositoryException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        String sort = "modified".equals(req.getParameter("sort")) ? "modified" : "name";
        String needle = q.toLowerCase(Locale.ROOT);
        List<String> titleKeys = FormState.keys(titleProperty(ui.module, type), ui.content.locales());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>(ui.content.list(type.name()));
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        if ("modified".equals(sort)) {
            items.sort(Comparator.comparing((Item i) -> i.lastModified() == null ? 0L : i.lastModified().toInstant().toEpochMilli()).reversed());
        } else {
            items.sort(Comparator.comparing((Item i) -> title(i, titleKeys.get(0)), collator));
        }
        Session author = sessions.login(Side.AUTHOR, type.workspace());
        try {
            for (Item item : items) {
                if (!needle.isEmpty() && !matches(item, titleKeys, needle)) {
                    continue;
                }
                PublicationStatus status = PublicationStatus.of(author.getNode(item.path()));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", item.name());
                row.put("title", title(item, titleKeys.get(0)));
                row.put("href", UiContext.itemUrl(type, item.name()));
                row.put("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                row.put("statusLabel", statusLabel(status));
                row.put("modified", UiContext.when(item.lastModified()));
                row.put("modifiedBy", item.lastModifiedBy() == null ? "" : item.lastModifiedBy());
                rows.add(row);
            }
        } finally {
            author.logout();
        }
        String heading = ui.labels.contentType(ui.module, type);
        Map<String, Object> m = ui.frame(session, heading, type);
        m.put("heading", heading);
        m.put("q", q);
        m.put("sort", sort);
        m.put("rows", rows);
        m.put("total", items.size());
        m.put("listUrl", UiContext.listUrl(type));
        m.put("newUrl", UiContext.itemUrl(type, ItemForm.NEW));
        m.put("itemLabel", ui.labels.item(ui.module, type));
        if ("deleted".equals(req.getParameter("msg"))) {
            m.put("message", "Deleted.");
        }
        ui.pages.render(resp, 200, "list.ftlh", m);
    }

    static String statusLabel(PublicationStatus status) {
        return switch (status) {
            case NEVER_PUBLISHED -> "Never published";
            case MODIFIED -> "Modified since published";
            case PUBLISHED -> "Published";
        };
    }

    /**
     * The property an item is known by: the first browser column of its app that names a property
     * (Magnolia's {@code subApps.browser.workbench.contentViews}), else the first single text-like one.
     */
    static PropertyDefinition titleProperty(LightModule module, ContentTypeDefinition type) {
        List<PropertyDefinition> props = type.model().properties();
        return module.apps().values().stream()
                .filter(app -> type.name().equals(app.contentType()))
                .flatMap(app -> app.columns().stream())
                .flatMap(column -> type.model().property(column).filter(p -> !p.isSubModel()).stream())
                .findFirst()
                .or(() -> props.stream().filter(p -> !p.isSubModel() && !p.isReference() && !p.multiple()).findFirst())
                .orElse(props.get(0));
    }

    static String title(Item item, String key) {
        Object v = item.properties().get(key);
        return v instanceof String s && !s.isBlank() ? s : item.name();
    }

    private static boolean matches(Item item, List<String> titleKeys, String needle) {
        if (item.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (String key : titleKeys) {
            Object v = item.properties().get(key);
            if (v instanceof String s && s.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
