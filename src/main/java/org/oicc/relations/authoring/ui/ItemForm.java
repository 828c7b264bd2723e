package org.oicc.relations.authoring.ui;

import org.oicc.relations.repository.StoredPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ContentValidationException;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.StaleItemException;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The edit form of one item (or of a new one): shown from the stored item, saved through the
 * content service as the logged-in editor. An invalid form is shown again with the editor's input
 * and every problem beside its field; a form opened before someone else's save is refused (412).
 */
final class ItemForm {

    static final String NEW = "_new";
    /** {@code ?msg=} after a redirect → its text's key ({@code item.msg.saved} …). */
    private static final java.util.Set<String> MESSAGES = java.util.Set.of("saved", "created", "published", "unpublished", "restored");

    private final UiContext ui;
    private final SessionProvider sessions;
    private final Versions versions;
    private final ReferencePicker picker;
    private final AssetFields assets;

    ItemForm(UiContext ui, SessionProvider sessions, Versions versions, ReferencePicker picker, AssetFields assets) {
        this.ui = ui;
        this.sessions = sessions;
        this.versions = versions;
        this.picker = picker;
        this.assets = assets;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, String name)
            throws IOException, RepositoryException {
        Map<String, Object> extra = new HashMap<>();
        String msg = value(req.getParameter("msg"));
        if (NEW.equals(name)) {
            render(resp, 200, session, type, null, FormState.empty(type, ui.content.locales()), "", "", Map.of(), null, extra, Map.of());
            return;
        }
        Item item = ui.content.read(type.name(), name);
        if (MESSAGES.contains(msg)) {
            // messages name the item by its title, as the editor knows it
            extra.put("message", session.text().get("item.msg." + msg, new ItemNames(ui, session.text()).title(type, item)));
        }
        renderStored(resp, 200, session, type, item, extra);
    }

    /** The stored item's form, e.g. with a publication conflict in {@code extra}. */
    void renderStored(HttpServletResponse resp, int status, UiSession session, ContentTypeDefinition type, Item item,
                      Map<String, Object> extra) throws IOException, RepositoryException {
        Map<String, Object> stored = ui.content.values(type.name(), item.name());
        FormState state = FormState.fromStored(type, ui.content.locales(), stored);
        Map<String, Object> withBase = new HashMap<>(extra);
        withBase.putIfAbsent("formBase", ConflictView.base(stored));
        render(resp, status, session, type, item, state, version(item), item.name(), Map.of(), null, withBase, Map.of());
    }

    void submit(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, String name)
            throws IOException, RepositoryException {
        session.requireCsrf(req);
        session.require(Role.EDITOR);
        boolean isNew = NEW.equals(name);
        Item item = isNew ? null : ui.content.read(type.name(), name);
        String action = req.getParameter("_action") == null ? "save" : req.getParameter("_action");
        // files are stored only when the form is saved; a refused one comes back as the field's problem
        AssetFields.Applied uploaded = "save".equals(action) ? assets.apply(req, type, session.user().name(), session.text())
                : new AssetFields.Applied(req::getParameterValues, Map.of());
        FormState state = FormState.fromRequest(type, ui.content.locales(), uploaded.params());
        String version = value(req.getParameter("_version"));
        String newName = isNew ? value(req.getParameter("_name")).strip() : name;
        String tab = req.getParameter("_tab");
        if (!uploaded.errors().isEmpty()) {
            render(resp, 400, session, type, item, state, version, newName, uploaded.errors(), tab,
                    unsaved(req, Map.of("error", session.text().get("asset.refused"))),
                    Map.of());
            return;
        }
        if (PickActions.handles(action)) {
            Map<String, String> searches = PickActions.apply(action, state, req::getParameter);
            render(resp, 200, session, type, item, state, version, newName, Map.of(), tab, unsaved(req, Map.of()), searches);
            return;
        }
        if (!"save".equals(action)) {
            state.apply(action);
            render(resp, 200, session, type, item, state, version, newName, Map.of(), tab, unsaved(req, Map.of()), Map.of());
            return;
        }
        FormInput input = FormInput.of(state, ui.content.locales());
        String proposed = isNew && newName.isEmpty() ? proposeName(type, state) : null;
        Item saved = save(req, resp, session, type, name, item, state, input, false, proposed);
        if (saved != null) {
            LoginPages.redirect(resp, UiContext.itemUrl(type, saved.name()) + "?msg=" + (isNew ? "created" : "saved"));
        }
    }

    /**
     * Publish pressed on the edit form: what is on screen is saved first, validated as Save validates
     * it, when it differs from the stored item — so Publish never drops typed input.
     *
     * @return true to go on publishing; false when the form was shown again (problems, a conflict) and nothing was published
     */
    boolean saveFirst(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, String name)
            throws IOException, RepositoryException {
        if (req.getParameter("_version") == null) {
            return true; // a bare publication form, with no input to keep
        }
        Item item = ui.content.read(type.name(), name);
        AssetFields.Applied uploaded = session.user().has(Role.EDITOR) ? assets.apply(req, type, session.user().name(), session.text())
                : new AssetFields.Applied(req::getParameterValues, Map.of());
        FormState state = FormState.fromRequest(type, ui.content.locales(), uploaded.params());
        if (!uploaded.errors().isEmpty()) {
            render(resp, 400, session, type, item, state, value(req.getParameter("_version")), name, uploaded.errors(),
                    req.getParameter("_tab"), unsaved(req, Map.of("error", session.text().get("asset.refusedNotPublished"))), Map.of());
            return false;
        }
        FormInput input = FormInput.of(state, ui.content.locales());
        FormInput stored = FormInput.of(FormState.fromStored(type, ui.content.locales(), ui.content.values(type.name(), name)),
                ui.content.locales());
        if (input.input().values().equals(stored.input().values())) {
            return true;
        }
        if (!session.user().has(Role.EDITOR)) {
            render(resp, 403, session, type, item, state, value(req.getParameter("_version")), name, Map.of(), req.getParameter("_tab"),
                    unsaved(req, Map.of("error", session.text().get("item.notPublishedNeedsEditor"))), Map.of());
            return false;
        }
        return save(req, resp, session, type, name, item, state, input, true, null) != null;
    }

    /** The URL name of a new item saved with the field left empty, from its acronym or title; "" when none can be made. */
    private String proposeName(ContentTypeDefinition type, FormState state) {
        String basis = UrlNames.basis(type, ItemColumns.titleProperty(ui.module, type), state.values());
        return UrlNames.propose(basis, n -> UrlNames.taken(ui, type, n)).orElse("");
    }

    /** Saves the form; on problems or a conflict shows it again with the input kept and answers null. */
    private Item save(HttpServletRequest req, HttpServletResponse resp, UiSession session, ContentTypeDefinition type, String name,
                      Item item, FormState state, FormInput input, boolean publishing, String proposed)
            throws IOException, RepositoryException {
        boolean isNew = NEW.equals(name);
        String version = value(req.getParameter("_version"));
        String newName = proposed != null && !proposed.isEmpty() ? proposed : isNew ? value(req.getParameter("_name")).strip() : name;
        String tab = req.getParameter("_tab");
        UiText t = session.text();
        String not = publishing ? "item.notSavedNotPublished" : "item.notSaved";
        try {
            // the version check happens inside the content service's write, atomically with the save
            Item saved = isNew ? ui.content.create(type.name(), newName, input.input(), session.user().name())
                    : ui.content.update(type.name(), name, input.input(), session.user().name(), expected(version));
            // the images it names were uploaded for this save: no longer pending
            assets.saved(type, state);
            return saved;
        } catch (StaleItemException e) {
            Item current = e.current();
            Map<String, Object> now = ui.content.values(type.name(), name);
            Map<String, Object> extra = new HashMap<>();
            extra.put("error", t.get(not, t.get("item.conflict.message", current.lastModifiedBy() == null ? t.get("item.someone")
                    : current.lastModifiedBy(), t.when(current.lastModified()))));
            extra.put("reload", UiContext.itemUrl(type, name));
            ConflictLabels labels = new ConflictLabels(type, ui.content.locales(), t, new FormReferences(ui, picker));
            extra.put("changes", ConflictView.changes(req.getParameter("_base"), now, input.input().values(), labels));
            extra.put("unsavedInput", true);
            // the next save starts from what is stored now: the editor has seen their change
            extra.put("formBase", ConflictView.base(now));
            render(resp, 412, session, type, current, state, version(current), newName, Map.of(), tab, extra, Map.of());
        } catch (ContentValidationException e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            for (ValidationProblem p : e.problems()) {
                errors.computeIfAbsent(input.formPath(p), k -> new ArrayList<>()).add(Problems.text(t, p));
            }
            Map<String, Object> extra = Map.of("error", t.get(not, e.problems().size() == 1 ? t.get("item.oneProblem")
                    : t.get("item.problems", e.problems().size())));
            render(resp, 400, session, type, item, state, version, newName, errors, tab, unsaved(req, extra), Map.of());
        }
        return null;
    }

    /** A form shown again with input that is not saved: it keeps its base and counts as changed. */
    private static Map<String, Object> unsaved(HttpServletRequest req, Map<String, Object> extra) {
        Map<String, Object> out = new HashMap<>(extra);
        out.put("unsavedInput", true);
        if (req.getParameter("_base") != null) {
            out.put("formBase", req.getParameter("_base"));
        }
        return out;
    }

    /** The form's {@code _version}; anything malformed can match no item, so the save is refused as stale. */
    private static long expected(String version) {
        return version.matches("\\d{1,18}") ? Long.parseLong(version) : -1L;
    }

    private void render(HttpServletResponse resp, int status, UiSession session, ContentTypeDefinition type, Item item,
                        FormState state, String version, String newName, Map<String, List<String>> errors, String tab,
                        Map<String, Object> extra, Map<String, String> searches) throws IOException, RepositoryException {
        UiText t = session.text();
        FormView view = new FormView(type, ui.content.locales(), t, new FormReferences(ui, picker), searches, errors);
        String itemLabel = t.labels().item(ui.module, type);
        String title = item == null ? t.get("item.newTitle", itemLabel.toLowerCase(t.locale()))
                : ItemList.title(item, ItemColumns.titleProperty(ui.module, type).name());
        Map<String, Object> m = ui.frame(session, title, type);
        m.put("heading", title);
        m.put("itemLabel", itemLabel);
        m.put("listUrl", UiContext.listUrl(type));
        m.put("fields", view.fields(state));
        m.put("multipart", AssetFields.has(type));
        m.put("assets", assets.describe(type, state));
        m.put("assetMaxSize", assets.maxSize());
        m.put("assetLibrary", AssetFields.has(type) ? assets.library(t) : List.of());
        m.put("nameErrors", errors.getOrDefault("@name", List.of()));
        m.put("summary", view.summary(errors));
        m.put("version", version);
        m.put("isNew", item == null);
        m.put("newName", newName == null ? "" : newName);
        m.put("action", item == null ? UiContext.itemUrl(type, NEW) : UiContext.itemUrl(type, item.name()));
        List<Map<String, Object>> tabs = new ArrayList<>();
        String selected = selectedTab(tab, view.errorsPerLocale());
        for (String locale : ui.content.locales().locales()) {
            tabs.add(Map.of("locale", locale, "label", FormView.languageName(t, locale), "checked", locale.equals(selected),
                    "errors", view.errorsPerLocale().getOrDefault(locale, 0),
                    "missing", view.missingPerLocale().getOrDefault(locale, 0)));
        }
        m.put("tabs", tabs);
        String source = ui.content.locales().defaultLocale();
        m.put("sourceLang", source);
        m.put("sourceDir", ContentLocales.direction(source));
        m.put("sourceName", FormView.languageName(t, source));
        m.put("proposeFrom", proposeFrom(type));
        String nameHelp = t.labels().nameDescription(type);
        m.put("urlNameHelp", nameHelp == null ? t.get("form.urlNameHelp") : nameHelp);
        m.put("canEdit", session.user().has(Role.EDITOR));
        m.put("formBase", "");
        m.put("unsavedInput", false);
        m.put("canPublish", session.user().has(Role.PUBLISHER));
        if (item != null) {
            m.put("name", item.name());
            m.put("modified", t.when(item.lastModified()));
            m.put("modifiedBy", item.lastModifiedBy() == null ? "" : item.lastModifiedBy());
            PublicationStatus published = status(type, item);
            m.put("status", published.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("statusLabel", ItemList.statusLabel(t, published));
            List<Map<String, Object>> list = new ArrayList<>();
            for (Versions.Entry v : versions.list(type.workspace(), item.path())) {
                list.add(Map.of("name", v.name(), "published", t.when(v.published()),
                        "by", v.publishedBy() == null ? "" : v.publishedBy(), "note", v.note() == null ? "" : v.note()));
            }
            m.put("versions", list);
            m.put("arrivals", SubscriberView.arrivals(t, ui.subscribers, type.workspace(), item.path()));
        }
        m.putAll(extra);
        ui.pages.render(resp, status, "item.ftlh", m);
    }

    /** The ids of the fields a new item's URL name is proposed from, acronym first (for the script). */
    private String proposeFrom(ContentTypeDefinition type) {
        String title = FormView.id(ItemColumns.titleProperty(ui.module, type).name());
        return type.model().property(UrlNames.ACRONYM).isPresent() ? FormView.id(UrlNames.ACRONYM) + " " + title : title;
    }

    /** The tab the editor was on, unless problems wait on another one: then the first of those. */
    private String selectedTab(String tab, Map<String, Integer> errorsPerLocale) {
        List<String> locales = ui.content.locales().locales();
        String chosen = tab != null && locales.contains(tab) ? tab : ui.content.locales().defaultLocale();
        if (!errorsPerLocale.isEmpty() && !errorsPerLocale.containsKey(chosen)) {
            return errorsPerLocale.keySet().iterator().next();
        }
        return chosen;
    }

    /** Where the item stands, from its author node's activation metadata. */
    PublicationStatus status(ContentTypeDefinition type, Item item) throws RepositoryException {
        Session author = sessions.login(Side.AUTHOR, type.workspace());
        try {
            return PublicationStatus.of(author.getNode(StoredPaths.of(author).stored(item.path())));
        } finally {
            author.logout();
        }
    }

    static String version(Item item) {
        return String.valueOf(item.version());
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
