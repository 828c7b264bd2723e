package org.oicc.relations.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The wrk rows and timings of one size, against one running server (and the peer, if there is one). */
final class SizeRun {

    static final String CEILING = "ceiling (same bytes)";
    static final String CACHED = "read node, cached";
    static final String UNCACHED = "read node, uncached";
    static final String REVALIDATE = "read node, 304";
    static final String PEER = "DavEx peer, same node";
    static final String QUERY = "query limit=20, uncached";
    static final String QUERY_CACHED = "query limit=20, cached";
    static final String VIEW = "relations view, cached";
    static final String VIEW_UNCACHED = "relations view, uncached";
    static final String PAGE = "/relations.html, cached";
    static final String AUTHOR_LIST = "author list";
    static final String AUTHOR_FORM = "author form";

    /** The query parameter that makes each request distinct; node reads and pages accept a plain name they do not know ("_x" is a 400), queries do not. */
    static final String VARY = "bench";
    static final String NODE = "/.rest/delivery/organizations/v1/iula";

    private final BenchConfig config;
    private final Wrk wrk;
    private final int size;
    private final StandaloneProcess server;
    private final DavexPeer peer;
    private final Path dir;
    final List<Report.Row> rows = new ArrayList<>();
    private double ceilingPerSecond;
    private double peerPerSecond;
    Wrk.Result query;
    Sampler.Latencies queryLatencies;

    SizeRun(BenchConfig config, Wrk wrk, int size, StandaloneProcess server, DavexPeer peer, Path dir) {
        this.config = config;
        this.wrk = wrk;
        this.size = size;
        this.server = server;
        this.peer = peer;
        this.dir = dir;
    }

    void measure() throws Exception {
        String base = server.base;
        Http.Answer node = Http.get(base + NODE);
        check(node, NODE);
        // the ceiling serves the very bytes of the cached answer, from the server's own JVM
        Http.Answer stored = Http.send("PUT", server.ceiling + "/ceiling/iula", node.header("Content-Type"), node.body());
        if (stored.status() != 204) {
            throw new IOException("the ceiling did not take the bytes: " + stored.status());
        }
        ceilingPerSecond = row(CEILING, server.ceiling + "/ceiling/iula", Map.of(), null,
                node.body().length + " bytes, a trivial Jetty handler in the server's JVM").perSecond();
        if (peer != null) {
            warmPeer(peer.nodeUrl("iula", 3));
            peerPerSecond = row(PEER, peer.nodeUrl("iula", 3), Map.of(), null,
                    "Jackrabbit standalone 2.21.16, no references expanded").perSecond();
        }
        row(CACHED, base + NODE, Map.of(), null, "3 references expanded");
        row(UNCACHED, base + NODE, Map.of(), new String[] {"vary", VARY}, "?" + VARY + "=<n> distinct per request");
        row(REVALIDATE, base + NODE, Map.of("If-None-Match", node.header("ETag")), null, "If-None-Match");

        List<List<String>> paths = QueryPaths.disjoint(size, 20_000, 3, config.seed() + size);
        Path warm = QueryPaths.write(dir.resolve("query-warm.txt"), paths.get(0));
        Path measured = QueryPaths.write(dir.resolve("query-measure.txt"), paths.get(1));
        Http.Answer probe = Http.get(base + paths.get(1).get(0));
        if (probe.status() != 200) {
            System.out.println("  (a query answered " + probe.status() + ": " + probe.text() + ")");
        }
        query = wrk.runPaths(base + "/", warm, measured, config.duration());
        if (query.requests() < MIN_WRK_ANSWERS) {
            Sampler.Latencies l = Sampler.sample(base, paths.get(1), 10, java.time.Duration.ofSeconds(config.sampleBudgetSeconds()), timeout());
            query = new Wrk.Result(l.count(), l.seconds(), 0, 0, l.errors(), l.p50(), l.p95(), l.p99(), l.max());
        }
        add(QUERY, base + "/.rest/delivery/organizations/v1?relationships.category=..&orderBy=..&lang=..&limit=20&offset=..", query,
                paths.get(1).size() + " distinct URLs" + (query.requests() > paths.get(1).size() ? ", MORE REQUESTS THAN URLS: some hits" : ""));
        row(QUERY_CACHED, base + paths.get(1).get(0), Map.of(), null, "one URL");
        // the latency figures of the scale table: one at a time, URLs neither wrk run asked
        queryLatencies = Sampler.sample(base, paths.get(2), config.samples(), java.time.Duration.ofSeconds(config.sampleBudgetSeconds()), timeout());
        System.out.printf(java.util.Locale.ROOT, "  query, one at a time       p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d requests, %d errors)%n",
                queryLatencies.p50(), queryLatencies.p95(), queryLatencies.p99(), queryLatencies.count(), queryLatencies.errors());

        String view = base + "/.rest/delivery/relations/v1";
        check(Http.get(view), view);
        row(VIEW, view, Map.of(), null, null);
        if (Http.get(view + "?" + VARY + "=1").status() == 200) {
            row(VIEW_UNCACHED, view, Map.of(), new String[] {"vary", VARY}, "?" + VARY + "=<n>");
        }
        check(Http.get(base + "/relations.html"), "/relations.html");
        // pages are cached by path (a query string does not bypass it): the uncached page is timed
        // after publications, in relationsFirstByteMs
        row(PAGE, base + "/relations.html", Map.of(), null, "no Accept-Encoding");

        String list = base + "/.author/items/organization";
        String form = list + "/iula";
        String cookie;
        try {
            cookie = login(base);
        } catch (IOException e) {
            // a login that does not answer (the server still busy with earlier answers) ends this
            // size's authoring rows, not the run: the rows say why
            for (String name : List.of(AUTHOR_LIST, AUTHOR_FORM)) {
                rows.add(new Report.Row(size, name, name.equals(AUTHOR_LIST) ? list : form, 0, 0, 0, 0, 0, 1, null, null,
                        "not measured: the login failed (" + e + ")"));
            }
            System.out.println("  authoring rows not measured: the login failed: " + e);
            return;
        }
        row(AUTHOR_LIST, list, Map.of("Cookie", cookie), null, "logged in, first page");
        row(AUTHOR_FORM, form, Map.of("Cookie", cookie), null, "iula's edit form");
    }

    /**
     * Relations page, uncached: the median first byte of five renders, each right after a publication
     * (an edit of one generated organization published through the commands API), which changes the
     * page's ETag and so makes the next request render. The cold figure is taken at start by the caller.
     */
    static double relationsFirstByteMs(String base) throws Exception {
        String auth = Http.basic("admin", StandaloneProcess.ADMIN_PASSWORD);
        String item = OrganizationGenerator.nodeName(0);
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            byte[] edit = ("{\"properties\":[{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"BENCH"
                    + i + "\"]}]}").getBytes(StandardCharsets.UTF_8);
            check(Http.send("POST", base + "/.rest/nodes/v1/organizations/" + item, "application/json", edit, "Authorization", auth),
                    "edit of " + item);
            byte[] publish = ("{\"repository\":\"organizations\",\"path\":\"/" + item + "\",\"recursive\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            check(Http.send("POST", base + "/.rest/commands/v2/default/publish", "application/json", publish, "Authorization", auth),
                    "publication of " + item);
            ms[i] = Http.firstByteMillis(base + "/relations.html");
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private Report.Row row(String name, String url, Map<String, String> headers, String[] script, String note) throws Exception {
        boolean onPeer = name.equals(PEER);
        // the serving process's CPU per answer: work per request, which a busy machine disturbs far less than req/s
        String[] args = script == null ? new String[0] : script;
        wrk.warmUp(url, headers, args);
        java.time.Duration cpuBefore = onPeer ? peer.cpu() : server.cpu();
        Wrk.Result r = wrk.measure(url, headers, config.duration(), args);
        java.time.Duration cpuAfter = onPeer ? peer.cpu() : server.cpu();
        if (r.requests() >= MIN_WRK_ANSWERS) {
            double micros = (cpuAfter.toNanos() - cpuBefore.toNanos()) / 1000.0 / r.requests();
            String cpu = String.format(java.util.Locale.ROOT, "%s CPU %.0f us/answer", onPeer ? "peer" : "server", micros);
            return add(name, url, r, note == null ? cpu : note + "; " + cpu);
        }
        // answers slower than the row: wrk has nothing to say, so ask one at a time within the budget
        List<String> paths = new ArrayList<>();
        String path = url.replace(server.base, "");
        for (int i = 0; i < 10; i++) {
            paths.add(script == null ? path : path + (path.contains("?") ? "&" : "?") + VARY + "=seq" + i);
        }
        String[] h = headers.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
        Sampler.Latencies l = Sampler.sample(server.base, paths, paths.size(), java.time.Duration.ofSeconds(config.sampleBudgetSeconds()), timeout(), h);
        Wrk.Result sequential = new Wrk.Result(l.count(), l.seconds(), 0, 0, l.errors(), l.p50(), l.p95(), l.p99(), l.max());
        return add(name, url, sequential, (note == null ? "" : note + "; ") + "one at a time: wrk got " + r.requests()
                + " answers in " + config.duration());
    }

    /** Warm-up rounds of the peer before its row, at most; each as long as a measured row. */
    static final int PEER_ROUNDS = 8;

    /**
     * The peer is one JVM for every size, so it ran colder at the first size than at the last (at 1k
     * it spent 435 us per answer, at 100k 163 in the same run): before each size's row it is asked
     * until its CPU per answer settles (two rounds in a row within 10 %), so every size meets a warm
     * peer, as the server, started per size, is warmed by its own earlier rows.
     */
    private void warmPeer(String url) throws Exception {
        double previous = Double.NaN;
        for (int round = 1; round <= PEER_ROUNDS; round++) {
            java.time.Duration before = peer.cpu();
            Wrk.Result r = wrk.measure(url, Map.of(), config.duration());
            double micros = r.requests() == 0 ? Double.NaN : (peer.cpu().toNanos() - before.toNanos()) / 1000.0 / r.requests();
            System.out.printf(java.util.Locale.ROOT, "  peer warm-up round %d: %.0f req/s, %.0f us/answer%n", round, r.perSecond(), micros);
            if (Math.abs(micros - previous) <= 0.1 * previous) {
                return;
            }
            previous = micros;
        }
    }

    private java.time.Duration timeout() {
        return java.time.Duration.parse("PT" + config.timeout().toUpperCase(java.util.Locale.ROOT));
    }

    /** Fewer answers than this in a wrk row and its figures mean nothing. */
    static final int MIN_WRK_ANSWERS = 5;

    private Report.Row add(String name, String url, Wrk.Result r, String note) {
        boolean read = name.equals(CACHED) || name.equals(UNCACHED) || name.equals(REVALIDATE);
        Report.Row row = new Report.Row(size, name, url.replace(server.base, "").replace(server.ceiling, "[ceiling]"),
                r.perSecond(), r.p50(), r.p95(), r.p99(), r.requests(), r.socketErrors() + r.statusErrors(),
                ceilingPerSecond > 0 && !name.equals(CEILING) ? r.perSecond() / ceilingPerSecond : null,
                read && peerPerSecond > 0 ? r.perSecond() / peerPerSecond : null, note);
        rows.add(row);
        System.out.printf(java.util.Locale.ROOT, "  %-26s %9.0f req/s  p50 %7.2f ms  p99 %8.2f ms  (%d requests, %d errors)%n",
                name, r.perSecond(), r.p50(), r.p99(), r.requests(), row.errors());
        return row;
    }

    /** The authoring UI's login form, as a browser posts it; returns the session cookie. */
    static String login(String base) throws Exception {
        String form = "username=admin&password=" + URLEncoder.encode(StandaloneProcess.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&next=" + URLEncoder.encode("/.author/", StandardCharsets.UTF_8);
        Http.Answer a = Http.send("POST", base + "/.author/login", "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), "Origin", base);
        String set = a.header("Set-Cookie");
        if (a.status() / 100 != 3 || set == null) {
            throw new IOException("login failed: " + a.status() + " " + a.text());
        }
        return set.substring(0, set.indexOf(';'));
    }

    private static void check(Http.Answer a, String what) throws IOException {
        if (a.status() != 200) {
            throw new IOException(what + " answered " + a.status() + ": " + a.text().substring(0, Math.min(300, a.text().length())));
        }
    }
}
