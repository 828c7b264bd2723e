package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.order.CategoryOrder;
import org.oicc.relations.authoring.order.OrderPublication;
import org.oicc.relations.authoring.pages.PageEditor;
import org.oicc.relations.authoring.publication.PublicReferrers;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The authoring UI at {@code /.author/*}: login, a list per content type, the generated edit form,
 * publication buttons and versions. Pages are rendered on the server; the one script only turns
 * reference pickers into comboboxes that search as the editor types.
 *
 * <pre>
 * /.author/                         → the first content type's list
 * /.author/login, /.author/logout   GET form / POST
 * /.author/static/{author.css,js}   from the jar
 * /.author/items/{type}             one page of the list (?q=, ?sort=[-]column, ?page=)
 * /.author/api/pick?type=&q=        JSON: the first matches for a reference picker
 * /.author/items/{type}/_new        form for a new item; POST creates
 * /.author/items/{type}/_publish    POST from the list: publish the ticked items, one result each
 * /.author/items/{type}/{item}      form; POST saves (or applies a row button)
 * /.author/items/{type}/{item}/{publish|unpublish|restore|delete}   POST (the last three ask first: {@link ConfirmStep})
 * /.author/items/{type}/{item}/versions/{version}   a version against the draft
 * /.author/pages[/{page path}[/_publish|/_unpublish|/_versions/{version}]]   see {@link PageScreens}
 * /.author/users[/{name}[/{action}]]  admins only: see {@link UserPages}
 * /.author/account                  GET form / POST: one's own password
 * /.author/order                    the categories whose entries have a page order
 * /.author/order/{category}         its entries in page order; POST saves the new order (or applies a Move button)
 * /.author/order/{category}/publish POST: one publication for the new order
 * /.author/assets[/{jcr:id}[/{action}]]  the Assets screen: see {@link AssetScreens}
 * </pre>
 */
public final class AuthorUiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorUiServlet.class);

    private final transient UiContext ui;
    private final transient Authentication auth;
    private final transient LoginPages login;
    private final transient ItemList list;
    private final transient ItemForm form;
    private final transient PublicationActions publication;
    private final transient BulkPublish bulk;
    private final transient VersionPage versionPage;
    private final transient PageScreens pageScreens;
    private final transient PickApi pick;
    private final transient UserPages users;
    private final transient AccountPage account;
    /** null when the module orders no entries */
    private final transient CategoryScreen order;
    private final transient UiLanguage language;
    /** null when the instance has no Assets screen */
    private final transient AssetScreens assets;

    /**
     * @param auth the same as the APIs': one Basic-credential cache, one session store, one lockout
     *             for every way an editor logs in
     * @param index the author side's index: lists and reference pickers ask it, never the workspace
     */
    public AuthorUiServlet(LightModule module, Labels labels, ContentService content, SessionProvider sessions,
                           Authentication auth, Publisher publisher, Versions versions, ItemIndex index) {
        this(module, labels, content, sessions, auth, publisher, versions, index, SubscriberReports.NONE);
    }

    /** @param subscribers an author instance's public instances, shown on every page and per item */
    public AuthorUiServlet(LightModule module, Labels labels, ContentService content, SessionProvider sessions,
                           Authentication auth, Publisher publisher, Versions versions, ItemIndex index,
                           SubscriberReports subscribers) {
        this(module, labels, content, sessions, auth, publisher, versions, index, subscribers, null);
    }

    /** @param uploads where the form's image uploads go ({@code asset} fields); null when the instance takes none */
    public AuthorUiServlet(LightModule module, Labels labels, ContentService content, SessionProvider sessions,
                           Authentication auth, Publisher publisher, Versions versions, ItemIndex index,
                           SubscriberReports subscribers, AssetUploads uploads) {
        this.ui = new UiContext(module, labels, content, subscribers, uploads != null && module.workspaces().contains(LightModule.DAM));
        this.auth = auth;
        this.login = new LoginPages(ui, auth.credentials(), auth.loginSessions());
        ReferencePicker picker = new ReferencePicker(module, content.locales(), sessions, index);
        this.list = new ItemList(ui, sessions, index, picker);
        this.form = new ItemForm(ui, sessions, versions, picker, new AssetFields(ui, uploads));
        this.pick = new PickApi(ui, picker);
        this.bulk = new BulkPublish(ui, publisher);
        this.publication = new PublicationActions(ui, form, publisher, versions, sessions);
        this.versionPage = new VersionPage(ui, versions);
        PageEditor editor = new PageEditor(module, sessions, content.locks(), Clock.systemUTC());
        this.pageScreens = new PageScreens(ui, editor, new PageFormView(ui, sessions, editor.locales()), publisher, versions,
                new PublicReferrers(module, sessions), new org.oicc.relations.authoring.pages.PageStructure(module, sessions, content.locks(),
                Clock.systemUTC()));
        this.users = new UserPages(ui, auth.credentials().accounts(), auth.loginSessions());
        this.account = new AccountPage(ui, auth.credentials(), auth.loginSessions());
        this.language = new UiLanguage(ui.messages, auth.credentials().accounts(), auth.loginSessions());
        this.assets = ui.assetsScreen ? new AssetScreens(ui, uploads, sessions, publisher) : null;
        this.order = OrderedEntries.of(module).map(def -> {
            CategoryOrder categories = new CategoryOrder(def, sessions, index, content.locks(), Clock.systemUTC());
            return new CategoryScreen(ui, categories, new OrderPublication(categories, sessions, index, publisher), sessions, index);
        }).orElse(null);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UiSession session = null;
        UiText text = ui.messages.text(UiMessages.FALLBACK);
        try {
            req.setCharacterEncoding("UTF-8");
            text = language.choose(req, null);
            readForm(req);
            Optional<org.oicc.relations.authoring.http.LoginSession> login = auth.session(req);
            if (login.isPresent()) {
                text = language.choose(req, login.get().user());
                session = new UiSession(login.get(), text);
            }
            req.setAttribute(UiText.class.getName(), text);
            route(req, resp, session, text);
        } catch (UiError e) {
            error(resp, session, text, e.status(), e.text(text));
        } catch (NoSuchItemException e) {
            error(resp, session, text, 404, text.get("error.noItem"));
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("authoring UI request {} {} failed", req.getMethod(), req.getRequestURI(), e);
            error(resp, session, text, 500, text.get("error.server"));
        }
    }

    /**
     * Parses a posted form before anything reads a field, so a form over the container's limits
     * (too many fields or bytes) is refused as such, before it could count as a failed login.
     */
    private static void readForm(HttpServletRequest req) {
        if ("POST".equals(req.getMethod())) {
            try {
                req.getParameterMap();
            } catch (RuntimeException overLimits) {
                throw new UiError(413, "error.tooLarge");
            }
        }
    }

    private void route(HttpServletRequest req, HttpServletResponse resp, UiSession session, UiText text)
            throws IOException, RepositoryException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String method = req.getMethod();
        String[] parts = path.substring(1).split("/", -1);
        boolean post = "POST".equals(method);
        if (!post && !"GET".equals(method) && !"HEAD".equals(method)) {
            resp.setHeader("Allow", "GET, HEAD, POST");
            throw new UiError(405, "error.method");
        }
        if (parts.length == 2 && "static".equals(parts[0]) && !post) {
            StaticFiles.serve(parts[1], resp);
            return;
        }
        if (path.equals("/login")) {
            if (post) {
                login.login(req, resp, text);
            } else {
                login.form(req, resp, text);
            }
            return;
        }
        if (path.equals(UiLanguage.PATH) && post) {
            language.change(req, resp, session);
            return;
        }
        if (path.equals("/api/pick") && !post) {
            pick.answer(req, resp, session);
            return;
        }
        if (session == null) {
            if (post) {
                throw new UiError(401, "error.sessionEnded");
            }
            String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            LoginPages.redirect(resp, UiContext.BASE + "/login?next=" + URLEncoder.encode(LoginPages.safeNext(here), StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/logout") && post) {
            login.logout(req, resp, session);
            return;
        }
        if (path.equals("/") && !post) {
            Optional<ContentTypeDefinition> first = ui.module.allContentTypes().stream().findFirst();
            LoginPages.redirect(resp, first.map(UiContext::listUrl).orElse(UiContext.BASE + "/login"));
            return;
        }
        if ("users".equals(parts[0])) {
            users.route(parts, post, req, resp, session);
            return;
        }
        if (path.equals("/account")) {
            if (post) {
                account.change(req, resp, session);
            } else {
                account.show(req, resp, session);
            }
            return;
        }
        if (assets != null && "assets".equals(parts[0])) {
            assets.route(parts, post, req, resp, session);
            return;
        }
        if ("pages".equals(parts[0])) {
            pageScreens.route(path.substring(PageScreens.PATH.length()), post, req, resp, session);
            return;
        }
        if (order != null && "order".equals(parts[0])) {
            routeOrder(req, resp, session, parts, post);
            return;
        }
        if (parts.length == 5 && "items".equals(parts[0]) && "versions".equals(parts[3]) && !post) {
            versionPage.show(resp, session, ui.type(parts[1]), parts[2], parts[4]);
            return;
        }
        if (parts.length < 2 || parts.length > 4 || !"items".equals(parts[0])) {
            throw UiError.notFound("error.noPage");
        }
        ContentTypeDefinition type = ui.type(parts[1]);
        if (parts.length == 2 && !post) {
            list.show(req, resp, session, type);
        } else if (parts.length == 3 && BulkPublish.PATH.equals(parts[2])) {
            if (!post) {
                throw UiError.notFound("error.bulkGet");
            }
            bulk.publish(req, resp, session, type);
        } else if (parts.length == 3 && !parts[2].isEmpty()) {
            if (post) {
                form.submit(req, resp, session, type, parts[2]);
            } else {
                form.show(req, resp, session, type, parts[2]);
            }
        } else if (parts.length == 4 && post) {
            publication.run(parts[3], req, resp, session, type, parts[2]);
        } else {
            throw UiError.notFound("error.noPage");
        }
    }

    /** {@code /order}, {@code /order/{category}} (GET, POST), {@code /order/{category}/publish} (POST). */
    private void routeOrder(HttpServletRequest req, HttpServletResponse resp, UiSession session, String[] parts, boolean post)
            throws IOException, RepositoryException {
        if (parts.length == 1 && !post) {
            order.categories(resp, session);
        } else if (parts.length == 2 && !parts[1].isEmpty()) {
            if (post) {
                order.submit(req, resp, session, parts[1]);
            } else {
                order.show(req, resp, session, parts[1]);
            }
        } else if (parts.length == 3 && "publish".equals(parts[2]) && post) {
            order.publish(req, resp, session, parts[1]);
        } else {
            throw UiError.notFound("error.noPage");
        }
    }

    private void error(HttpServletResponse resp, UiSession session, UiText text, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        String title = text.get("error.title", status);
        Map<String, Object> m = session == null ? ui.frame(text, title) : ui.frame(session, title, null);
        m.put("status", status);
        m.put("message", message);
        ui.pages.render(resp, status, "error.ftlh", m);
    }
}
