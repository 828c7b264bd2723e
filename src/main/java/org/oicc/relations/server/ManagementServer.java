package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;
import org.oicc.relations.metrics.Metrics;

import java.io.IOException;
import java.net.BindException;

/**
 * {@code --management-port}: a second, small Jetty on loopback only, serving {@code /.metrics} and
 * {@code /.health} without a login (who can reach loopback is trusted, as a local Prometheus agent
 * or a sidecar is). It has its own few threads, so a flood on the public port does not stop a scrape.
 */
final class ManagementServer implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";
    private static final int THREADS = 10;

    private final Server server;
    private final ServerConnector connector;

    ManagementServer(int port, Metrics metrics, HttpServlet health, ObjectMapper json) {
        QueuedThreadPool pool = new QueuedThreadPool(THREADS, 2);
        pool.setName("management");
        server = new Server(pool);
        // no version banner, as on the public port
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(metrics, json, MetricsServlet.ANYONE)), "/.metrics");
        context.addServlet(new ServletHolder("health", health), "/.health");
        context.addServlet(new ServletHolder("not-found", new NotFound(json)), "/");
        server.setHandler(new RequestMetricsHandler(context, EndpointNames.management(), metrics.requests()));
        server.setErrorHandler(new JsonErrorHandler(json));
        server.setStopAtShutdown(false);
        new JettyServerThreadPoolMetrics(pool, Tags.of("server", "management")).bindTo(metrics.registry());
    }

    /** @throws CliError when the port is taken */
    void start() {
        try {
            server.start();
        } catch (Exception e) {
            close();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new CliError("cannot listen on " + LOOPBACK + ":" + connector.getPort()
                        + ": address already in use (choose another --management-port)", 3);
            }
            throw new CliError("cannot start the management server: " + e.getMessage(), 3);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(ManagementServer.class).warn("the management server did not stop cleanly", e);
        }
    }

    /** Everything but metrics and health: a JSON 404. */
    private static final class NotFound extends HttpServlet {

        private final transient ObjectMapper json;

        NotFound(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            byte[] body = ErrorBody.bytes(json, new HttpError(404, "pathNotFound",
                    "the management port serves /.metrics and /.health only"));
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("application/json;charset=UTF-8");
            CacheControl.noStore(resp);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
