package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.pages.PageDraft;
import org.oicc.relations.authoring.pages.PageFields;
import org.oicc.relations.authoring.pages.PageInputException;
import org.oicc.relations.authoring.pages.PageProblem;
import org.oicc.relations.authoring.pages.PageStructure;
import org.oicc.relations.authoring.pages.StalePageException;
import org.oicc.relations.authoring.pages.StructureRefusedException;
import org.oicc.relations.authoring.users.Role;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The components of a page's areas on its form, as Magnolia's page editor offers them: per area
 * the components in page order, each with Move up / Move down and Remove (which asks first, also
 * without script), and Add with a choice of the area's available components.
 * {@code …/_add?area=main&template=<id>} shows the new component's dialog with its defaults; its
 * POST stores it; {@code …/_move} and {@code …/_remove} change the order or take one away. Every
 * change is refused whole, with a message and nothing stored, for an unknown area or component, a
 * template the area does not allow, a full area or a form older than the page.
 */
final class PageComponents {

    private final UiContext ui;
    private final PageStructure structure;
    private final PageFormView view;
    private final ConfirmStep confirm;

    PageComponents(UiContext ui, PageStructure structure, PageFormView view) {
        this.ui = ui;
        this.structure = structure;
        this.view = view;
        this.confirm = new ConfirmStep(ui);
    }

    /** The areas' model for {@code page.ftlh}; {@code focus} is the component whose button gets the focus (after a move). */
    List<Map<String, Object>> areas(PageDraft page, UiText t, String focus) {
        Labels labels = t.labels();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageStructure.Area a : structure.areas(page)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("title", a.title() == null ? a.name() : labels.message(a.title()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < a.components().size(); i++) {
                PageFields c = a.components().get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", c.path());
                row.put("id", "comp-" + c.path().replace('/', '-'));
                row.put("label", t.get("pages.componentPart", templateTitle(c.template(), labels), c.path()));
                row.put("first", i == 0);
                row.put("last", i == a.components().size() - 1);
                row.put("focusUp", c.path().equals(focus) && i > 0);
                row.put("focusDown", c.path().equals(focus) && i == 0);
                rows.add(row);
            }
            m.put("components", rows);
            List<Map<String, Object>> choices = new ArrayList<>();
            for (String id : a.allowed()) {
                choices.add(Map.of("value", id, "label", templateTitle(id, labels)));
            }
            m.put("choices", choices);
            m.put("full", a.full());
            m.put("max", a.max() == Integer.MAX_VALUE ? "" : t.number(a.max()));
            out.add(m);
        }
        return out;
    }

    private String templateTitle(String id, Labels labels) {
        return ui.module.template(id).map(d -> labels.message(d.title())).orElse(id);
    }

    /** GET: the new component's form; POST: stores it. */
    void add(boolean post, HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.require(Role.EDITOR);
        String area = param(req, "area");
        String template = param(req, "template");
        UiText t = session.text();
        if (!post) {
            check(page, area, template, t);
            addForm(resp, 200, session, page, area, template, null, Map.of(), null);
            return;
        }
        session.requireCsrf(req);
        Map<String, String> input = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().startsWith("v.") && e.getValue().length > 0) {
                input.put(e.getKey().substring(2), e.getValue()[e.getValue().length - 1]);
            }
        }
        try {
            String path = structure.add(page.path(), area, template, input, session.user().name(), version(req));
            // no #fragment: a browser skips autofocus when the address names an element
            LoginPages.redirect(resp, PageScreens.pageUrl(page.path()) + "?msg=added&focus=" + path);
        } catch (PageInputException e) {
            addForm(resp, 400, session, page, area, template, input, e.problems(), t.get(e.problems().size() == 1
                    ? "pages.structure.notAdded.one" : "pages.structure.notAdded.many", e.problems().size()));
        } catch (StalePageException e) {
            addForm(resp, 412, session, page, area, template, input, Map.of(),
                    t.get("pages.structure.stale", e.by() == null ? t.get("pages.someone") : e.by()));
        } catch (StructureRefusedException e) {
            throw refusal(e, t);
        }
    }

    /** Refuses early (GET) what the POST would refuse: no form for a template the area does not take. */
    private void check(PageDraft page, String area, String template, UiText t) {
        PageStructure.Area a = structure.areas(page).stream().filter(x -> x.name().equals(area)).findFirst()
                .orElseThrow(() -> refusal(new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_AREA, area), t));
        if (!a.allowed().contains(template)) {
            throw refusal(new StructureRefusedException(StructureRefusedException.Reason.NOT_ALLOWED, template, area), t);
        }
        if (a.full()) {
            throw refusal(new StructureRefusedException(StructureRefusedException.Reason.FULL, area, a.max()), t);
        }
    }

    private void addForm(HttpServletResponse resp, int status, UiSession session, PageDraft page, String area, String template,
                         Map<String, String> input, Map<String, PageProblem> problems, String error)
            throws IOException, RepositoryException {
        UiText t = session.text();
        PageFields blank = structure.blank(template);
        String name = templateTitle(template, t.labels());
        Map<String, Object> m = ui.frame(session, t.get("pages.structure.addTitle", name, page.title()), null);
        m.put("heading", t.get("pages.structure.addTitle", name, page.title()));
        m.put("pageUrl", PageScreens.pageUrl(page.path()));
        m.put("action", PageScreens.pageUrl(page.path()) + "/_add");
        m.put("area", area);
        m.put("template", template);
        m.put("version", String.valueOf(page.version()));
        m.put("part", view.part(blank, input, problems, t, name));
        m.put("contentLang", view.defaultLocale());
        if (error != null) {
            m.put("error", error);
        }
        ui.pages.render(resp, status, "page-add.ftlh", m);
    }

    void move(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        String component = param(req, "component");
        String direction = param(req, "direction");
        UiText t = session.text();
        if (!direction.equals("up") && !direction.equals("down")) {
            throw UiError.badRequest("pages.structure.direction");
        }
        try {
            structure.move(page.path(), component, direction.equals("up"), session.user().name(), version(req));
        } catch (StalePageException e) {
            throw new UiError(412, "pages.structure.stale", e.by() == null ? t.get("pages.someone") : e.by());
        } catch (StructureRefusedException e) {
            throw refusal(e, t);
        } catch (PageInputException e) {
            throw new IllegalStateException(e); // a move has no fields
        }
        LoginPages.redirect(resp, PageScreens.pageUrl(page.path()) + "?msg=moved&focus=" + component);
    }

    void remove(HttpServletRequest req, HttpServletResponse resp, UiSession session, PageDraft page)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        String component = param(req, "component");
        UiText t = session.text();
        String url = PageScreens.pageUrl(page.path());
        PageFields part = page.parts().stream().filter(p -> !p.path().isEmpty() && p.path().equals(component)).findFirst()
                .orElseThrow(() -> refusal(new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_COMPONENT, component), t));
        if (!ConfirmStep.confirmed(req)) {
            String label = t.get("pages.componentPart", templateTitle(part.template(), t.labels()), part.path());
            confirm.ask(resp, session, new ConfirmStep.Question(t.get("pages.structure.removeTitle", label),
                            t.get("pages.structure.removeQuestion", label, page.title()), t.get("pages.structure.removeConsequence"),
                            t.get("pages.structure.removeConfirm")),
                    null, List.of(), false, url + "/_remove", Map.of("component", component, "_version", param(req, "_version")), url,
                    List.of());
            return;
        }
        try {
            structure.remove(page.path(), component, session.user().name(), version(req));
        } catch (StalePageException e) {
            throw new UiError(412, "pages.structure.stale", e.by() == null ? t.get("pages.someone") : e.by());
        } catch (StructureRefusedException e) {
            throw refusal(e, t);
        } catch (PageInputException e) {
            throw new IllegalStateException(e); // a removal has no fields
        }
        LoginPages.redirect(resp, url + "?msg=removed");
    }

    /** The refusal as an error page: 404 for what does not exist, 409 for a full area, else 400. */
    private static UiError refusal(StructureRefusedException e, UiText t) {
        int status = switch (e.reason()) {
            case UNKNOWN_AREA, UNKNOWN_COMPONENT -> 404;
            case FULL -> 409;
            default -> 400;
        };
        return new UiError(status, "pages.structure." + e.key(), e.args().toArray());
    }

    private static long version(HttpServletRequest req) {
        String v = param(req, "_version");
        return v.matches("\\d{1,18}") ? Long.parseLong(v) : -1L;
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v;
    }
}
