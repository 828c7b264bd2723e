package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.pages.PageDraft;
import org.oicc.relations.authoring.pages.PageEditor;
import org.oicc.relations.authoring.pages.PageInputException;
import org.oicc.relations.authoring.pages.PageProblem;
import org.oicc.relations.authoring.pages.StalePageException;
import org.oicc.relations.authoring.publication.PublicReferrers;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.VersionNote;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.definition.LightModule;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages screens: {@code /.author/pages} lists the pages of the {@code website} workspace with
 * their components; {@code /.author/pages/<path>} is a page's form, made of its template's dialog
 * and each component's dialog (POST saves it, all or nothing); {@code …/_publish} saves what is on
 * screen and publishes the page, {@code …/_unpublish} asks, then unpublishes it;
 * {@code …/_versions/<name>} compares a version with the draft, {@code …/_restore} (asks first)
 * makes it the draft again; {@code …/_add}, {@code …/_move}, {@code …/_remove} change the components
 * of the page's areas ({@link PageComponents}).
 */
final class PageScreens {

    static final String PATH = "/pages";
    /** {@code ?msg=} after a redirect → its text's key ({@code pages.msg.saved} …). */
    private static final java.util.Set<String> MESSAGES = java.util.Set.of("saved", "published", "unpublished", "added",
            "moved", "removed", "restored");

    private final UiContext ui;
    private final PageEditor editor;
    private final PageFormView view;
    private final Publisher publisher;
    private final Versions versions;
    private final PublicReferrers referrers;
    private final ConfirmStep confirm;
    private final PageComponents components;
    private final PageRestore restore;

    PageScreens(UiContext ui, PageEditor editor, PageFormView view, Publisher publisher, Versions versions, PublicReferrers referrers,
                org.oicc.relations.authoring.pages.PageStructure structure) {
        this.ui = ui;
        this.editor = editor;
        this.view = view;
        this.publisher = publisher;
        this.versions = versions;
        this.referrers = referrers;
        this.confirm = new ConfirmStep(ui);
        this.components = new PageComponents(ui, structure, view);
        this.restore = new PageRestore(ui, versions);
    }

    static String pageUrl(String pagePath) {
        return UiContext.BASE + PATH + pagePath;
    }

    /** @param rest what follows {@code /pages}: "" or {@code /relations[/_publish|/_unpublish|/_versions/1.0]} */
    void route(String rest, boolean post, HttpServletRequest req, HttpServletResponse resp, UiSession session)
            throws IOException, RepositoryException {
        if (rest.isEmpty() || rest.equals("/")) {
            if (post) {
                throw UiError.notFound("error.noPage");
            }
            list(resp, session);
            return;
        }
        String action = "";
        String version = null;
        int cut = rest.indexOf("/_");
        String path = cut < 0 ? rest : rest.substring(0, cut);
        if (cut >= 0) {
            action = rest.substring(cut + 2);
            if (action.startsWith("versions/")) {
                version = action.substring("versions/".length());
                action = "versions";
            }
        }
        PageDraft page = editor.read(path);
        if (page == null) {
            throw UiError.notFound("pages.noPage", path);
        }
        switch (action) {
            case "" -> {
                if (post) {
                    save(req, resp, session, page, false);
                } else {
                    String msg = String.valueOf(req.getParameter("msg"));
                    render(resp, 200, session, page, null, Map.of(),
                            MESSAGES.contains(msg) ? session.text().get("pages.msg." + msg, page.title()) : null, null,
                            req.getParameter("focus"));
                }
            }
            case "publish" -> {
                requirePost(post);
                publish(req, resp, session, page);
            }
            case "unpublish" -> {
                requirePost(post);
                unpublish(req, resp, session, page);
            }
            case "add" -> components.add(post, req, resp, session, page);
            case "move" -> {
                requirePost(post);
                components.move(req, resp, session, page);
            }
            case "remove" -> {
                requirePost(post);
                components.remove(req, resp, session, page);
            }
            case "restore" -> {
                requirePost(post);
                restore.restore(req, resp, session, page);
            }
            case "versions" -> {
                if (post) {
                    throw UiError.notFound("error.noPage");
                }
                restore.versionPage(resp, session, page, version);
            }
            default -> throw UiError.notFound("error.noPage");
        }
    }

    private static void requirePost(boolean post) {
        if (!post) {
            throw UiError.notFound("error.noPage");
        }
    }

    private void list(HttpServletResponse resp, UiSession session) throws IOException, RepositoryException {
        PageEditor.Listing listing = editor.list();
        UiText t = session.text();
        Labels labels = t.labels();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PageDraft p : listing.pages()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("href", pageUrl(p.path()));
            row.put("path", p.path());
            row.put("title", p.title());
            row.put("template", ui.module.template(p.template()).map(d -> labels.message(d.title())).orElse(p.template()));
            row.put("status", p.status());
            row.put("statusLabel", t.get("status." + p.status()));
            row.put("modified", p.lastModified() == null ? "" : t.when(p.lastModified()));
            row.put("components", p.parts().stream().filter(x -> !x.path().isEmpty()).map(x -> x.path() + " · "
                    + ui.module.template(x.template()).map(d -> labels.message(d.title())).orElse(x.template())).toList());
            rows.add(row);
        }
        Map<String, Object> m = ui.frame(session, t.get("pages.title"), null);
        m.put("pages", rows);
        m.put("contentLang", editor.locales().defaultLocale());
        m.put("more", listing.more());
        ui.pages.render(resp, 200, "pages.ftlh", m);
    }

    /** @return the saved page, or null when the form was shown again (problems, conflict) */
    private PageDraft save(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page, boolean publishing)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        Map<String, String> input = input(req);
        String version = req.getParameter("_version") == null ? "" : req.getParameter("_version");
        long expected = version.matches("\\d{1,18}") ? Long.parseLong(version) : -1L;
        UiText t = session.text();
        String not = publishing ? "pages.notSavedNotPublished" : "pages.notSaved";
        try {
            PageDraft saved = editor.save(page.path(), input, session.user().name(), expected);
            if (!publishing) {
                LoginPages.redirect(resp, pageUrl(page.path()) + "?msg=saved");
            }
            return saved;
        } catch (PageInputException e) {
            render(resp, 400, session, page, input, e.problems(), null, t.get(not + (e.problems().size() == 1 ? ".one" : ".many"),
                    e.problems().size()));
        } catch (StalePageException e) {
            render(resp, 412, session, page, input, Map.of(), null, t.get(not + ".stale",
                    e.by() == null ? t.get("pages.someone") : e.by()));
        }
        return null;
    }

    private static Map<String, String> input(HttpServletRequest req) {
        Map<String, String> input = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().startsWith("v.") && e.getValue().length > 0) {
                input.put(e.getKey().substring(2), e.getValue()[e.getValue().length - 1]);
            }
        }
        return input;
    }

    private void publish(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.PUBLISHER);
        String note = req.getParameter("_note");
        String problem = VersionNote.problem(note);
        if (problem != null) {
            throw UiError.badRequest("tooLong".equals(problem) ? "history.note.tooLong" : "history.note.control", VersionNote.MAX_LENGTH);
        }
        UiText t = session.text();
        ItemNames names = new ItemNames(ui, t);
        if (req.getParameter("_version") != null && !input(req).isEmpty() && save(req, resp, session, page, true) == null) {
            return;
        }
        try {
            publisher.publishWithNote(LightModule.WEBSITE, page.path(), session.user().name(), note);
        } catch (PublicationException e) {
            PageDraft now = editor.read(page.path());
            render(resp, 409, session, now, null, Map.of(), null, e.items().isEmpty() ? t.get("pages.notPublished", refusal(t, e))
                    : t.get("pages.notPublishedReferences", String.join(t.get("common.listSep"),
                    e.items().stream().map(names::fromPath).map(x -> (String) x.get("label")).toList())));
            return;
        }
        LoginPages.redirect(resp, pageUrl(page.path()) + "?msg=published");
    }

    private void unpublish(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.PUBLISHER);
        String url = pageUrl(page.path());
        UiText t = session.text();
        if (!ConfirmStep.confirmed(req)) {
            List<PublicReferrers.Referrer> using = referrers.of(LightModule.WEBSITE, page.path());
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("history.unpublishTitle", page.title()),
                            t.get("pages.unpublishQuestion", page.title()), t.get("pages.unpublishConsequence"),
                            t.get("history.unpublishConfirm")),
                    t.get("history.referrersIntro"), new ItemNames(ui, t).referrers(using), using.size() >= PublicReferrers.LIMIT,
                    url + "/_unpublish", Map.of(), url, List.of());
            return;
        }
        try {
            publisher.unpublish(LightModule.WEBSITE, page.path(), session.user().name());
        } catch (PublicationException e) {
            // the cause stays in English: it is for whoever looks after the servers
            throw new UiError(502, "error.transport", e.getMessage());
        }
        LoginPages.redirect(resp, url + "?msg=unpublished");
    }

    private void render(HttpServletResponse resp, int status, UiSession session, PageDraft page, Map<String, String> input,
                        Map<String, PageProblem> problems, String message, String error) throws IOException, RepositoryException {
        render(resp, status, session, page, input, problems, message, error, null);
    }

    private void render(HttpServletResponse resp, int status, UiSession session, PageDraft page, Map<String, String> input,
                        Map<String, PageProblem> problems, String message, String error, String focus)
            throws IOException, RepositoryException {
        UiText t = session.text();
        Map<String, Object> m = ui.frame(session, page.title(), null);
        m.put("heading", page.title());
        m.put("contentLang", editor.locales().defaultLocale());
        m.put("path", page.path());
        m.put("action", pageUrl(page.path()));
        m.put("listUrl", UiContext.BASE + PATH);
        m.put("previewUrl", UiContext.PREVIEW_BASE + page.path() + ".html");
        m.put("version", String.valueOf(page.version()));
        m.put("status", page.status());
        m.put("statusLabel", t.get("status." + page.status()));
        m.put("modified", page.lastModified() == null ? "" : t.when(page.lastModified()));
        m.put("modifiedBy", page.lastModifiedBy() == null ? "" : page.lastModifiedBy());
        m.put("parts", view.parts(page, input, problems, t));
        m.put("areas", components.areas(page, t, focus));
        m.put("problems", problems.size());
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("canPublish", session.user().has(Role.PUBLISHER));
        m.put("unsavedInput", input != null);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Versions.Entry v : versions.list(LightModule.WEBSITE, page.path())) {
            list.add(Map.of("name", v.name(), "published", t.when(v.published()),
                    "by", v.publishedBy() == null ? "" : v.publishedBy(), "note", v.note() == null ? "" : v.note(), "restore", v.restore()));
        }
        m.put("versions", list);
        if (message != null) {
            m.put("message", message);
        }
        if (error != null) {
            m.put("error", error);
        }
        ui.pages.render(resp, status, "page.ftlh", m);
    }

    /** Why a page was not published, in the editor's words (the publisher's message is English, for logs). */
    private static String refusal(UiText t, PublicationException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> t.get("error.noPage");
            case PARENT_NOT_PUBLISHED -> t.get("pages.parentNotPublished");
            case UNPUBLISHED_REFERENCES -> t.get("pages.referencesNotPublished");
            case TRANSPORT -> t.get("error.transport", e.getMessage());
        };
    }
}
