package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.rendering.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the repository and Jetty until SIGTERM/Ctrl-C, which shuts both down cleanly. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server and the repository (seed content imported on first start).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "Also serve /.metrics and /.health without a login on 127.0.0.1:PORT (0 picks a free one).")
    Integer managementPort;

    @Option(names = "--site-url", paramLabel = "URL",
            description = "Origin visitors use (https://www.example.org): canonical, hreflang and sitemap links. "
                    + "Default: the address the server listens on. Never taken from the Host header.")
    String siteUrl;

    @Mixin
    AssetOptions assets = new AssetOptions();

    @Mixin
    DataOptions store;

    @Mixin
    DeliveryOptions delivery;

    @Mixin
    InstanceOptions roles;

    @Mixin
    NetworkOptions network;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CliError("--port must be between 0 and 65535, found " + port, 2);
        }
        if (managementPort != null && (managementPort < 0 || managementPort > 65535)) {
            throw new CliError("--management-port must be between 0 and 65535, found " + managementPort, 2);
        }
        SiteAddress address;
        try {
            address = siteUrl == null ? SiteAddress.ofConnection() : SiteAddress.of(siteUrl);
        } catch (IllegalArgumentException e) {
            throw new CliError("--site-url " + e.getMessage(), 2);
        }
        DeliverySettings settings = delivery.toSettings();
        Instance instance = roles.instance();
        AuthoringOptions options = roles.toOptions(System.getenv());
        TrustedProxies proxies = network.proxies();
        int rate = network.ratePerSecond(host);
        // before the data folder is opened: a port in use must not leave a bootstrapped folder behind
        PortCheck.free(host, port, "--port");
        if (managementPort != null) {
            PortCheck.free("127.0.0.1", managementPort, "--management-port");
        }
        Standalone standalone = store.open(instance);
        ObjectMapper json = new ObjectMapper();
        // an author-only instance publishes nothing itself: what it serves at / are drafts, for editors
        Site site = instance.hasPublic()
                ? Site.published(standalone.module(), standalone.source(), standalone.sessions(), json, settings, address,
                        Site.copiesFolder(standalone.data(), "public"))
                : Site.drafts(standalone.module(), standalone.source(), standalone.sessions(), json, settings,
                        Site.copiesFolder(standalone.data(), "served-drafts")); // the authoring's own drafts side has "drafts"
        HttpServer http = new HttpServer(host, port, site, json);
        http.assets(assets.toSettings(standalone.module()));
        http.countLogins(standalone);
        if (store.storage.clusterId != null) {
            http.reportCluster(store.storage.clusterId, standalone);
        }
        http.protect(proxies, rate);
        if (managementPort != null) {
            http.managementPort(managementPort);
        }
        try {
            if (instance.hasAuthor()) {
                AuthoringSite.mount(http, standalone, options, json, System.getenv(), System.out);
            } else {
                AuthoringSite.mountReceiver(http, standalone, options);
            }
            http.start();
        } catch (RuntimeException e) {
            http.close();
            standalone.close();
            throw e instanceof CliError cli ? cli : new CliError("cannot start: " + e.getMessage(), 3);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Jetty first, so no request runs against a repository that is shutting down.
            try {
                http.close();
            } finally {
                standalone.close();
                stopped.countDown();
            }
        }, "oicc-relations-shutdown"));
        LOG.info("oicc-relations {} listening on http://{}:{}/ (data: {}, storage: {})", ModuleVersion.get(), http.host(), http.port(),
                store.data.toAbsolutePath().normalize(), standalone.repository().storage().describe());
        LOG.info("{}", HeapLimit.describe());
        IgnoredDefinitions.print(standalone.module(), spec.commandLine().getOut());
        // the pages a user opens first; "Serving on" stays the last line of the start (scripts wait for it)
        String local = "http://" + http.host() + ":" + http.port();
        spec.commandLine().getOut().println("Public pages: " + (siteUrl == null ? local : address.toString())
                + standalone.module().site().homePage() + ".html");
        if (instance.hasAuthor()) {
            spec.commandLine().getOut().println("Authoring:    " + local + AuthoringSite.UI + "/");
        }
        spec.commandLine().getOut().println("Serving on " + local + "/  (health: /.health)");
        if (http.managementPort() >= 0) {
            spec.commandLine().getOut().println("Management on http://" + ManagementServer.LOOPBACK + ":" + http.managementPort()
                    + "/  (/.metrics, /.health; no login)");
        }
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
