package org.oicc.relations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What the figures ran on, and the file-system chores of the harness. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", firstLine(Path.of("/proc/meminfo")).replaceAll("\\s+", " "));
        m.put("java", command("java", "-version").lines().findFirst().orElse("?") + " / "
                + command("java", "-version").lines().skip(2).findFirst().orElse(""));
        m.put("wrk", command("wrk", "--version").lines().findFirst().orElse("?"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("load average at the end", firstLine(Path.of("/proc/loadavg")));
        return m;
    }

    static String gitCommit(Path root) {
        return command("git", "-C", root.toString(), "rev-parse", "--short", "HEAD").trim();
    }

    static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg"));
    }

    /** Bytes of every file under {@code dir}. */
    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (IOException | IndexOutOfBoundsException e) {
            return "?";
        }
    }

    private static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
