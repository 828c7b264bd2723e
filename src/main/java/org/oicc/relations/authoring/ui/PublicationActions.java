package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.ContentValidationException;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ContentTypeDefinition;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.Map;

/**
 * The buttons beside the form: publish, unpublish, restore a version, delete a draft. Publish
 * submits the edit form itself and saves what is on screen first ({@link ItemForm#saveFirst}); the
 * others are small forms of their own.
 */
final class PublicationActions {

    private final UiContext ui;
    private final ItemForm form;
    private final Publisher publisher;
    private final Versions versions;

    PublicationActions(UiContext ui, ItemForm form, Publisher publisher, Versions versions) {
        this.ui = ui;
        this.form = form;
        this.publisher = publisher;
        this.versions = versions;
    }

    void run(String action, HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type,
             String name) throws IOException, RepositoryException {
        session.requireCsrf(req);
        Item item = ui.content.read(type.name(), name);
        String user = session.user().name();
        UiText t = session.text();
        switch (action) {
            case "publish" -> {
                session.require(Role.PUBLISHER);
                if (!form.saveFirst(req, resp, session, type, name)) {
                    return;
                }
                item = ui.content.read(type.name(), name);
                Publisher.Include[] include = "true".equals(req.getParameter("withReferences"))
                        ? new Publisher.Include[] {Publisher.Include.UNPUBLISHED_REFERENCES} : new Publisher.Include[0];
                try {
                    publisher.publish(type.workspace(), item.path(), user, include);
                } catch (PublicationException e) {
                    refused(e, resp, session, type, item);
                    return;
                }
                LoginPages.redirect(resp, UiContext.itemUrl(type, name) + "?msg=published");
            }
            case "unpublish" -> {
                session.require(Role.PUBLISHER);
                try {
                    publisher.unpublish(type.workspace(), item.path(), user);
                } catch (PublicationException e) {
                    refused(e, resp, session, type, item);
                    return;
                }
                LoginPages.redirect(resp, UiContext.itemUrl(type, name) + "?msg=unpublished");
            }
            case "restore" -> {
                session.require(Role.EDITOR);
                String version = req.getParameter("version");
                try {
                    versions.restore(type.workspace(), item.path(), version == null ? "" : version, user);
                } catch (IllegalArgumentException e) {
                    throw UiError.notFound("error.noVersion", version);
                }
                LoginPages.redirect(resp, UiContext.itemUrl(type, name) + "?msg=restored");
            }
            case "delete" -> {
                session.require(Role.EDITOR);
                if (form.status(type, item) != PublicationStatus.NEVER_PUBLISHED) {
                    // deleting the draft would leave the public copy behind with nothing to edit it from
                    form.renderStored(resp, 409, session, type, item, Map.of("error", t.get("item.notDeletedPublished")));
                    return;
                }
                try {
                    ui.content.delete(type.name(), name, user);
                } catch (ContentValidationException e) {
                    // published in the meantime (the writer checks again under the item lock), or referenced
                    boolean published = e.problems().get(0).key().endsWith(".published");
                    String why = Problems.text(t, e.problems().get(0));
                    form.renderStored(resp, 409, session, type, item, Map.of("error",
                            published ? t.get("item.notDeletedPublished") : t.get("item.notDeletedReferenced", why)));
                    return;
                }
                LoginPages.redirect(resp, UiContext.listUrl(type) + "?msg=deleted");
            }
            default -> throw UiError.notFound("error.noPage");
        }
    }

    /** Unpublished references: the form again, listing them, with a button to publish them too. */
    private void refused(PublicationException e, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, Item item)
            throws IOException, RepositoryException {
        UiText t = session.text();
        switch (e.reason()) {
            case UNPUBLISHED_REFERENCES -> form.renderStored(resp, 409, session, type, item, Map.of(
                    "error", t.get("item.notPublishedReferences"),
                    "unpublishedReferences", e.items()));
            case PARENT_NOT_PUBLISHED -> form.renderStored(resp, 409, session, type, item, Map.of(
                    "error", t.get("item.notPublishedParent", String.join(t.get("common.listSep"), e.items()))));
            case NOT_FOUND -> throw UiError.notFound("error.noItem");
            // the cause stays in English: it is for whoever looks after the servers
            case TRANSPORT -> throw new UiError(502, "error.transport", e.getMessage());
        }
    }
}
