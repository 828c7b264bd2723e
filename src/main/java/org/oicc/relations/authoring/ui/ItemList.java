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
import org.oicc.relations.index.TranslationGaps;
import org.oicc.relations.repository.SessionProvider;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One page of the items of a content type, searched and sorted by the index (never by reading the
 * workspace): the app's text columns, node name, publication status and last change of each.
 */
final class ItemList {

    private final UiContext ui;
    private final ItemIndex index;
    private final ReferencePicker picker;
    private final Optional<TranslationGaps> gaps;
    private final ListRows rows;

    ItemList(UiContext ui, SessionProvider sessions, ItemIndex index, ReferencePicker picker) {
        this.ui = ui;
        this.index = index;
        this.picker = picker;
        this.gaps = TranslationGaps.of(index);
        this.rows = new ListRows(ui, sessions, picker, gaps);
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type)
            throws IOException, RepositoryException {
        ItemColumns columns = ItemColumns.of(ui.module, type);
        List<String> translations = rows.countsTranslations() ? ui.content.locales().translations() : List.of();
        ListQuery query = ListQuery.parse(req.getParameter("q"), req.getParameter("sort"), req.getParameter("page"),
                req.getParameter("missing"), translations, l -> FormView.languageName(session.text(), l), columns);
        UiText t = session.text();
        // the columns in the editor's language where content has it, else the UI's content language
        String language = ui.content.locales().locales().contains(t.language()) ? t.language() : picker.uiLanguage();
        ItemSearch search = columns.search(query.q());
        IndexPage page = page(type, search, query, language);
        String note = null;
        int pages = (int) Math.max(1, (page.total() + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        if (query.page() > pages) {
            note = t.get("list.noSuchPage", query.page(), pages);
            query = query.onPage(pages);
            page = page(type, search, query, language);
        }
        String listUrl = UiContext.listUrl(type);
        String heading = t.labels().contentType(ui.module, type);
        Map<String, Object> m = ui.frame(session, heading, type);
        m.put("heading", heading);
        m.put("q", query.q());
        m.put("sortParam", (query.descending() ? "-" : "") + query.sort());
        m.put("headers", headers(t, type, columns, query, listUrl));
        m.put("rows", rows.rows(t, type, columns, page.paths(), language));
        m.put("missing", query.missing());
        m.put("filters", filters(t, query, translations, listUrl, columns));
        m.put("groupsLabel", ListRows.grouping(t, ui, type).map(ListRows.Grouping::label).orElse(""));
        m.put("countsTranslations", !translations.isEmpty());
        m.put("bulkUrl", UiContext.itemUrl(type, BulkPublish.PATH));
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
        ListRows.grouping(t, ui, type).ifPresent(g -> out.add(header(g.label(), null, query, listUrl, columns)));
        out.add(header(t.get("list.status"), null, query, listUrl, columns));
        if (rows.countsTranslations()) {
            out.add(header(t.get("form.list.translations"), null, query, listUrl, columns));
        }
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

    /** The index's page: of every match, or of the matches lacking the filter's locale (from the index's gaps, never a scan of nodes). */
    private IndexPage page(ContentTypeDefinition type, ItemSearch search, ListQuery query, String language) {
        if (query.missing().isEmpty()) {
            return index.items(type.workspace(), search, query.order(language), query.offset(), ListQuery.PAGE_SIZE);
        }
        return gaps.orElseThrow().missing(type.workspace(), query.missing(), search, query.order(language), query.offset(),
                ListQuery.PAGE_SIZE);
    }

    /** The filter links: every item, or those missing one locale's translations. */
    private static List<Map<String, Object>> filters(UiText t, ListQuery query, List<String> translations, String listUrl, ItemColumns columns) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (translations.isEmpty()) {
            return out;
        }
        out.add(Map.of("label", t.get("form.list.all"), "href", query.lackingIn("").url(listUrl, columns.title()), "current", query.missing().isEmpty(),
                "locale", ""));
        for (String locale : translations) {
            out.add(Map.of("label", t.get("form.list.missing", FormView.languageName(t, locale)), "href",
                    query.lackingIn(locale).url(listUrl, columns.title()), "current", locale.equals(query.missing()), "locale", locale));
        }
        return out;
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
