package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page of the items of a content type, searched and sorted by the index (never by reading the
 * workspace): the app's text columns, node name, publication status and last change of each.
 */
final class ItemList {

    private final UiContext ui;
    private final SessionProvider sessions;
    private final ItemIndex index;
    private final ReferencePicker picker;

    ItemList(UiContext ui, SessionProvider sessions, ItemIndex index, ReferencePicker picker) {
        this.ui = ui;
        this.sessions = sessions;
        this.index = index;
        this.picker = picker;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type)
            throws IOException, RepositoryException {
        ItemColumns columns = ItemColumns.of(ui.module, type);
        ListQuery query = ListQuery.parse(req.getParameter("q"), req.getParameter("sort"), req.getParameter("page"), columns);
        String language = picker.uiLanguage();
        ItemSearch search = columns.search(query.q());
        IndexPage page = index.items(type.workspace(), search, query.order(language), query.offset(), ListQuery.PAGE_SIZE);
        String note = null;
        int pages = (int) Math.max(1, (page.total() + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        if (query.page() > pages) {
            note = "There is no page " + query.page() + "; this is the last one, page " + pages + ".";
            query = query.onPage(pages);
            page = index.items(type.workspace(), search, query.order(language), query.offset(), ListQuery.PAGE_SIZE);
        }
        String listUrl = UiContext.listUrl(type);
        String heading = ui.labels.contentType(ui.module, type);
        Map<String, Object> m = ui.frame(session, heading, type);
        m.put("heading", heading);
        m.put("q", query.q());
        m.put("sortParam", (query.descending() ? "-" : "") + query.sort());
        m.put("headers", headers(type, columns, query, listUrl));
        m.put("rows", rows(type, columns, page.paths(), language));
        m.put("total", page.total());
        m.put("range", range(query, page));
        m.put("pager", pager(query, pages, listUrl, columns.title()));
        m.put("listUrl", listUrl);
        m.put("newUrl", UiContext.itemUrl(type, ItemForm.NEW));
        m.put("itemLabel", ui.labels.item(ui.module, type));
        List<String> searched = new ArrayList<>(columns.properties().stream()
                .map(p -> ui.labels.property(type, null, p.name()).toLowerCase(Locale.ROOT)).toList());
        searched.add("node name");
        m.put("searchLabel", "Search " + String.join(", ", searched.subList(0, searched.size() - 1)) + " or " + searched.get(searched.size() - 1));
        if (note != null) {
            m.put("note", note);
        }
        if ("deleted".equals(req.getParameter("msg"))) {
            m.put("message", "Deleted.");
        }
        ui.pages.render(resp, 200, "list.ftlh", m);
    }

    private List<Map<String, Object>> headers(ContentTypeDefinition type, ItemColumns columns, ListQuery query, String listUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PropertyDefinition p : columns.properties()) {
            out.add(header(ui.labels.property(type, null, p.name()), p.name(), query, listUrl, columns));
        }
        out.add(header("Node name", ListQuery.NODE, query, listUrl, columns));
        out.add(header("Status", null, query, listUrl, columns));
        out.add(header("Last modified", ListQuery.MODIFIED, query, listUrl, columns));
        out.add(header("By", null, query, listUrl, columns));
        return out;
    }

    private static Map<String, Object> header(String label, String key, ListQuery query, String listUrl, ItemColumns columns) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("label", label);
        if (key != null) {
            h.put("ariaSort", query.ariaSort(key));
            h.put("href", query.sortedBy(key).url(listUrl, columns.title()));
            h.put("next", query.sortedBy(key).descending() ? "descending" : "ascending");
        }
        return h;
    }

    private List<Map<String, Object>> rows(ContentTypeDefinition type, ItemColumns columns, List<String> paths, String language)
            throws RepositoryException {
        List<Map<String, Object>> rows = new ArrayList<>();
        Session author = sessions.login(Side.AUTHOR, type.workspace());
        try {
            for (String path : paths) {
                Item item;
                PublicationStatus status;
                String publishedBy;
                try {
                    item = ui.content.read(type.name(), path);
                    javax.jcr.Node node = author.getNode(item.path());
                    status = PublicationStatus.of(node);
                    publishedBy = publishedBy(node, status);
                } catch (org.oicc.relations.content.NoSuchItemException | PathNotFoundException e) {
                    continue; // deleted since the index answered
                }
                Map<String, Object> row = new LinkedHashMap<>();
                List<String> cells = new ArrayList<>();
                for (PropertyDefinition p : columns.properties()) {
                    cells.add(text(item, p, language));
                }
                row.put("title", cells.get(0).isEmpty() ? item.name() : cells.get(0));
                row.put("cells", cells.subList(1, cells.size()));
                row.put("name", item.name());
                row.put("href", UiContext.itemUrl(type, item.name()));
                row.put("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                row.put("statusLabel", statusLabel(status));
                row.put("modified", UiContext.when(item.lastModified()));
                row.put("modifiedBy", item.lastModifiedBy() == null ? "" : item.lastModifiedBy());
                row.put("publishedBy", publishedBy);
                rows.add(row);
            }
        } finally {
            author.logout();
        }
        return rows;
    }

    /** Who published the version the public side has (mgnl:lastActivatedBy), or "" when none is public. */
    private static String publishedBy(javax.jcr.Node node, PublicationStatus status) throws RepositoryException {
        if (status == PublicationStatus.NEVER_PUBLISHED || status == PublicationStatus.UNPUBLISHED || !node.hasProperty(org.oicc.relations.repository.MgnlNames.LAST_ACTIVATED_BY)) {
            return "";
        }
        return node.getProperty(org.oicc.relations.repository.MgnlNames.LAST_ACTIVATED_BY).getString();
    }

    /** A column as a reader in the UI language sees it: the translation, else the default language's value. */
    private String text(Item item, PropertyDefinition p, String language) {
        if (p.i18n()) {
            Object translated = item.properties().get(ui.content.locales().propertyName(p.name(), language));
            if (translated instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return item.properties().get(p.name()) instanceof String s ? s : "";
    }

    /** "1–50 of 100,000" (or "0 of 0"), in the UI's language. */
    private static String range(ListQuery query, IndexPage page) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (page.total() == 0) {
            return "0 of 0";
        }
        long from = query.offset() + 1L;
        long to = Math.min(page.total(), query.offset() + (long) ListQuery.PAGE_SIZE);
        return n.format(from) + "–" + n.format(to) + " of " + n.format(page.total());
    }

    private static Map<String, Object> pager(ListQuery query, int pages, String listUrl, PropertyDefinition title) {
        Map<String, Object> p = new LinkedHashMap<>();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        p.put("page", n.format(query.page()));
        p.put("pages", n.format(pages));
        if (query.page() > 1) {
            p.put("first", query.onPage(1).url(listUrl, title));
            p.put("prev", query.onPage(query.page() - 1).url(listUrl, title));
        }
        if (query.page() < pages) {
            p.put("next", query.onPage(query.page() + 1).url(listUrl, title));
            p.put("last", query.onPage(pages).url(listUrl, title));
        }
        return p;
    }

    static String statusLabel(PublicationStatus status) {
        return switch (status) {
            case NEVER_PUBLISHED -> "Never published";
            case MODIFIED -> "Modified since published";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }

    static String title(Item item, String key) {
        Object v = item.properties().get(key);
        return v instanceof String s && !s.isBlank() ? s : item.name();
    }
}
