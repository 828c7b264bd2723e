package org.oicc.relations.authoring.ui;

import org.oicc.relations.repository.StoredPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.order.CategoryOrder;
import org.oicc.relations.authoring.order.OrderPublication;
import org.oicc.relations.authoring.order.OrderedEntry;
import org.oicc.relations.authoring.order.StaleOrderException;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.authoring.publication.PublishedItem;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page order screens: {@code /.author/order} lists the categories, {@code /.author/order/{category}}
 * lists one category's entries across organizations in page order, a page at a time, with Move up /
 * Move down buttons that work without script (each one posts the form, which comes back reordered,
 * not yet saved), one Save for the whole new order (one transaction, {@link CategoryOrder}) and one
 * Publish for it ({@link OrderPublication}). The script {@code order.js} adds drag and drop and moves
 * without a round trip, on the same form.
 */
final class CategoryScreen {

    static final String PATH = "/order";
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 200;
    /** {@code ?msg=} after a redirect → {@code order.msg.<it>}. */
    private static final java.util.Set<String> MESSAGES = java.util.Set.of("saved", "unchanged", "published", "nothing");

    private final UiContext ui;
    private final CategoryOrder order;
    private final OrderPublication publication;
    private final SessionProvider sessions;
    private final ItemIndex index;

    CategoryScreen(UiContext ui, CategoryOrder order, OrderPublication publication, SessionProvider sessions, ItemIndex index) {
        this.ui = ui;
        this.order = order;
        this.publication = publication;
        this.sessions = sessions;
        this.index = index;
    }

    static String url(String category) {
        return UiContext.BASE + PATH + "/" + category;
    }

    /** The categories, in page order (they are few: one page of the index). */
    void categories(HttpServletResponse resp, UiSession session) throws IOException {
        OrderedEntries def = order.definition();
        IndexPage page = index.items(def.categoryWorkspace(), ItemSearch.all(), new SortOrder(def.orderProperty(), null, false), 0, 100);
        List<Map<String, Object>> list = new ArrayList<>();
        try {
            Session s = sessions.login(Side.AUTHOR, def.categoryWorkspace());
            try {
                for (String path : page.paths()) {
                    if (s.nodeExists(StoredPaths.of(s).stored(path))) {
                        Node n = s.getNode(StoredPaths.of(s).stored(path));
                        list.add(Map.of("href", url(n.getName()), "label", text(n, titleOf(def.categoryType()), n.getName())));
                    }
                }
            } finally {
                s.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list the categories", e);
        }
        Map<String, Object> m = ui.frame(session, session.text().get("nav.order"), null);
        m.put("categories", list);
        ui.pages.render(resp, 200, "order-categories.ftlh", m);
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session, String category) throws IOException, RepositoryException {
        int size = number(req.getParameter("size"), 1, MAX_PAGE, PAGE, "size");
        int pageNumber = number(req.getParameter("page"), 1, Integer.MAX_VALUE / MAX_PAGE, 1, "page");
        CategoryOrder.Page page = page(category, (pageNumber - 1) * size, size);
        Map<String, Object> extra = new LinkedHashMap<>();
        String msg = req.getParameter("msg");
        if (msg != null && MESSAGES.contains(msg)) { // Set.of refuses to look up null
            extra.put("message", session.text().get("order.msg." + msg));
        }
        render(resp, 200, session, category, page, ids(page.entries()), size, extra);
    }

    void submit(HttpServletRequest req, HttpServletResponse resp, UiSession session, String category) throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        int size = number(req.getParameter("size"), 1, MAX_PAGE, PAGE, "size");
        int offset = number(req.getParameter("offset"), 0, Integer.MAX_VALUE, 0, "offset");
        List<String> before = list(req.getParameterValues("before"));
        List<String> after = list(req.getParameterValues("after"));
        String action = req.getParameter("_action") == null ? "save" : req.getParameter("_action");
        CategoryOrder.Page page = page(category, offset, size);
        if (!ids(page.entries()).equals(before)) {
            render(resp, 409, session, category, page, ids(page.entries()), size, Map.of("error", session.text().get("order.stale")));
            return;
        }
        if (after.size() != before.size() || !after.containsAll(before)) {
            throw UiError.badRequest("error.orderMismatch");
        }
        if (action.startsWith("up:") || action.startsWith("down:")) {
            int i = move(action, after);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("unsaved", true);
            extra.put("focus", after.get(i) + (action.startsWith("up:") ? ":up" : ":down"));
            render(resp, 200, session, category, page, after, size, extra);
            return;
        }
        boolean publish = "publish".equals(action);
        if (!"save".equals(action) && !publish) {
            throw UiError.badRequest("error.unknownAction");
        }
        if (publish) {
            session.require(Role.PUBLISHER);
        }
        String back = url(category) + "?page=" + (offset / size + 1) + (size == PAGE ? "" : "&size=" + size);
        if (after.equals(before) && !publish) {
            LoginPages.redirect(resp, back + "&msg=unchanged");
            return;
        }
        try {
            if (!after.equals(before)) {
                // Publish with unsaved moves saves them first, as on an item's form
                order.reorder(category, offset, before, after, session.user().name());
            }
        } catch (StaleOrderException e) {
            CategoryOrder.Page now = page(category, offset, size);
            render(resp, 409, session, category, now, ids(now.entries()), size, Map.of("error", session.text().get("order.stale")));
            return;
        }
        if (publish) {
            publish(resp, session, category, back);
        } else {
            LoginPages.redirect(resp, back + "&msg=saved");
        }
    }

    void publish(HttpServletRequest req, HttpServletResponse resp, UiSession session, String category) throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.PUBLISHER);
        page(category, 0, 1);
        publish(resp, session, category, url(category));
    }

    private void publish(HttpServletResponse resp, UiSession session, String category, String back) throws IOException, RepositoryException {
        List<PublishedItem> done;
        try {
            done = publication.publish(category, session.user().name());
        } catch (PublicationException e) {
            CategoryOrder.Page now = page(category, 0, PAGE);
            render(resp, e.reason() == PublicationException.Reason.TRANSPORT ? 502 : 409, session, category, now,
                    ids(now.entries()), PAGE, Map.of("error", orderRefused(session.text(), e)));
            return;
        }
        LoginPages.redirect(resp, back + (back.contains("?") ? "&" : "?") + "msg=" + (done.isEmpty() ? "nothing" : "published"));
    }

    private CategoryOrder.Page page(String category, int offset, int size) throws RepositoryException {
        try {
            return order.page(category, offset, size);
        } catch (IllegalArgumentException e) {
            throw UiError.notFound("error.noCategory", category);
        }
    }

    /** Applies one no-script move to the wanted order; @return the moved entry's new place on the page. */
    private static int move(String action, List<String> after) {
        boolean up = action.startsWith("up:");
        String id = action.substring(up ? 3 : 5);
        int i = after.indexOf(id);
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= after.size()) {
            throw UiError.badRequest(up ? "error.cannotMoveUp" : "error.cannotMoveDown");
        }
        after.set(i, after.get(j));
        after.set(j, id);
        return j;
    }

    private void render(HttpServletResponse resp, int status, UiSession session, String category, CategoryOrder.Page page,
                        List<String> wanted, int size, Map<String, Object> extra) throws IOException, RepositoryException {
        OrderedEntries def = order.definition();
        Map<String, OrderedEntry> byId = new LinkedHashMap<>();
        page.entries().forEach(e -> byId.put(e.id(), e));
        List<Map<String, Object>> rows = new ArrayList<>();
        String categoryTitle;
        Session items = sessions.login(Side.AUTHOR, def.workspace());
        Session categories = sessions.login(Side.AUTHOR, def.categoryWorkspace());
        try {
            Node c = categories.getNode(StoredPaths.of(categories).stored("/" + category));
            String lang = session.text().language();
            categoryTitle = text(c, titleOf(def.categoryType()), lang, category);
            String itemTitle = titleOf(def.itemType());
            String label = entryLabel();
            for (String id : wanted) {
                OrderedEntry e = byId.get(id);
                Node item = items.getNode(StoredPaths.of(items).stored(e.itemPath()));
                Node entry = items.getNode(StoredPaths.of(items).stored(e.path()));
                String name = text(item, itemTitle, lang, e.itemName());
                String role = label == null ? "" : text(entry, label, lang, "");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("name", name);
                row.put("role", role);
                row.put("short", name + (role.isEmpty() ? "" : " (" + role + ")"));
                row.put("href", UiContext.itemUrl(ui.type(def.itemType()), e.itemName()));
                row.put("status", ItemList.statusLabel(session.text(), PublicationStatus.of(item)));
                rows.add(row);
            }
        } finally {
            items.logout();
            categories.logout();
        }
        int pages = (int) Math.max(1, (page.total() + size - 1) / size);
        int number = page.offset() / size + 1;
        Map<String, Object> m = ui.frame(session, session.text().get("order.title", categoryTitle), null);
        m.put("category", category);
        m.put("categoryTitle", categoryTitle);
        m.put("action", url(category));
        m.put("rows", rows);
        m.put("before", ids(page.entries()));
        m.put("offset", page.offset());
        m.put("size", size);
        m.put("total", page.total());
        m.put("page", number);
        m.put("pages", pages);
        m.put("prev", number > 1 ? url(category) + "?page=" + (number - 1) + (size == PAGE ? "" : "&size=" + size) : "");
        m.put("next", number < pages ? url(category) + "?page=" + (number + 1) + (size == PAGE ? "" : "&size=" + size) : "");
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("canPublish", session.user().has(Role.PUBLISHER));
        m.put("pending", session.user().has(Role.PUBLISHER) ? publication.pending(category).size() : 0);
        m.put("unsaved", false);
        m.put("focus", "");
        m.putAll(extra);
        ui.pages.render(resp, status, "order.ftlh", m);
    }

    private String titleOf(String type) {
        ContentTypeDefinition t = ui.type(type);
        return ItemColumns.titleProperty(ui.module, t).name();
    }

    /** The entry's first property the relations page shows (the role), or null. */
    private String entryLabel() {
        return order.definition().entryLabelProperty();
    }

    /** The property in the editor's language where the content has it, else as stored. */
    private String text(Node node, String property, String lang, String fallback) throws RepositoryException {
        String translated = ui.content.locales().locales().contains(lang) ? ui.content.locales().propertyName(property, lang) : property;
        if (!translated.equals(property)) {
            String t = text(node, translated, "");
            if (!t.isBlank()) {
                return t;
            }
        }
        return text(node, property, fallback);
    }

    /** Why the order was not published, in the editor's words (a transport cause stays technical). */
    private static String orderRefused(UiText t, PublicationException e) {
        return switch (e.reason()) {
            case UNPUBLISHED_REFERENCES -> t.get("order.notPublishedReferences", String.join(t.get("common.listSep"), e.items()));
            case PARENT_NOT_PUBLISHED -> t.get("item.notPublishedParent", String.join(t.get("common.listSep"), e.items()));
            case NOT_FOUND -> t.get("error.noItem");
            case TRANSPORT -> t.get("error.transport", e.getMessage());
        };
    }

    private static String text(Node node, String property, String fallback) throws RepositoryException {
        return node.hasProperty(property) && !node.getProperty(property).isMultiple() ? node.getProperty(property).getString() : fallback;
    }

    private static List<String> ids(List<OrderedEntry> entries) {
        return new ArrayList<>(entries.stream().map(OrderedEntry::id).toList());
    }

    private static List<String> list(String[] values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(values));
    }

    private static int number(String text, int min, int max, int fallback, String name) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw UiError.badRequest("error.wholeNumber", name, min, max);
        }
        return Integer.parseInt(text);
    }
}
