package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/run}: for each size, a fresh data folder, the generated file loaded, the server
 * started with {@code -Xmx256m}, every row measured, the server stopped; then the table, JSON and
 * charts under {@code target/bench/}.
 */
public final class Bench {

    static final String CACHED = SizeRun.CACHED;
    static final String UNCACHED = SizeRun.UNCACHED;

    private Bench() {
    }

    /**
     * Heap after GC, taken twice with uncached reads between, the second kept: Jackrabbit's item-state
     * caches are maps with weak values whose keys go only when the map is next used, so a first GC
     * counts the keys of every state it has just cleared (at 10,000 organizations about 20 MB of
     * them, most from the index build at start); the reads between let the maps purge them.
     */
    static long settledHeap(StandaloneProcess server) throws Exception {
        long first = server.heapAfterGc();
        for (int i = 0; i < 200; i++) {
            Http.get(server.base + SizeRun.NODE + "?" + SizeRun.VARY + "=settle" + i);
        }
        long second = server.heapAfterGc();
        System.out.printf(Locale.ROOT, "  heap after GC: %.1f MiB, after 200 reads and a second GC %.1f MiB%n",
                first / 1048576.0, second / 1048576.0);
        return second;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        String loadAtStart = Machine.loadAverage();
        // Ctrl-C or a kill of the harness must not leave a server, a peer or wrk behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
        Files.createDirectories(config.work());
        Wrk wrk = new Wrk(config, config.work());
        boolean bulk = Loader.jarImportsJsonLines(config);
        System.out.println("bench: sizes " + config.sizes() + ", " + config.duration() + " per row (+" + config.warmup()
                + " warm-up), wrk -t" + config.threads() + " -c" + config.connections() + ", server -Xmx" + config.heap()
                + ", load " + (bulk ? "through the jar's JSON Lines import" : "through the Nodes API (the jar has no JSON Lines import)"));
        List<Report.Row> rows = new ArrayList<>();
        List<Report.ScaleRow> scale = new ArrayList<>();
        DavexPeer peer = null;
        try {
            if (Files.isDirectory(config.peerLib())) {
                Path peerDir = config.work().resolve("peer");
                Machine.delete(peerDir);
                Files.createDirectories(peerDir);
                peer = DavexPeer.start(config, peerDir.resolve("repository"), peerDir.resolve("peer.log"));
                System.out.println("bench: DavEx peer on " + peer.base);
            } else {
                System.out.println("bench: no DavEx peer (" + config.peerLib() + " missing; bench/run fetches it)");
            }
            boolean peerFilled = false;
            for (int size : config.sizes()) {
                Path dir = config.work().resolve("size-" + size);
                Path file = dir.resolve("organizations.jsonl");
                Path data = dir.resolve("data");
                if (!config.reuse() || !Files.exists(dir.resolve("loaded.json"))) {
                    Machine.delete(dir);
                    Files.createDirectories(dir);
                    OrganizationGenerator.write(file, size, config.seed());
                }
                Loader.Loaded loaded = null;
                Path marker = dir.resolve("loaded.json");
                if (config.reuse() && Files.isDirectory(data) && Files.exists(marker)) {
                    // -Dbench.reuse=true: the data folder and the import figures of an earlier run at this size
                    loaded = new ObjectMapper().readValue(marker.toFile(), Loader.Loaded.class);
                    System.out.println("bench: " + size + ": reusing " + data + " and its import figures (" + marker + ")");
                } else if (bulk) {
                    loaded = Loader.bulk(config, file, data, dir.resolve("import.log"));
                    System.out.printf(Locale.ROOT, "bench: %d imported in %.1f s%n", size, loaded.seconds());
                    // kept at once: a server that then fails to start does not cost the next run the import
                    new ObjectMapper().writeValue(marker.toFile(), loaded);
                }
                StandaloneProcess server = StandaloneProcess.start(config, data, dir.resolve("server.log"));
                try {
                    if (loaded == null) {
                        loaded = Loader.throughNodesApi(server.base, file);
                        System.out.printf(Locale.ROOT, "bench: %d written through the Nodes API in %.1f s%n", size, loaded.seconds());
                    }
                    new ObjectMapper().writeValue(marker.toFile(), loaded);
                    double cold = Http.firstByteMillis(server.base + "/relations.html");
                    if (peer != null && !peerFilled) {
                        JsonNode iula = new ObjectMapper().readTree(Http.get(server.base + "/.rest/nodes/v1/organizations/iula?depth=2",
                                "Authorization", Http.basic("admin", StandaloneProcess.ADMIN_PASSWORD)).body());
                        peer.put(iula);
                        peerFilled = true;
                        // the peer is a cold JVM of its own: warm it once so the first size's ratio is fair
                        wrk.run(peer.nodeUrl("iula", 3), Map.of(), System.getProperty("bench.peerWarmup", "10s"));
                    }
                    SizeRun run = new SizeRun(config, wrk, size, server, peer, dir);
                    System.out.println("bench: " + size + " organizations, server " + server.base + ", ceiling " + server.ceiling
                            + ", load average " + Machine.loadAverage());
                    run.measure();
                    double firstByte = SizeRun.relationsFirstByteMs(server.base);
                    long heap = settledHeap(server);
                    rows.addAll(run.rows);
                    server.close();
                    long bytes = Machine.size(data);
                    scale.add(new Report.ScaleRow(size, loaded.how(), loaded.seconds(), loaded.ownSeconds(), loaded.rejected(), server.startSeconds,
                            run.queryLatencies.p50(), run.queryLatencies.p95(), run.queryLatencies.p99(), cold, firstByte, heap, bytes, (double) bytes / size,
                            run.queryLatencies.count(), run.queryLatencies.errors()));
                } finally {
                    server.close();
                }
            }
        } finally {
            if (peer != null) {
                peer.close();
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("load average at the start", loadAtStart);
        settings.put("sizes", config.sizes());
        settings.put("duration", config.duration());
        settings.put("warmup", config.warmup());
        settings.put("wrk", "-t" + config.threads() + " -c" + config.connections() + " --timeout " + config.timeout());
        settings.put("heap", "-Xmx" + config.heap());
        settings.put("query samples", config.samples() + " (budget " + config.sampleBudgetSeconds() + " s)");
        settings.put("seed", config.seed());
        settings.put("commit", Machine.gitCommit(config.jar().getParent().getParent()));
        Report report = new Report(Instant.now().toString(), Machine.describe(), settings, rows, scale,
                Targets.evaluate(rows, scale, config.heap()));
        ResultWriter.write(report, config.out());
        Charts.write(report, config.out());
        System.out.println();
        System.out.print(ResultWriter.table(report));
        System.out.println("\nwritten: " + config.out().resolve("bench.txt") + ", bench.json, bench.png, bench-scale.png");
    }
}
