package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.http.CommandsServlet;
import org.oicc.relations.authoring.http.JsonIO;
import org.oicc.relations.authoring.http.NodesApiServlet;
import org.oicc.relations.authoring.publication.PublicationListener;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.PublicationReceiverServlet;
import org.oicc.relations.authoring.publication.PublicationTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.RemoteTransport;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.ui.AuthorUiServlet;
import org.oicc.relations.authoring.ui.Labels;
import org.oicc.relations.authoring.users.CredentialCheck;
import org.oicc.relations.authoring.users.FirstAdmin;
import org.oicc.relations.authoring.users.LoginGuard;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.authoring.webhooks.Outbox;
import org.oicc.relations.authoring.webhooks.Signature;
import org.oicc.relations.authoring.webhooks.WebhookDispatcher;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.delivery.DeliveryServlet;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.rendering.PageSite;
import org.oicc.relations.repository.DraftSessions;

import javax.jcr.RepositoryException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an author (or combined) instance adds to the public site: users, the Nodes API and
 * publication commands, preview of drafts, webhooks; and what a public instance adds to receive
 * publications from a remote author. Wiring only.
 */
final class AuthoringSite {

    static final String PREVIEW = "/.author/preview";

    /** Everything the authoring servlets share, for the UI to reuse. */
    record Parts(Authentication auth, LoginSessions sessions, UserStore users, ContentService content, Publisher publisher,
            JsonIO io, PublicationListener listener) {
    }

    private AuthoringSite() {
    }

    static Parts mount(HttpServer http, Standalone standalone, AuthoringOptions options, DeliverySettings delivery,
            ObjectMapper json, Map<String, String> env, PrintStream console) throws RepositoryException {
        return mount(http, standalone, options, delivery, json, env, console, new PasswordHasher());
    }

    /** @param hasher the production cost ({@link PasswordHasher#DEFAULT_ITERATIONS}) but in tests, which log in often */
    static Parts mount(HttpServer http, Standalone standalone, AuthoringOptions options, DeliverySettings delivery,
            ObjectMapper json, Map<String, String> env, PrintStream console, PasswordHasher hasher) throws RepositoryException {
        Clock clock = Clock.systemUTC();
        UserStore users = UserStore.open(standalone.data(), json);
        FirstAdmin.ensure(users, hasher, env, console);
        LoginSessions authSessions = new LoginSessions(clock);
        // one authenticator and one session store: lockouts and logins are shared by the UI and the APIs
        CredentialCheck authenticator = new CredentialCheck(users, hasher, new LoginGuard(clock));
        Authentication auth = new Authentication(authenticator, authSessions);
        JsonIO io = new JsonIO(json);
        ContentService content = new ContentService(standalone.module(), standalone.sessions());
        Publisher publisher = new Publisher(standalone.module(), standalone.sessions(), transport(standalone, options, clock), clock);
        DraftSessions drafts = new DraftSessions(standalone.sessions());
        ContentLocales locales = ContentLocales.standard();

        // the draft handlers serve the preview and render unpublished items for webhooks: built once
        DeliverySettings noStore = new DeliverySettings(delivery.maxLimit(), "no-store", delivery.corsOrigins());
        Map<String, EndpointHandler> draftHandlers = DeliveryServlet.handlersFor(standalone.module(), drafts, locales, noStore);

        PublicationListener listener = PublicationListener.NONE;
        if (!options.webhooks().isEmpty()) {
            WebhookDispatcher dispatcher = new WebhookDispatcher(new Outbox(standalone.data().resolve("outbox"), json),
                    options.webhooks(), new Signature(options.webhookSecret()), clock, Duration.ofSeconds(1), Duration.ofSeconds(5));
            http.closeAfterStop(dispatcher);
            listener = new WebhookNotifier(standalone.module(),
                    DeliveryServlet.handlersFor(standalone.module(), standalone.sessions(), locales, delivery),
                    draftHandlers, dispatcher, json, clock);
        }

        ServletContextHandler main = http.mainContext();
        main.addServlet(new ServletHolder("nodes", new NodesApiServlet(standalone.module(), content, standalone.sessions(), auth, io)),
                "/.rest/nodes/v1/*");
        main.addServlet(new ServletHolder("commands", new CommandsServlet(publisher, auth, io, listener)), "/.rest/commands/v2/*");
        main.addServlet(new ServletHolder("author-ui", new AuthorUiServlet(standalone.module(), Labels.load(standalone.source(), "en"),
                content, standalone.sessions(), authenticator, authSessions, publisher, new Versions(standalone.sessions(), clock),
                listener)), "/.author/*");

        // Preview: the same endpoints and pages over the author repository, behind an editor login.
        Set<String> watched = new java.util.TreeSet<>(WorkspaceChanges.workspacesOf(standalone.module()));
        watched.addAll(PageSite.workspacesOf(standalone.module()));
        WorkspaceChanges draftChanges = new WorkspaceChanges(watched, clock);
        draftChanges.start(drafts);
        http.closeAfterStop(draftChanges);
        DeliveryServlet draftDelivery = new DeliveryServlet(json, draftHandlers,
                noStore, draftChanges, new ResponseCache(0));
        boolean anonymousPublic = standalone.instance().hasPublic();
        main.addFilter(new FilterHolder(new PreviewFilter(auth, draftDelivery, io, anonymousPublic)), "/.rest/delivery/*",
                EnumSet.of(DispatcherType.REQUEST));

        ServletContextHandler preview = new ServletContextHandler();
        preview.setContextPath(PREVIEW);
        PageSite draftPages = new PageSite(standalone.module(), standalone.source(), drafts, locales, draftChanges);
        preview.addServlet(new ServletHolder("preview-delivery", draftDelivery), "/.rest/*");
        preview.addServlet(new ServletHolder("preview-resources", draftPages.resourceServlet()), "/.resources/*");
        preview.addServlet(new ServletHolder("preview-pages", draftPages.pageServlet()), "/");
        preview.addFilter(new FilterHolder(new PreviewFilter(auth, null, io, false)), "/*", EnumSet.of(DispatcherType.REQUEST));
        if (!anonymousPublic) {
            // an author-only instance has no public content: its pages are drafts, for editors only
            main.addFilter(new FilterHolder(new PreviewFilter(auth, null, io, false)), "*.html", EnumSet.of(DispatcherType.REQUEST));
        }
        http.addContext(preview);
        return new Parts(auth, authSessions, users, content, publisher, io, listener);
    }

    /** A public instance that accepts publications from a remote author instance. */
    static void mountReceiver(HttpServer http, Standalone standalone, AuthoringOptions options) {
        if (options.publicationSecret() == null) {
            return;
        }
        Set<String> workspaces = ModuleRepositorySetup.of(standalone.module()).workspaces().stream().collect(Collectors.toSet());
        http.mainContext().addServlet(new ServletHolder("publication-receiver", new PublicationReceiverServlet(
                standalone.sessions(), workspaces, options.publicationSecret(), Clock.systemUTC())), PublicationReceiverServlet.PATH + "/*");
    }

    private static PublicationTransport transport(Standalone standalone, AuthoringOptions options, Clock clock) {
        if (standalone.instance().hasPublic()) {
            return new LocalTransport(standalone.sessions(), "publication");
        }
        if (options.publicInstance() == null || options.publicationSecret() == null) {
            throw new CliError("an author instance needs --public-url and RELATIONS_PUBLICATION_SECRET to publish", 2);
        }
        return new RemoteTransport(options.publicInstance(), options.publicationSecret(), clock);
    }
}
