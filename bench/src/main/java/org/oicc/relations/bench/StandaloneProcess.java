package org.oicc.relations.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server as a process, the way a user runs it ({@code serve --port 0 --data DIR},
 * {@code -Xmx} from the config), started through {@code ServeWithCeiling} so that the ceiling lives
 * in the same JVM. Its output goes to a log file in the work folder.
 */
final class StandaloneProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    private static final Pattern SERVING = Pattern.compile("Serving on (http://[^/\\s]+)/");
    private static final Pattern CEILING = Pattern.compile("Ceiling on (http://[^/\\s]+)/");

    private final Process process;
    final String base;
    final String ceiling;
    final double startSeconds;

    private StandaloneProcess(Process process, String base, String ceiling, double startSeconds) {
        this.process = process;
        this.base = base;
        this.ceiling = ceiling;
        this.startSeconds = startSeconds;
    }

    /** CPU time the server process has used so far (all its threads, the in-process ceiling included). */
    java.time.Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    static StandaloneProcess start(BenchConfig config, Path data, Path log) throws IOException, InterruptedException {
        String classpath = config.jar() + java.io.File.pathSeparator + config.benchClasses();
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx" + config.heap()));
        // -Dbench.serverJvm='-XX:StartFlightRecording=filename=/tmp/' for a profile of the server under test
        String extra = System.getProperty("bench.serverJvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath, "org.oicc.relations.bench.inprocess.ServeWithCeiling",
                "serve", "--port", "0", "--data", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("RELATIONS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> serving = new CompletableFuture<>();
        CompletableFuture<String> ceiling = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    Matcher s = SERVING.matcher(line);
                    if (s.find()) {
                        serving.complete(s.group(1));
                    }
                    Matcher c = CEILING.matcher(line);
                    if (c.find()) {
                        ceiling.complete(c.group(1));
                    }
                }
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
            serving.completeExceptionally(new IOException("the server stopped before serving; see " + log));
        }, "server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            String base = serving.get(Integer.getInteger("bench.startTimeout", 900), TimeUnit.SECONDS);
            return new StandaloneProcess(p, base, ceiling.get(1, TimeUnit.SECONDS), (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("server did not start: " + e.getMessage() + " (log: " + log + ")", e);
        }
    }

    /** Heap in use after a full GC, in bytes, from the in-process endpoint. */
    long heapAfterGc() throws IOException, InterruptedException {
        String json = Http.get(ceiling + "/heap").text();
        Matcher m = Pattern.compile("\"used\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IOException("no heap figure in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM, as Ctrl-C: the server closes its repositories and removes its lock. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
