package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs wrk with the harness's Lua script and reads the one {@code BENCH {...}} line it prints. */
final class Wrk {

    /** What one wrk run measured. Latencies in milliseconds. */
    record Result(long requests, double seconds, long bytes, long socketErrors, long statusErrors,
                  double p50, double p95, double p99, double max) {
        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }
    }

    private final Path script;
    private final BenchConfig config;

    Wrk(BenchConfig config, Path workDir) throws IOException {
        this.config = config;
        this.script = workDir.resolve("bench.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("bench.lua")) {
            Files.write(script, in.readAllBytes());
        }
    }

    /**
     * {@code scriptArgs}: none, {@code "paths", FILE} or {@code "vary", NAME} (see bench.lua).
     * A short warm-up run goes first and is thrown away (JIT, caches filled as a reader would).
     */
    Result run(String url, Map<String, String> headers, String duration, String... scriptArgs) throws IOException, InterruptedException {
        if (!config.warmup().equals("0s")) {
            once(url, headers, config.warmup(), scriptArgs);
        }
        return once(url, headers, duration, scriptArgs);
    }

    /** The warm-up alone (nothing when it is {@code 0s}), for a caller that measures around the run itself. */
    void warmUp(String url, Map<String, String> headers, String... scriptArgs) throws IOException, InterruptedException {
        if (!config.warmup().equals("0s")) {
            once(url, headers, config.warmup(), scriptArgs);
        }
    }

    /** One measured run, no warm-up. */
    Result measure(String url, Map<String, String> headers, String duration, String... scriptArgs) throws IOException, InterruptedException {
        return once(url, headers, duration, scriptArgs);
    }

    /** The query row: warm up on one list of paths, measure on another (so no measured URL is cached). */
    Result runPaths(String url, Path warm, Path measured, String duration) throws IOException, InterruptedException {
        if (!config.warmup().equals("0s")) {
            once(url, Map.of(), config.warmup(), "paths", warm.toString());
        }
        return once(url, Map.of(), duration, "paths", measured.toString());
    }

    private Result once(String url, Map<String, String> headers, String duration, String... scriptArgs)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + config.threads(), "-c" + config.connections(),
                "-d" + duration, "--timeout", config.timeout(), "-s", script.toString()));
        headers.forEach((k, v) -> {
            cmd.add("-H");
            cmd.add(k + ": " + v);
        });
        cmd.add(url);
        if (scriptArgs.length > 0) {
            cmd.add("--");
            cmd.addAll(List.of(scriptArgs));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        return parse(out, rc);
    }

    static Result parse(String output, int exitCode) throws IOException {
        for (String line : output.split("\n")) {
            if (line.startsWith("BENCH ")) {
                JsonNode j = new ObjectMapper().readTree(line.substring("BENCH ".length()));
                return new Result(j.get("requests").asLong(), j.get("duration_us").asLong() / 1e6, j.get("bytes").asLong(),
                        j.get("socket_errors").asLong(), j.get("status_errors").asLong(),
                        j.get("p50").asLong() / 1000.0, j.get("p95").asLong() / 1000.0, j.get("p99").asLong() / 1000.0,
                        j.get("max").asLong() / 1000.0);
            }
        }
        throw new IOException("wrk (exit " + exitCode + ") printed no result line:\n" + output);
    }
}
