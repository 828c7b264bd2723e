package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.oicc.relations.authoring.http.AuthSessions;
import org.oicc.relations.authoring.http.PublicationListener;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.authoring.users.Authenticator;
import org.oicc.relations.authoring.users.LoginGuard;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.content.ModuleRepositorySetup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;

/**
 * Author and public repositories with the seed content, the authoring UI on a real Jetty at
 * {@code /.author/*}, and users editor, publisher and admin (every role).
 */
final class UiFixture implements AutoCloseable {

    static final String PASSWORD = "a good long password";

    final LightModule module;
    final StandaloneRepository author;
    final StandaloneRepository published;
    final StandaloneSessionProvider sessions;
    final ContentService content;
    final Server server;
    final int port;

    UiFixture(Path data) throws Exception {
        this(data, ModuleSource.classpath("oicc-relations"));
    }

    /** @param source the light module, e.g. a copy with a property added in YAML */
    UiFixture(Path data, ModuleSource source) throws Exception {
        module = new LightModuleLoader().load(source);
        RepositorySetup setup = ModuleRepositorySetup.of(module);
        author = StandaloneRepository.start(data.resolve("author"), setup);
        published = StandaloneRepository.start(data.resolve("public"), setup);
        sessions = new StandaloneSessionProvider(author, published);
        content = new ContentService(module, sessions);

        PasswordHasher hasher = new PasswordHasher(2000);
        UserStore users = UserStore.open(data, new ObjectMapper());
        users.save(new User("editor", hasher.hash(PASSWORD.toCharArray()), EnumSet.of(Role.EDITOR)));
        users.save(new User("publisher", hasher.hash(PASSWORD.toCharArray()), EnumSet.of(Role.PUBLISHER)));
        users.save(new User("admin", hasher.hash(PASSWORD.toCharArray()), EnumSet.allOf(Role.class)));
        Authenticator authenticator = new Authenticator(users, hasher, new LoginGuard(Clock.systemUTC()));
        Publisher publisher = new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC());

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new AuthorUiServlet(module, Labels.load(source, "en"), content, sessions,
                authenticator, new AuthSessions(Clock.systemUTC()), publisher, new Versions(sessions, Clock.systemUTC()),
                PublicationListener.NONE)), "/.author/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        published.close();
        author.close();
    }
}
