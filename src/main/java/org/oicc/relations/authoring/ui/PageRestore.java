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
 * The public page is not touched until the page is published. Also the version page
 * ({@code …/_versions/<name>}) that offers it.
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

    /** A version compared with the draft, with Restore (and a note) for editors. */
    void versionPage(HttpServletResponse resp, UiSession session, PageDraft page, String version)
            throws IOException, RepositoryException {
        UiText t = session.text();
        Versions.Entry entry = versions.list(LightModule.WEBSITE, page.path()).stream().filter(e -> e.name().equals(version))
                .findFirst().orElseThrow(() -> UiError.notFound("pages.noVersion", version));
        Map<String, Object> m = ui.frame(session, t.get("history.versionOf", version, page.title()), null);
        m.put("heading", t.get("history.versionOf", version, t.get("names.page", page.title())));
        m.put("itemUrl", PageScreens.pageUrl(page.path()));
        m.put("action", PageScreens.pageUrl(page.path()));
        m.put("version", version);
        m.put("published", t.when(entry.published()));
        m.put("by", entry.publishedBy() == null ? "" : entry.publishedBy());
        m.put("note", entry.note() == null ? "" : entry.note());
        m.put("changes", VersionPage.rows(versions.diff(LightModule.WEBSITE, page.path(), version), ui, t, null));
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("restoreAction", PageScreens.pageUrl(page.path()) + "/_restore");
        m.put("noteField", true);
        ui.pages.render(resp, 200, "version.ftlh", m);
    }
}
