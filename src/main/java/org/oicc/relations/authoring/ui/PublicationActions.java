package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicReferrers;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.VersionNote;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.ContentValidationException;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.repository.SessionProvider;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The buttons beside the form: publish (with an optional note), unpublish, restore a version,
 * delete a draft. Publish submits the edit form itself and saves what is on screen first
 * ({@link ItemForm#saveFirst}); the others are small forms of their own, and each asks first
 * ({@link ConfirmStep}): unpublish names the public items that still refer to the item, restore
 * shows what it changes.
 */
final class PublicationActions {

    private final UiContext ui;
    private final ItemForm form;
    private final Publisher publisher;
    private final Versions versions;
    private final PublicReferrers referrers;
    private final ConfirmStep confirm;

    PublicationActions(UiContext ui, ItemForm form, Publisher publisher, Versions versions, SessionProvider sessions) {
        this.ui = ui;
        this.form = form;
        this.publisher = publisher;
        this.versions = versions;
        this.referrers = new PublicReferrers(ui.module, sessions);
        this.confirm = new ConfirmStep(ui);
    }

    void run(String action, HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type,
             String name) throws IOException, RepositoryException {
        session.requireCsrf(req);
        Item item = ui.content.read(type.name(), name);
        String user = session.user().name();
        UiText t = session.text();
        ItemNames names = new ItemNames(ui, t);
        String itemUrl = UiContext.itemUrl(type, name);
        switch (action) {
            case "publish" -> {
                session.require(Role.PUBLISHER);
                String note = req.getParameter("_note");
                String noteProblem = VersionNote.problem(note);
                if (noteProblem != null) {
                    throw UiError.badRequest("tooLong".equals(noteProblem) ? "history.note.tooLong" : "history.note.control", VersionNote.MAX_LENGTH);
                }
                if (!form.saveFirst(req, resp, session, type, name)) {
                    return;
                }
                item = ui.content.read(type.name(), name);
                Publisher.Include[] include = "true".equals(req.getParameter("withReferences"))
                        ? new Publisher.Include[] {Publisher.Include.UNPUBLISHED_REFERENCES} : new Publisher.Include[0];
                try {
                    publisher.publishWithNote(type.workspace(), item.path(), user, note, include);
                } catch (PublicationException e) {
                    refused(e, resp, session, type, item);
                    return;
                }
                LoginPages.redirect(resp, itemUrl + "?msg=published");
            }
            case "unpublish" -> {
                session.require(Role.PUBLISHER);
                if (!ConfirmStep.confirmed(req)) {
                    List<PublicReferrers.Referrer> using = referrers.of(type.workspace(), item.path());
                    confirm.ask(resp, session, new ConfirmStep.Question(t.get("history.unpublishTitle", names.title(type, item)),
                                    t.get("history.unpublishQuestion", names.describe(type, item)),
                                    t.get("history.unpublishConsequence"), t.get("history.unpublishConfirm")),
                            t.get("history.referrersIntro"), names.referrers(using), using.size() >= PublicReferrers.LIMIT,
                            itemUrl + "/unpublish", Map.of(), itemUrl, List.of());
                    return;
                }
                try {
                    publisher.unpublish(type.workspace(), item.path(), user);
                } catch (PublicationException e) {
                    refused(e, resp, session, type, item);
                    return;
                }
                LoginPages.redirect(resp, itemUrl + "?msg=unpublished");
            }
            case "restore" -> {
                session.require(Role.EDITOR);
                String version = req.getParameter("version") == null ? "" : req.getParameter("version");
                List<Map<String, Object>> changes;
                try {
                    changes = VersionPage.rows(versions.diff(type.workspace(), item.path(), version), ui, t, type);
                } catch (IllegalArgumentException e) {
                    throw UiError.notFound("error.noVersion", version);
                }
                if (!ConfirmStep.confirmed(req)) {
                    confirm.ask(resp, session, new ConfirmStep.Question(t.get("history.restoreTitle", version),
                                    t.get("history.restoreQuestion", version, names.describe(type, item)),
                                    t.get(changes.isEmpty() ? "history.restoreSame" : "history.restoreConsequence"),
                                    t.get("history.restoreConfirm")),
                            null, List.of(), false, itemUrl + "/restore", Map.of("version", version), itemUrl, changes);
                    return;
                }
                try {
                    versions.restore(type.workspace(), item.path(), version, user);
                } catch (IllegalArgumentException e) {
                    throw UiError.notFound("error.noVersion", version);
                }
                LoginPages.redirect(resp, itemUrl + "?msg=restored");
            }
            case "delete" -> delete(req, resp, session, type, item, user);
            default -> throw UiError.notFound("error.noPage");
        }
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, Item item,
                        String user) throws IOException, RepositoryException {
        session.require(Role.EDITOR);
        UiText t = session.text();
        ItemNames names = new ItemNames(ui, t);
        PublicationStatus status = form.status(type, item);
        if (status != PublicationStatus.NEVER_PUBLISHED && status != PublicationStatus.UNPUBLISHED) {
            // deleting the draft would leave the public copy behind with nothing to edit it from
            form.renderStored(resp, 409, session, type, item, Map.of("error",
                    t.get("history.notDeletedPublished", names.describe(type, item))));
            return;
        }
        String itemUrl = UiContext.itemUrl(type, item.name());
        if (!ConfirmStep.confirmed(req)) {
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("history.deleteTitle", names.title(type, item)),
                            t.get("history.deleteQuestion", names.describe(type, item)), t.get("history.deleteConsequence"),
                            t.get("history.deleteConfirm")),
                    null, List.of(), false, itemUrl + "/delete", Map.of(), itemUrl, List.of());
            return;
        }
        try {
            ui.content.delete(type.name(), item.name(), user);
        } catch (ContentValidationException e) {
            // published in the meantime (the writer checks again under the item lock), or referenced
            boolean published = e.problems().get(0).key().endsWith(".published");
            form.renderStored(resp, 409, session, type, item, Map.of("error", published
                    ? t.get("history.notDeletedPublished", names.describe(type, item))
                    : t.get("history.notDeletedReferenced", names.describe(type, item), Problems.text(t, e.problems().get(0)))));
            return;
        }
        LoginPages.redirect(resp, UiContext.listUrl(type) + "?msg=deleted");
    }

    /** Unpublished references: the form again, naming them, with a button to publish them too. */
    private void refused(PublicationException e, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, Item item)
            throws IOException, RepositoryException {
        UiText t = session.text();
        ItemNames names = new ItemNames(ui, t);
        switch (e.reason()) {
            case UNPUBLISHED_REFERENCES -> form.renderStored(resp, 409, session, type, item, Map.of(
                    "error", t.get("history.notPublishedReferences", names.describe(type, item)),
                    "unpublishedReferences", e.items().stream().map(names::fromPath).toList()));
            case PARENT_NOT_PUBLISHED -> form.renderStored(resp, 409, session, type, item, Map.of(
                    "error", t.get("item.notPublishedParent", String.join(t.get("common.listSep"), e.items()))));
            case NOT_FOUND -> throw UiError.notFound("error.noItem");
            // the cause stays in English: it is for whoever looks after the servers
            case TRANSPORT -> throw new UiError(502, "error.transport", e.getMessage());
        }
    }
}
