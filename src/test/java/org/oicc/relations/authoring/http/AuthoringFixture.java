package org.oicc.relations.authoring.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
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
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** An author and a public repository with the seed, the authoring APIs on a real Jetty, three users. */
final class AuthoringFixture implements AutoCloseable {

    static final String PASSWORD = "a good long password";

    final StandaloneRepository author;
    final StandaloneRepository published;
    final StandaloneSessionProvider sessions;
    final ContentService content;
    final Server server;
    final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    AuthoringFixture(Path data) throws Exception {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        RepositorySetup setup = ModuleRepositorySetup.of(module);
        author = StandaloneRepository.start(data.resolve("author"), setup);
        published = StandaloneRepository.start(data.resolve("public"), setup);
        sessions = new StandaloneSessionProvider(author, published);
        content = new ContentService(module, sessions);

        ObjectMapper json = new ObjectMapper();
        PasswordHasher hasher = new PasswordHasher(2000);
        UserStore users = UserStore.open(data, json);
        users.save(new User("editor", hasher.hash(PASSWORD.toCharArray()), EnumSet.of(Role.EDITOR)));
        users.save(new User("publisher", hasher.hash(PASSWORD.toCharArray()), EnumSet.of(Role.PUBLISHER)));
        users.save(new User("admin", hasher.hash(PASSWORD.toCharArray()), EnumSet.allOf(Role.class)));
        Authentication auth = new Authentication(new Authenticator(users, hasher, new LoginGuard(Clock.systemUTC())),
                new AuthSessions(Clock.systemUTC()));
        JsonIO io = new JsonIO(json);
        Publisher publisher = new Publisher(module, sessions, new LocalTransport(sessions, "publication"), Clock.systemUTC());

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new NodesApiServlet(module, content, sessions, auth, io)), "/.rest/nodes/v1/*");
        context.addServlet(new ServletHolder(new CommandsServlet(publisher, auth, io, PublicationListener.NONE)), "/.rest/commands/v2/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    HttpResponse<String> send(String method, String path, String user, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, body, Map.of());
    }

    @Override
    public void close() throws Exception {
        server.stop();
        published.close();
        author.close();
    }

}
