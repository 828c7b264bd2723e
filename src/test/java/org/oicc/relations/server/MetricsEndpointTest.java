package org.oicc.relations.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /.metrics} as `serve` wires it: who may read it on which port, and what it shows. */
class MetricsEndpointTest {

    private static final String PASSWORD = "the admin password";
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path data;
    private Standalone standalone;
    private HttpServer http;

    private HttpServer start(Instance instance) {
        if (!java.nio.file.Files.exists(data.resolve("author"))) {
            TestSite.seededDataFolder(data);
        }
        standalone = Standalone.open(data, null, instance);
        http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(), TestSite.JSON,
                DeliverySettings.DEFAULTS);
        http.countLogins(standalone);
        http.managementPort(0);
        if (instance.hasAuthor()) {
            AuthoringSite.mount(http, standalone, AuthoringOptions.NONE, TestSite.JSON, Map.of("RELATIONS_ADMIN_PASSWORD", PASSWORD),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PasswordHasher(2000));
        } else {
            AuthoringSite.mountReceiver(http, standalone, AuthoringOptions.NONE);
        }
        http.start();
        return http;
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        if (standalone != null) {
            standalone.close();
        }
    }

    @Test
    void anAuthorInstanceShowsItsMetersToAdminsOnly() throws Exception {
        start(Instance.COMBINED);
        HttpResponse<String> anonymous = get(http.port(), "/.metrics");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(anonymous.body()).startsWith("{\"error\":{\"code\":\"notAuthorized\"");
        HttpResponse<String> wrong = get(http.port(), "/.metrics", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> admin = get(http.port(), "/.metrics", "Authorization", ADMIN);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(admin.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(admin.body()).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads ", "jvm_classes_loaded_classes ",
                "jetty_threads_current{server=\"public\"}", "jetty_threads_current{server=\"management\"}",
                "jetty_connections_current_connections{", "relations_repository_logins_total{side=\"author\"}",
                "relations_repository_logins_total{side=\"public\"}");
        // the refusals, counted once each answer was complete; the 200s also count the management
        // port's own scrapes (the same endpoint), so only "at least the admin's read" is exact
        String[] counted = {"http_server_requests_seconds_count{endpoint=\"metrics\",method=\"GET\",status=\"401\"} 2\n"};
        String scraped = scrapeShowing(counted);
        assertThat(scraped).contains(counted);
        // the admin's 200 is counted once its answer is complete, which a loaded machine may report
        // after the scrape above: wait for it as for the 401s
        java.util.regex.Pattern ok = java.util.regex.Pattern.compile(
                "http_server_requests_seconds_count\\{endpoint=\"metrics\",method=\"GET\",status=\"200\"} [1-9]");
        for (int i = 0; i < 100 && !ok.matcher(scraped).find(); i++) {
            Thread.sleep(20);
            scraped = scrape();
        }
        assertThat(scraped).containsPattern(ok);
        assertThat(post(http.port(), "/.metrics").statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorIsNotAnAdmin() throws Exception {
        TestSite.seededDataFolder(data);
        UserStore.open(data, TestSite.JSON).save(new User("editor", new PasswordHasher(2000).hash(PASSWORD.toCharArray()),
                EnumSet.of(Role.EDITOR, Role.PUBLISHER)));
        start(Instance.COMBINED);
        HttpResponse<String> editor = get(http.port(), "/.metrics", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(editor.body()).isEqualTo("{\"error\":{\"code\":\"accessDenied\",\"message\":\"this needs the 'admin' role\"}}");
    }

    @Test
    void requestsAreCountedByEndpointNameAndStatusAndCachesByHitAndMiss() throws Exception {
        start(Instance.COMBINED);
        int port = http.port();
        assertThat(get(port, "/.rest/delivery/organizations/v1/iula").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.rest/delivery/organizations/v1/iula").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.rest/delivery/organizations/v1/no-such-item").statusCode()).isEqualTo(404);
        assertThat(get(port, "/.rest/delivery/relationship-categories/v1/observer").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.rest/delivery/openapi.json").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.rest/no-endpoint").statusCode()).isEqualTo(404);
        assertThat(get(port, "/relations.html").statusCode()).isEqualTo(200);
        assertThat(get(port, "/relations.html").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.health").statusCode()).isEqualTo(200);
        assertThat(get(port, "/.rest/nodes/v1/organizations/iula").statusCode()).isEqualTo(401);
        assertThat(get(port, "/.author/").statusCode()).isIn(200, 302, 303, 401);
        int authorUi = get(port, "/.author/").statusCode();
        assertThat(send(port, "BREW", "/relations.html").statusCode()).isEqualTo(405);

        String[] expected = {
                "http_server_requests_seconds_count{endpoint=\"delivery/organizations_v1\",method=\"GET\",status=\"200\"} 2\n",
                "http_server_requests_seconds_count{endpoint=\"delivery/organizations_v1\",method=\"GET\",status=\"404\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"delivery/relationship-categories_v1\",method=\"GET\",status=\"200\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"delivery/openapi.json\",method=\"GET\",status=\"200\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"rest-unknown\",method=\"GET\",status=\"404\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"pages\",method=\"GET\",status=\"200\"} 2\n",
                "http_server_requests_seconds_count{endpoint=\"pages\",method=\"OTHER\",status=\"405\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"health\",method=\"GET\",status=\"200\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"nodes\",method=\"GET\",status=\"401\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"author-ui\",method=\"GET\",status=\"" + authorUi + "\"} 2\n",
                // latency: a histogram with fixed bounds
                "http_server_requests_seconds_bucket{endpoint=\"pages\",method=\"GET\",status=\"200\",le=\"+Inf\"} 2\n",
                // iula: rendered once, then served from the cache; the 404 and the categories are misses
                "cache_gets_total{cache=\"delivery\",result=\"hit\"} 1.0\n",
                "cache_gets_total{cache=\"delivery\",result=\"miss\"} 4.0\n",
                "cache_puts_total{cache=\"delivery\"} 3.0\n",
                "cache_evictions_total{cache=\"delivery\"} 0.0\n",
                "relations_cache_refusals_total{cache=\"delivery\"} 0.0\n",
                "cache_size{cache=\"delivery\"} 3.0\n",
                "cache_gets_total{cache=\"pages\",result=\"hit\"} 1.0\n",
                "cache_gets_total{cache=\"pages\",result=\"miss\"} 1.0\n"};
        String metrics = scrapeShowing(expected);
        assertThat(metrics).contains(expected);
        assertThat(metrics).containsPattern("relations_cache_bytes\\{cache=\"delivery\"} [1-9]");
    }

    @Test
    void thousandsOfDistinctJunkUrlsAddNoSeries() throws Exception {
        start(Instance.COMBINED);
        scrape(); // the scrape's own series exists from here on
        int before = series(scrape());
        for (int i = 0; i < 1000; i++) {
            String junk = switch (i % 4) {
                case 0 -> "/.rest/junk-" + i;
                case 1 -> "/.rest/delivery/organizations/v1/junk-" + i;
                case 2 -> "/junk/" + i + ".html";
                default -> "/.resources/junk-" + i + ".css";
            };
            assertThat(get(http.port(), junk).statusCode()).isEqualTo(404);
        }
        String[] expected = {
                "http_server_requests_seconds_count{endpoint=\"rest-unknown\",method=\"GET\",status=\"404\"} 250\n",
                "http_server_requests_seconds_count{endpoint=\"delivery/organizations_v1\",method=\"GET\",status=\"404\"} 250\n",
                "http_server_requests_seconds_count{endpoint=\"pages\",method=\"GET\",status=\"404\"} 250\n",
                "http_server_requests_seconds_count{endpoint=\"resources\",method=\"GET\",status=\"404\"} 250\n"};
        String metrics = scrapeShowing(expected);
        assertThat(metrics).contains(expected);
        // one series per (endpoint, method, status) met: rest-unknown, the organizations endpoint, pages and resources 404s
        assertThat(series(metrics) - before).isBetween(1, 4);
        assertThat(metrics).doesNotContain("junk");
    }

    @Test
    void aPublicInstanceHasNoMetricsOnItsPublicPortOnlyOnTheManagementOne() throws Exception {
        start(Instance.PUBLIC);
        HttpResponse<String> open = get(http.port(), "/.metrics", "Authorization", ADMIN);
        assertThat(open.statusCode()).isEqualTo(404);
        assertThat(open.body()).isEqualTo("{\"error\":{\"code\":\"pathNotFound\",\"message\":\"no resource at /.metrics\"}}");
        assertThat(post(http.port(), "/.metrics").statusCode()).isEqualTo(404);

        HttpResponse<String> management = get(http.managementPort(), "/.metrics");
        assertThat(management.statusCode()).isEqualTo(200);
        assertThat(management.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(management.headers().firstValue("Server")).isEmpty();
        assertThat(send(http.managementPort(), "TRACE", "/.metrics").statusCode()).isEqualTo(405);
        assertThat(management.body()).contains("relations_repository_logins_total{side=\"public\"}");
        assertThat(management.body()).doesNotContain("side=\"author\"");
        String[] refused = {"http_server_requests_seconds_count{endpoint=\"metrics\",method=\"GET\",status=\"404\"} 1\n",
                "http_server_requests_seconds_count{endpoint=\"metrics\",method=\"POST\",status=\"404\"} 1\n"};
        assertThat(scrapeShowing(refused)).contains(refused);
        assertThat(get(http.managementPort(), "/.health").statusCode()).isEqualTo(200);
        HttpResponse<String> other = get(http.managementPort(), "/relations.html");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(
                "{\"error\":{\"code\":\"pathNotFound\",\"message\":\"the management port serves /.metrics and /.health only\"}}");
        String other404 = "http_server_requests_seconds_count{endpoint=\"other\",method=\"GET\",status=\"404\"} 1\n";
        assertThat(scrapeShowing(other404)).contains(other404);
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        java.net.InetAddress other = nonLoopbackAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no address but loopback");
        start(Instance.COMBINED);
        assertThat(get(http.managementPort(), "/.metrics").statusCode()).isEqualTo(200);
        try (java.net.Socket s = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(other, http.managementPort()), 2000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    private static java.net.InetAddress nonLoopbackAddress() throws java.net.SocketException {
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (java.net.InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void serveRefusesABadManagementPortBeforeStartingAnything() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        String folder = System.getProperty("java.io.tmpdir") + "/oicc-never-created-management-port";
        int exit = Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                "serve", "--management-port", "70000", "--data", folder);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --management-port must be between 0 and 65535, found 70000\n");
        assertThat(new java.io.File(folder)).doesNotExist();
    }

    /**
     * A scrape once it shows every line expected, or the last one tried: a request is counted when
     * Jetty completes it, which can be just after the client has read the answer.
     */
    private String scrapeShowing(String... lines) throws Exception {
        String metrics = scrape();
        for (int i = 0; i < 100 && !java.util.Arrays.stream(lines).allMatch(metrics::contains); i++) {
            Thread.sleep(20);
            metrics = scrape();
        }
        return metrics;
    }

    /** The management port's scrape: no login, so it changes no counter but its own. */
    private String scrape() throws Exception {
        HttpResponse<String> r = get(http.managementPort(), "/.metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static int series(String metrics) {
        return (int) metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
    }

    private HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(int port, String path) throws Exception {
        return send(port, "POST", path);
    }

    private HttpResponse<String> send(int port, String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
