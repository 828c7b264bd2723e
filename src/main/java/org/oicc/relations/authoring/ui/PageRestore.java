package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.pages.PageDraft;
import org.oicc.relations.authoring.publication.VersionNote;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.definition.LightModule;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /.author/pages/<page>/_restore}: a page put back to one of its versions, as items are.
 * Without {@code _confirm=yes} it asks, listing what the draft would change; confirmed, the draft
 * becomes the version's content (title, texts, the components and their order) and that draft is
 * recorded as a new version by the editor with a note (theirs, else "Restored from version …").
 * The public page is not touched until the page is published.
 */
final class PageRestore {

    private final UiContext ui;
    private final Versions versions;
    private final ConfirmStep confirm;

    PageRestore(UiContext ui, Versions versions) {
        this.ui = ui;
        this.versions = versions;
        this.confirm = new ConfirmStep(ui);
    }

    void restore(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        UiText t = session.text();
        String version = req.getParameter("version") == null ? "" : req.getParameter("version");
        String note = req.getParameter("_note") == null ? "" : req.getParameter("_note").strip();
        String problem = VersionNote.problem(note);
        if (problem != null) {
            throw UiError.badRequest("tooLong".equals(problem) ? "history.note.tooLong" : "history.note.control", VersionNote.MAX_LENGTH);
        }
        String url = PageScreens.pageUrl(page.path());
        List<Map<String, Object>> changes;
        try {
            changes = VersionPage.rows(versions.diff(LightModule.WEBSITE, page.path(), version), ui, t, null);
        } catch (IllegalArgumentException e) {
            throw UiError.notFound("pages.noVersion", version);
        }
        if (!ConfirmStep.confirmed(req)) {
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("history.restoreTitle", version),
                            t.get("history.restoreQuestion", version, t.get("names.page", page.title())),
                            t.get(changes.isEmpty() ? "history.restoreSame" : "history.restoreConsequence"),
                            t.get("history.restoreConfirm")),
                    null, List.of(), false, url + "/_restore", Map.of("version", version, "_note", note), url, changes);
            return;
        }
        try {
            versions.restoreAsNewVersion(LightModule.WEBSITE, page.path(), version, session.user().name(),
                    note.isEmpty() ? t.get("pages.restoredNote", version) : note);
        } catch (IllegalArgumentException e) {
            throw UiError.notFound("pages.noVersion", version);
        }
        LoginPages.redirect(resp, url + "?msg=restored");
    }
}
