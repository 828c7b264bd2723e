package org.oicc.relations.testing;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.http.CommandsServlet;
import org.oicc.relations.authoring.http.JsonIO;
import org.oicc.relations.authoring.http.LoginSessions;
import org.oicc.relations.authoring.http.NodesApiServlet;
import org.oicc.relations.authoring.http.UsersApiServlet;
import org.oicc.relations.authoring.order.OrderApiServlet;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.PublicationListener;
import org.oicc.relations.authoring.publication.PublicationReceiverServlet;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.ui.AuthorUiServlet;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.AssetUploads;
import org.oicc.relations.dam.DamSettings;
import jakarta.servlet.MultipartConfigElement;
import org.oicc.relations.authoring.ui.Labels;
import org.oicc.relations.authoring.users.CredentialCheck;
import org.oicc.relations.authoring.users.LoginGuard;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.caching.CachingResponder;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.delivery.DeliveryServlet;
import org.oicc.relations.delivery.node.NodeSnapshots;
import org.oicc.relations.rendering.PageSite;
import org.oicc.relations.http.LockedReads;
import org.oicc.relations.repository.PublicationLock;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneSessionProvider;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * The servlets a {@link TestSite} mounts, built from the packages' own classes the way the server
 * wires them (the server's own wiring, {@code server.Site}, is tested in the server package).
 * Users get a cheap password hash: the production cost is checked where it is set.
 */
final class TestServlets {

    private TestServlets() {
    }

    /** @return the published side's change tracker, for the site to close; null without the public site */
    static WorkspaceChanges mount(TestSite site, TestSiteBuilder b, ServletContextHandler context, SessionProvider counted,
            Path data) throws Exception {
        Clock clock = Clock.systemUTC();
        WorkspaceChanges changes = null;
        if (b.delivery != null) {
            // the published side as serve builds it: one change tracker for delivery and pages
            changes = new WorkspaceChanges(site.module.workspaces(), clock);
            // the index first: it writes the copies that the snapshots read before the repository, and
            // moves the generation again once it has (a snapshot read from an old copy is then stale)
            site.index().afterEachChange(changes::settled);
            NodeSnapshots snapshots = NodeSnapshots.withCopies(site.module, changes::generation, NodeSnapshots.DEFAULT_MAX_BYTES,
                    site.copies());
            site.snapshots = snapshots;
            DeliveryServlet delivery = new DeliveryServlet(site.json,
                    DeliveryServlet.handlersFor(site.module, site.served, ContentLocales.of(site.module), b.delivery, site.index(),
                            snapshots), b.delivery,
                    new CachingResponder(changes, new ResponseCache(ResponseCache.DEFAULT_MAX_BYTES), b.delivery.cacheControl()));
            PageSite pages = new PageSite(site.module, site.source, site.served, ContentLocales.of(site.module), changes,
                    site.index());
            changes.start(site.served);
            // reads under the public repository's publication lock, as server.Site serves them
            // (found through the plain sessions: a wrapper of site.served may count logins)
            ReadWriteLock publications = PublicationLock.of(site.sessions, Side.PUBLIC, site.module.workspaces().iterator().next());
            context.addServlet(new ServletHolder("delivery", new LockedReads(delivery, publications)), "/.rest/*");
            context.addServlet(new ServletHolder("resources", pages.resourceServlet()), "/.resources/*");
            context.addServlet(new ServletHolder("pages", new LockedReads(pages.pageServlet(), publications)), "/");
        }
        if (b.nodesApi || b.authorUi) {
            PasswordHasher hasher = new PasswordHasher(2000);
            UserStore users = UserStore.open(data, site.json);
            users.save(new User("editor", hasher.hash(TestSite.PASSWORD.toCharArray()), EnumSet.of(Role.EDITOR)));
            users.save(new User("publisher", hasher.hash(TestSite.PASSWORD.toCharArray()), EnumSet.of(Role.PUBLISHER)));
            users.save(new User("admin", hasher.hash(TestSite.PASSWORD.toCharArray()), EnumSet.allOf(Role.class)));
            // one authentication for the APIs and the UI, as serve shares it
            Authentication auth = new Authentication(new CredentialCheck(users, hasher, new LoginGuard(clock)),
                    new LoginSessions(clock));
            Publisher publisher = new Publisher(site.module, site.sessions, new LocalTransport(site.sessions, "publication"),
                    clock, site.locks, PublicationListener.NONE);
            if (b.nodesApi) {
                JsonIO io = new JsonIO(site.json);
                context.addServlet(new ServletHolder("nodes", new NodesApiServlet(site.module, site.content, counted, auth, io)),
                        "/.rest/nodes/v1/*");
                context.addServlet(new ServletHolder("commands", new CommandsServlet(publisher, auth, io)),
                        "/.rest/commands/v2/*");
                context.addServlet(new ServletHolder("users", new UsersApiServlet(auth, io)), "/.rest/users/v1/*");
                OrderApiServlet.of(site.module, site.sessions, site.draftsIndex(), site.locks, publisher, auth, io)
                        .ifPresent(o -> context.addServlet(new ServletHolder("order", o), OrderApiServlet.PATH + "/*"));
            }
            if (b.authorUi) {
                // as serve wires it: the edit form of a type with an asset field is multipart
                ServletHolder ui = new ServletHolder("author-ui", new AuthorUiServlet(site.module, Labels.forUi(site.module),
                        site.content, site.sessions, auth, publisher, new Versions(site.sessions, clock, site.locks),
                        site.draftsIndex(), SubscriberReports.NONE,
                        new AssetUploads(DamSettings.defaults(), new AssetStore(site.sessions, site.locks, clock))));
                ui.getRegistration().setMultipartConfig(new MultipartConfigElement(data.resolve("uploads").toString(),
                        2 * DamSettings.DEFAULT_MAX_BYTES, 3 * DamSettings.DEFAULT_MAX_BYTES, 256 * 1024));
                context.addServlet(ui, "/.author/*");
            }
        }
        if (b.receiverSecret != null) {
            context.addServlet(new ServletHolder("publication-receiver", new PublicationReceiverServlet(
                    StandaloneSessionProvider.singleRepository(site.published), b.receiverWorkspaces, b.receiverSecret, clock)),
                    PublicationReceiverServlet.PATH + "/*");
        }
        return changes;
    }
}
