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
        UiText t = session.text();
        // the columns in the editor's language where content has it, else the UI's content language
        String language = ui.content.locales().locales().contains(t.language()) ? t.language() : picker.uiLanguage();
        ItemSearch search = columns.search(query.q());
        IndexPage page = index.items(type.workspace(), search, query.order(language), query.offset(), ListQuery.PAGE_SIZE);
        String note = null;
        int pages = (int) Math.max(1, (page.total() + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        if (query.page() > pages) {
            note = t.get("list.noSuchPage", query.page(), pages);
            query = query.onPage(pages);
            page = index.items(type.workspace(), search, query.order(language), query.offset(), ListQuery.PAGE_SIZE);
        }
        String listUrl = UiContext.listUrl(type);
        String heading = t.labels().contentType(ui.module, type);
        Map<String, Object> m = ui.frame(session, heading, type);
        m.put("heading", heading);
        m.put("q", query.q());
        m.put("sortParam", (query.descending() ? "-" : "") + query.sort());
        m.put("headers", headers(t, type, columns, query, listUrl));
        m.put("rows", rows(t, type, columns, page.paths(), language));
        m.put("total", page.total());
        m.put("range", range(t, query, page));
        m.put("pager", pager(t, query, pages, listUrl, columns.title()));
        m.put("listUrl", listUrl);
        m.put("newUrl", UiContext.itemUrl(type, ItemForm.NEW));
        m.put("itemLabel", t.labels().item(ui.module, type));
        List<String> searched = new ArrayList<>(columns.properties().stream()
                .map(p -> t.labels().property(type, null, p.name()).toLowerCase(t.locale())).toList());
        searched.add(t.get("list.nodeNameLower"));
        m.put("searchLabel", t.get("list.searchLabel", String.join(t.get("common.listSep"), searched.subList(0, searched.size() - 1)),
                searched.get(searched.size() - 1)));
        if (note != null) {
            m.put("note", note);
        }
        if ("deleted".equals(req.getParameter("msg"))) {
            m.put("message", t.get("list.deleted"));
        }
        ui.pages.render(resp, 200, "list.ftlh", m);
    }

    private List<Map<String, Object>> headers(UiText t, ContentTypeDefinition type, ItemColumns columns, ListQuery query, String listUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PropertyDefinition p : columns.properties()) {
            out.add(header(t.labels().property(type, null, p.name()), p.name(), query, listUrl, columns));
        }
        out.add(header(t.get("list.nodeName"), ListQuery.NODE, query, listUrl, columns));
        out.add(header(t.get("list.status"), null, query, listUrl, columns));
        out.add(header(t.get("list.modified"), ListQuery.MODIFIED, query, listUrl, columns));
        out.add(header(t.get("list.by"), null, query, listUrl, columns));
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

    private List<Map<String, Object>> rows(UiText t, ContentTypeDefinition type, ItemColumns columns, List<String> paths, String language)
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
                row.put("statusLabel", statusLabel(t, status));
                row.put("modified", t.when(item.lastModified()));
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
        if (status == PublicationStatus.NEVER_PUBLISHED || !node.hasProperty(org.oicc.relations.repository.MgnlNames.LAST_ACTIVATED_BY)) {
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

    /** "1–50 of 100,000" (or "0 of 0"), in the UI's language and its digits. */
    private static String range(UiText t, ListQuery query, IndexPage page) {
        if (page.total() == 0) {
            return t.get("list.rangeNone", 0);
        }
        long from = query.offset() + 1L;
        long to = Math.min(page.total(), query.offset() + (long) ListQuery.PAGE_SIZE);
        return t.get("list.range", from, to, page.total());
    }

    private static Map<String, Object> pager(UiText t, ListQuery query, int pages, String listUrl, PropertyDefinition title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("page", t.number(query.page()));
        p.put("pages", t.number(pages));
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

    static String statusLabel(UiText t, PublicationStatus status) {
        return t.get("status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String title(Item item, String key) {
        Object v = item.properties().get(key);
        return v instanceof String s && !s.isBlank() ? s : item.name();
    }
}
