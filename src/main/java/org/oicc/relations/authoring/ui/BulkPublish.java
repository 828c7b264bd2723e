package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.ContentTypeDefinition;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oicc.relations.repository.ClientPaths;

/**
 * Publish the rows ticked in a list, with one button: each item is published as its own Publish
 * button would (a version each, references checked), and the answer lists the outcome per item.
 * The whole request is checked before anything is published: publisher role, the session's token,
 * at most one list page of names, each naming an existing item; anything wrong refuses it all.
 */
final class BulkPublish {

    /** The list's action, beside the item names: node names never start with an underscore. */
    static final String PATH = "_publish";
    static final String FIELD = "item";


    private final UiContext ui;
    private final Publisher publisher;

    BulkPublish(UiContext ui, Publisher publisher) {
        this.ui = ui;
        this.publisher = publisher;
    }

    void publish(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.PUBLISHER);
        UiText t = session.text();
        String[] given = req.getParameterValues(FIELD);
        Set<String> names = new LinkedHashSet<>(given == null ? List.of() : List.of(given));
        if (names.isEmpty()) {
            throw UiError.badRequest("error.bulkNone");
        }
        if (names.size() > ListQuery.PAGE_SIZE) {
            throw UiError.badRequest("error.bulkTooMany", ListQuery.PAGE_SIZE);
        }
        List<Item> items = new ArrayList<>();
        for (String name : names) {
            if (!ClientPaths.Rule.ITEM_NAME.allows(name)) {
                throw UiError.badRequest("error.bulkBadName", name.length() > 40 ? name.substring(0, 40) + "…" : name);
            }
            try {
                items.add(ui.content.read(type.name(), name));
            } catch (NoSuchItemException e) {
                throw UiError.badRequest("error.bulkNoItem", name);
            }
        }
        String titleKey = ItemColumns.titleProperty(ui.module, type).name();
        List<Map<String, Object>> results = new ArrayList<>();
        int published = 0;
        for (Item item : items) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("title", ItemList.title(item, titleKey));
            r.put("name", item.name());
            r.put("href", UiContext.itemUrl(type, item.name()));
            try {
                publisher.publish(type.workspace(), item.path(), session.user().name());
                r.put("ok", true);
                r.put("text", t.get("form.bulk.published"));
                published++;
            } catch (PublicationException e) {
                r.put("ok", false);
                r.put("text", refusal(t, e));
            }
            results.add(r);
        }
        Map<String, Object> m = ui.frame(session, t.get("form.bulk.title"), type);
        m.put("heading", t.labels().contentType(ui.module, type));
        m.put("listUrl", UiContext.listUrl(type));
        m.put("results", results);
        m.put("summary", t.get("form.bulk.summary", published, items.size()));
        ui.pages.render(resp, 200, "bulk-publish.ftlh", m);
    }

    private static String refusal(UiText t, PublicationException e) {
        return switch (e.reason()) {
            case UNPUBLISHED_REFERENCES -> t.get("form.bulk.refusedReferences", String.join(", ", e.items()));
            // the publisher's own message is English, for logs: the editor gets the reason in their words
            case PARENT_NOT_PUBLISHED -> t.get("item.notPublishedParent", String.join(t.get("common.listSep"), e.items()));
            case NOT_FOUND -> t.get("form.bulk.refused", t.get("error.noItem"));
            case TRANSPORT -> t.get("form.bulk.transport", e.getMessage());
        };
    }
}
