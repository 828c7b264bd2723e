package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.ServerConnector;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.repository.SessionProvider;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;

/** Jetty 12 (ee10) with the module's servlets. Knows wiring only; every servlet gets what it needs. */
public final class HttpServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Site site;
    private final ServletContextHandler context;
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();
    private final List<AutoCloseable> closeAfterStop = new ArrayList<>();

    /** Pages and web resources come from the light module packaged in the jar. */
    public HttpServer(String host, int port, LightModule module, SessionProvider sessions, ObjectMapper json,
            DeliverySettings delivery) {
        this(host, port, module, ModuleSource.classpath(module.name()), sessions, json, delivery);
    }

    /** @param source the light module's files (templates, web resources), as the definitions were read */
    public HttpServer(String host, int port, LightModule module, ModuleSource source, SessionProvider sessions,
            ObjectMapper json, DeliverySettings delivery) {
        this(host, port, Site.published(module, source, sessions, json, delivery), json);
    }

    /** @param site what {@code /} serves: the published side, or drafts on an instance that has nothing published */
    HttpServer(String host, int port, Site site, ObjectMapper json) {
        this.site = site;
        server = new Server();
        // every URI reaches RestUriGuard, which applies Jetty's default rules itself (JSON under /.rest/)
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.UNSAFE);
        // no version banner: it only helps someone matching known flaws to this server
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("health", new HealthServlet(site.module(), site.sessions(), json)), "/.health");
        context.addServlet(new ServletHolder("delivery", site.deliveryServlet()), "/.rest/*");
        context.addServlet(new ServletHolder("resources", site.resourceServlet()), "/.resources/*");
        context.addServlet(new ServletHolder("pages", site.pageServlet()), "/");
        contexts.addHandler(context);
        server.setHandler(new RestUriGuard(contexts, json));
        server.setErrorHandler(new JsonErrorHandler(json));
        server.setStopAtShutdown(false); // the process's own shutdown hook stops Jetty before the repository
    }

    /** What the root context serves, for instance roles that build on it (webhooks render its items). */
    Site site() {
        return site;
    }

    /** The root context, for instance roles that add servlets (authoring) before {@link #start}. */
    public ServletContextHandler mainContext() {
        return context;
    }

    /** Another context (e.g. {@code /.author/preview}); Jetty picks the longest matching context path. */
    public void addContext(ServletContextHandler other) {
        contexts.addHandler(other);
    }

    /** Closed after Jetty stops, in reverse order of registration (webhook senders, observers). */
    public void closeAfterStop(AutoCloseable resource) {
        closeAfterStop.add(resource);
    }

    /** @throws CliError when the port is taken, with the port in the message */
    public void start() {
        try {
            site.start();
        } catch (RepositoryException e) {
            throw new CliError("cannot observe the content workspaces: " + e.getMessage(), 3);
        }
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new CliError("cannot listen on " + connector.getHost() + ":" + connector.getPort()
                        + ": address already in use (choose another --port)", 3);
            }
            throw new CliError("cannot start the HTTP server: " + e.getMessage(), 3);
        } catch (Exception e) {
            stopQuietly();
            throw new CliError("cannot start the HTTP server: " + e.getMessage(), 3);
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // nothing more to do: start failed already and that is what gets reported
        } finally {
            site.close();
            closeResources();
        }
    }

    /** Jetty first, then the observation sessions, all before the repository is closed by its owner. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            site.close();
            closeResources();
        }
    }

    private void closeResources() {
        for (int i = closeAfterStop.size() - 1; i >= 0; i--) {
            try {
                closeAfterStop.get(i).close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(HttpServer.class).warn("closing {} failed", closeAfterStop.get(i), e);
            }
        }
        closeAfterStop.clear();
    }
}
