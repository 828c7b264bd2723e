package org.oicc.relations.server;

import org.oicc.relations.metrics.QueueMeters;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import org.oicc.relations.authoring.http.AssetsApiServlet;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.dam.PendingAssetSweeper;
import org.oicc.relations.dam.PendingAssets;
import org.oicc.relations.dam.DamServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.oicc.relations.authoring.http.ApiError;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.http.CommandsServlet;
import org.oicc.relations.authoring.order.OrderApiServlet;
import org.oicc.relations.authoring.http.JsonIO;
import org.oicc.relations.authoring.http.NodesApiServlet;
import org.oicc.relations.authoring.http.UsersApiServlet;
import org.oicc.relations.authoring.publication.PublicationListener;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.PublicationReceiverServlet;
import org.oicc.relations.authoring.publication.PublicationTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.subscribers.AuthorPublicationState;
import org.oicc.relations.authoring.publication.subscribers.IntentFolder;
import org.oicc.relations.authoring.publication.subscribers.Subscribers;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.ui.AuthorUiServlet;
import org.oicc.relations.authoring.ui.Labels;
import org.oicc.relations.authoring.users.CredentialCheck;
import org.oicc.relations.authoring.users.FirstAdmin;
import org.oicc.relations.authoring.users.LoginGuard;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.authoring.webhooks.Outbox;
import org.oicc.relations.authoring.webhooks.Signature;
import org.oicc.relations.authoring.webhooks.WebhookDispatcher;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.repository.DraftSessions;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/**
 * What an author (or combined) instance adds to the public site: users, the Nodes API and
 * publication commands, the authoring UI, preview of drafts, webhooks; and what a public instance
 * adds to receive publications from a remote author. Wiring only: the drafts' side is a
 * {@link Site} like the published one.
 */
final class AuthoringSite {

    /** Where the authoring UI is mounted; printed at start. */
    static final String UI = "/.author";
    static final String PREVIEW = UI + "/preview";
    /** Beside the repositories in the data folder: the subscribers' queue and cursors. */
    static final String PUBLICATION_FOLDER = "publication";

    private AuthoringSite() {
    }

    static void mount(HttpServer http, Standalone standalone, AuthoringOptions options, ObjectMapper json,
            Map<String, String> env, PrintStream console) {
        mount(http, standalone, options, json, env, console, new PasswordHasher());
    }

    /** @param hasher the production cost ({@link PasswordHasher#DEFAULT_ITERATIONS}) but in tests, which log in often */
    static void mount(HttpServer http, Standalone standalone, AuthoringOptions options, ObjectMapper json,
            Map<String, String> env, PrintStream console, PasswordHasher hasher) {
        Clock clock = Clock.systemUTC();
        Authentication auth = authentication(standalone, json, env, console, clock, hasher);
        JsonIO io = new JsonIO(json);
        // one lock for every writer of the author repository: editors' saves, publication, restores
        ItemLocks locks = new ItemLocks();
        ContentService content = new ContentService(standalone.module(), standalone.sessions(), locks);
        // the drafts' side serves the preview and renders unpublished items for webhooks: built once
        Site drafts = Site.drafts(standalone.module(), standalone.source(), new DraftSessions(standalone.sessions()), json,
                http.site().settings(),
                Site.copiesFolder(standalone.data(), "drafts"));
        startDrafts(http, drafts);
        // a save finds its category's last page position in the drafts' index (entries kept sorted), not by a
        // query that sorts every entry of the category (62 % of a create at 100,000 organizations)
        OrderedEntries.of(standalone.module()).ifPresent(o -> content.keepPositionsIn(drafts.index().positions(o)));
        PublicationListener listener = webhooks(http, standalone, options, drafts, json, clock);
        PublicationTransport transport = transport(http, standalone, options, json, clock);
        SubscriberReports reports = transport instanceof SubscriberReports r ? r : SubscriberReports.NONE;
        http.reportSubscribers(reports);
        if (transport instanceof Subscribers queues) {
            // relations_publication_queue_length / _age_seconds per subscriber
            for (String name : queues.names()) {
                http.metrics().queue(name, new QueueMeters.Queue() {
                    @Override
                    public long length() {
                        return queues.queueLength(name);
                    }

                    @Override
                    public double oldestAgeSeconds() {
                        return queues.oldestWaitingAge(name).toMillis() / 1000.0;
                    }
                });
            }
        }
        Publisher publisher = new Publisher(standalone.module(), standalone.sessions(), transport, clock,
                locks, listener, options.versions(),
                new IntentFolder(standalone.data().resolve(PUBLICATION_FOLDER).resolve("in-progress"), json));
        // before the first request: what a kill -9 interrupted goes out (and gets its version) first
        int resumed = publisher.resume();
        if (resumed > 0) {
            LoggerFactory.getLogger(AuthoringSite.class).warn("finished {} publication(s) a crash had interrupted", resumed);
        }

        ServletContextHandler main = http.mainContext();
        AssetStore assets = new AssetStore(standalone.sessions(), locks, clock);
        PendingAssets pending = new PendingAssets(assets, clock, PendingAssets.DEFAULT_GRACE);
        AssetUploads uploads = new AssetUploads(http.assets(), assets, pending);
        // an image uploaded with a form that was never saved goes after a day (see PendingAssets)
        http.closeAfterStop(PendingAssetSweeper.start(pending, key -> !content.assetReferrers(key.toString()).isEmpty(),
                Duration.ofHours(1)));
        main.addServlet(new ServletHolder("assets", new AssetsApiServlet(uploads, content, auth, io)), AssetsApiServlet.PATH + "/*");
        main.addServlet(new ServletHolder("nodes", new NodesApiServlet(standalone.module(), content, standalone.sessions(), auth, io)),
                "/.rest/nodes/v1/*");
        main.addServlet(new ServletHolder("commands", new CommandsServlet(publisher, auth, io)), "/.rest/commands/v2/*");
        main.addServlet(new ServletHolder("users", new UsersApiServlet(auth, io)), "/.rest/users/v1/*");
        OrderApiServlet.of(standalone.module(), standalone.sessions(), drafts.index(), locks, publisher, auth, io)
                .ifPresent(o -> main.addServlet(new ServletHolder("order", o), OrderApiServlet.PATH + "/*"));
        // the versions panel lists what the publisher keeps
        Versions versions = new Versions(standalone.sessions(), clock, locks, options.versions());
        ServletHolder ui = new ServletHolder("author-ui", new AuthorUiServlet(standalone.module(), Labels.forUi(standalone.module()),
                content, standalone.sessions(), auth, publisher, versions, drafts.index(), reports, uploads));
        // a logo comes with the edit form: parts up to twice the upload limit reach the form, which
        // then refuses a file over the limit itself, keeping the rest of the input
        long part = 2 * http.assets().maxBytes();
        ui.getRegistration().setMultipartConfig(new MultipartConfigElement(standalone.data().resolve("uploads").toString(),
                part, part + 4L * 1024 * 1024, 256 * 1024));
        main.addServlet(ui, UI + "/*");
        mountPreview(http, drafts, auth, io, standalone.instance().hasPublic());
        http.metricsServlet().admit(adminsOnly(auth, io));
    }

    /** {@code /.metrics} on the public port: admins only (401 without a login, 403 for other roles). */
    static MetricsServlet.Access adminsOnly(Authentication auth, JsonIO io) {
        return (req, resp) -> {
            try {
                auth.require(req, Role.ADMIN);
                return true;
            } catch (ApiError e) {
                io.error(resp, e);
                return false;
            }
        };
    }

    /** The drafts' index is read now, the repository running; it stops following drafts after Jetty. */
    private static void startDrafts(HttpServer http, Site drafts) {
        try {
            drafts.start();
        } catch (javax.jcr.RepositoryException e) {
            throw new CliError("cannot index the drafts: " + e.getMessage(), 3);
        }
        http.closeAfterStop(drafts);
    }

    /** One authenticator and one session store: logins, lockouts and the Basic cache are shared by the UI and the APIs. */
    private static Authentication authentication(Standalone standalone, ObjectMapper json, Map<String, String> env,
            PrintStream console, Clock clock, PasswordHasher hasher) {
        UserStore users = UserStore.open(standalone.data(), json);
        FirstAdmin.ensure(users, hasher, env, console);
        return new Authentication(new CredentialCheck(users, hasher, new LoginGuard(clock)), new LoginSessions(clock));
    }

    private static PublicationListener webhooks(HttpServer http, Standalone standalone, AuthoringOptions options, Site drafts,
            ObjectMapper json, Clock clock) {
        if (options.webhooks().isEmpty()) {
            return PublicationListener.NONE;
        }
        WebhookDispatcher dispatcher = new WebhookDispatcher(new Outbox(standalone.data().resolve("outbox"), json),
                options.webhooks(), new Signature(options.webhookSecret()), clock, Duration.ofSeconds(1), Duration.ofSeconds(5));
        http.closeAfterStop(dispatcher);
        return new WebhookNotifier(standalone.module(), http.site().handlers(), drafts.handlers(), dispatcher, json, clock);
    }

    /**
     * Preview: the same endpoints and pages over the author repository, behind an editor login, at
     * {@value #PREVIEW} and, for editors' delivery requests, at the public endpoints' own URLs.
     */
    private static void mountPreview(HttpServer http, Site drafts, Authentication auth, JsonIO io, boolean anonymousPublic) {
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        ServletContextHandler main = http.mainContext();
        main.addFilter(new FilterHolder(anonymousPublic
                ? PreviewFilter.draftsForEditors(auth, io, drafts.deliveryServlet())
                : PreviewFilter.editorsOnly(auth, io, drafts.deliveryServlet())), "/.rest/delivery/*", requests);
        if (!anonymousPublic) {
            // an author-only instance has no public content: its pages and assets are drafts, for editors only
            main.addFilter(new FilterHolder(PreviewFilter.gate(auth, io)), "*.html", requests);
            main.addFilter(new FilterHolder(PreviewFilter.gate(auth, io)), DamServlet.PATH + "/*", requests);
        }
        ServletContextHandler preview = new ServletContextHandler();
        preview.setContextPath(PREVIEW);
        preview.addServlet(new ServletHolder("preview-delivery", drafts.deliveryServlet()), "/.rest/*");
        preview.addServlet(new ServletHolder("preview-resources", drafts.resourceServlet()), "/.resources/*");
        preview.addServlet(new ServletHolder("preview-pages", drafts.pageServlet()), "/");
        preview.addServlet(new ServletHolder("preview-dam", drafts.damServlet(http.assets(), http.json())), DamServlet.PATH + "/*");
        preview.addFilter(new FilterHolder(PreviewFilter.gate(auth, io)), "/*", requests);
        http.addContext(preview);
    }

    /** A public instance that accepts publications from a remote author instance. */
    static void mountReceiver(HttpServer http, Standalone standalone, AuthoringOptions options) {
        if (options.receiverSecret() == null) {
            return;
        }
        http.mainContext().addServlet(new ServletHolder("publication-receiver", new PublicationReceiverServlet(
                standalone.sessions(), standalone.module().workspaces(), options.receiverSecret(), Clock.systemUTC())),
                PublicationReceiverServlet.PATH + "/*");
    }

    /**
     * A combined instance publishes into its own public repository, synchronously; an author-only
     * instance queues for its subscribers ({@code <data>/publication/}) and answers once queued.
     */
    private static PublicationTransport transport(HttpServer http, Standalone standalone, AuthoringOptions options, ObjectMapper json,
            Clock clock) {
        if (standalone.instance().hasPublic()) {
            if (!options.subscribers().isEmpty()) {
                throw new CliError("--subscriber and --public-url are for --instance author (a combined instance publishes to "
                        + "its own public side)", 2);
            }
            return new LocalTransport(standalone.sessions(), "publication");
        }
        if (options.subscribers().isEmpty()) {
            throw new CliError("an author instance needs at least one --subscriber URL (or --public-url URL) to publish to", 2);
        }
        Subscribers subscribers = Subscribers.start(standalone.data().resolve(PUBLICATION_FOLDER), options.subscribers(),
                new AuthorPublicationState(standalone.sessions()), json, clock, options.retryFirst(), options.retryMax());
        http.closeAfterStop(subscribers);
        return subscribers;
    }
}
