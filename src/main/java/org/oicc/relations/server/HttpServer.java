package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.ServerConnector;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.dam.DamServlet;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.metrics.Metrics;
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
    private final HttpConfiguration http;
    private final Site site;
    private final ServletContextHandler context;
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();
    private final List<AutoCloseable> closeAfterStop = new ArrayList<>();
    private final ObjectMapper json;
    private final Metrics metrics = Metrics.create();
    private final MetricsServlet metricsServlet;
    private final HealthServlet health;
    private ManagementServer management;
    private DamSettings dam = DamSettings.defaults();

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
        this.json = json;
        server = new Server();
        // every URI reaches RestUriGuard, which applies Jetty's default rules itself (JSON under /.rest/)
        http = new HttpConfiguration();
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
        health = new HealthServlet(site.module(), site.sessions(), json);
        context.addServlet(new ServletHolder("health", health), "/.health");
        // 404 until the instance's wiring says who may read it (an author instance: its admins)
        metricsServlet = new MetricsServlet(metrics, json);
        context.addServlet(new ServletHolder("metrics", metricsServlet), "/.metrics");
        context.addServlet(new ServletHolder("delivery", site.deliveryServlet()), "/.rest/*");
        context.addServlet(new ServletHolder("resources", site.resourceServlet()), "/.resources/*");
        context.addServlet(new ServletHolder("pages", site.pageServlet()), "/");
        contexts.addHandler(context);
        // inside the meters, so an abandoned request is still timed and counted by its status
        server.setHandler(new RequestMetricsHandler(new ClientWatch(new RestUriGuard(contexts, json), metrics.registry()),
                EndpointNames.of(site.module(), site.handlers().keySet()), metrics.requests()));
        site.caches().forEach((name, cache) -> metrics.cache(name, new ResponseCacheStatistics(cache)));
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.of("server", "public")).bindTo(metrics.registry());
        JettyConnectionMetrics.addToAllConnectors(server, metrics.registry(), Tags.of("server", "public"));
        server.setErrorHandler(new JsonErrorHandler(json));
        server.setStopAtShutdown(false); // the process's own shutdown hook stops Jetty before the repository
    }

    /**
     * What stands between clients and the servlets, set before {@link #start}: forwarded headers from
     * these proxies only, and at most {@code ratePerSecond} requests per second per client address
     * (0: no limit). The limit sits in front of every servlet, so a flood is refused before any work is done.
     */
    void protect(TrustedProxies proxies, int ratePerSecond) {
        if (!proxies.isEmpty()) {
            http.addCustomizer(proxies);
        }
        if (ratePerSecond > 0) {
            // inside the request meters, so the 429s are counted per endpoint like every other answer
            Handler.Wrapper measured = (Handler.Wrapper) server.getHandler();
            measured.setHandler(RateLimit.around(measured.getHandler(), ratePerSecond, json));
        }
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

    /** An author's subscribers, shown by {@code /.health}. */
    void reportSubscribers(org.oicc.relations.authoring.publication.SubscriberReports reports) {
        health.reportSubscribers(reports);
    }

    /** A cluster node's id and journal revisions, shown by {@code /.health}. */
    void reportCluster(String clusterId, Standalone standalone) {
        health.reportCluster(clusterId, standalone::clusterStates);
    }

    /** This server's meters, for the instance roles to add theirs (repository logins, queues). */
    public Metrics metrics() {
        return metrics;
    }

    /** {@code /.metrics} on the public port, for the instance role to say who may read it. */
    MetricsServlet metricsServlet() {
        return metricsServlet;
    }

    /** Counts the logins of the instance's repositories ({@code relations_repository_logins_total{side}}). */
    void countLogins(Standalone standalone) {
        standalone.repositoriesBySide().forEach((side, repository) -> metrics.repositoryLogins(side, repository::logins));
    }

    /** Also serves {@code /.metrics} and {@code /.health} on loopback at {@code port} (0: a free one), started with this server. */
    public void managementPort(int port) {
        management = new ManagementServer(port, metrics, health, json);
    }

    /** The management port actually bound, or -1 without one. */
    public int managementPort() {
        return management == null ? -1 : management.port();
    }

    /** Closed after Jetty stops, in reverse order of registration (webhook senders, observers). */
    public void closeAfterStop(AutoCloseable resource) {
        closeAfterStop.add(resource);
    }

    /** The limits of uploads and the rendition widths ({@code --asset-max-bytes}, {@code --rendition-widths}); before {@link #start}. */
    public void assets(DamSettings settings) {
        this.dam = settings;
    }

    public DamSettings assets() {
        return dam;
    }

    /** The process's one mapper. */
    ObjectMapper json() {
        return json;
    }

    /** @throws CliError when the port is taken, with the port in the message */
    public void start() {
        // the asset files of the root context's side, with the settings the instance was given
        context.addServlet(new ServletHolder("dam", site.damServlet(dam, json)), DamServlet.PATH + "/*");
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
        if (management != null) {
            try {
                management.start();
            } catch (CliError e) {
                stopQuietly();
                throw e;
            }
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
            stopManagement();
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
            stopManagement();
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            site.close();
            closeResources();
        }
    }

    private void stopManagement() {
        if (management != null) {
            management.close();
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
        metrics.close();
    }
}
