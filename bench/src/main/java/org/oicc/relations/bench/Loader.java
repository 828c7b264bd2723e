package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the generated file into a data folder. The bulk path is the jar's own
 * {@code import FILE.jsonl --data DIR --publish}, timed as a process (JVM start included). While the
 * jar has no JSON Lines import, the fallback writes each line through the Nodes API (the item, then
 * each relationship entry, then a publication), four requests at a time: fine for a thousand, far
 * too slow for 100k, and reported as such.
 */
final class Loader {

    /** How the items went in and how long it took (wall clock). */
    record Loaded(String how, double seconds, double ownSeconds, int rejected) {
    }

    private Loader() {
    }

    static boolean jarImportsJsonLines(BenchConfig config) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-jar", config.jar().toString(), "import", "--help")
                .redirectErrorStream(true).start();
        String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        p.waitFor();
        return help.contains("jsonl") || help.contains("json lines");
    }

    /**
     * The import's own heap, not the server's: a bulk import is a command an operator runs apart and
     * can give memory. At the server's 256m the import spent a quarter of its CPU in GC
     * (importfast report); -Dbench.importHeap still sets it.
     */
    static final String IMPORT_HEAP = "1g";

    /**
     * Further JVM options of the import process (space-separated; -Dbench.importJvm sets them), for
     * trying a collector or young-generation size the way an operator would run the import.
     */
    static final String IMPORT_JVM = "";

    static Loaded bulk(BenchConfig config, Path file, Path data, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + System.getProperty("bench.importHeap", IMPORT_HEAP)));
        for (String option : System.getProperty("bench.importJvm", IMPORT_JVM).trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", config.jar().toString(), "import", file.toString(), "--data", data.toString(), "--publish"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int rc = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(log);
        // the summary: "FILE: C created, R replaced, S skipped (name exists), X rejected[, P published] in T s";
        // exit 1 means some lines were rejected (the rest went in), which the table reports
        Matcher summary = SUMMARY.matcher(out);
        if (rc > 1 || !summary.find()) {
            throw new IOException("import exited " + rc + "; see " + log + "\n" + tail(out));
        }
        return new Loaded("import --publish (bulk, " + summary.group(1) + " created)", seconds,
                Double.parseDouble(summary.group(3)), Integer.parseInt(summary.group(2)));
    }

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) created, .*?(\\d+) rejected.*? in ([0-9.]+) s");

    static Loaded throughNodesApi(String base, Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String auth = Http.basic("admin", StandaloneProcess.ADMIN_PASSWORD);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long t0 = System.nanoTime();
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                done.add(pool.submit(() -> putOne(json, base, auth, (ObjectNode) json.readTree(line))));
            }
            int rejected = 0;
            for (Future<Boolean> f : done) {
                rejected += f.get() ? 0 : 1;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Loaded("Nodes API, 4 at a time (fallback: no JSON Lines import in the jar)", seconds, seconds, rejected);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean putOne(ObjectMapper json, String base, String auth, ObjectNode item) throws Exception {
        String name = item.get("name").asText();
        JsonNode lists = item.remove("nodes");
        item.remove("identifier");
        String api = base + "/.rest/nodes/v1/organizations";
        if (!ok(Http.send("PUT", api, "application/json", bytes(json, item), "Authorization", auth))) {
            return false;
        }
        for (JsonNode list : lists) {
            for (JsonNode entry : list.path("nodes")) {
                ObjectNode body = ((ObjectNode) entry.deepCopy());
                body.remove("nodes");
                String url = api + "/" + name + "/" + list.get("name").asText();
                if (!ok(Http.send("PUT", url, "application/json", bytes(json, body), "Authorization", auth))) {
                    return false;
                }
            }
        }
        byte[] publish = ("{\"repository\":\"organizations\",\"path\":\"/" + name + "\",\"recursive\":true}")
                .getBytes(StandardCharsets.UTF_8);
        return ok(Http.send("POST", base + "/.rest/commands/v2/default/publish", "application/json", publish,
                "Authorization", auth));
    }

    private static boolean ok(Http.Answer a) {
        return a.status() < 300;
    }

    private static byte[] bytes(ObjectMapper json, JsonNode node) throws IOException {
        return json.writeValueAsBytes(node);
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }
}
