package org.oicc.relations.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded standalone jar run as a real process, as a user would run it. */
final class StandaloneProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Serving on http://[^:]+:(\\d+)/");

    private final Process process;
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Path stderr;
    private int port = -1;

    private StandaloneProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    static Path jar() {
        String jar = System.getProperty("standalone.jar", "target/oicc-relations-standalone.jar");
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("run after `mvn package`: " + path + " is missing");
        }
        return path;
    }

    static StandaloneProcess start(Path workDir, String... args) throws IOException {
        // the client compiler only: a test process lives seconds, and on two cores the server
        // compiler's threads slow its start by a third
        return start(workDir, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), args);
    }

    /** A process that works for long (a 10,000-item import): the server compiler pays for itself there. */
    static StandaloneProcess startLongRunning(Path workDir, String... args) throws IOException {
        return start(workDir, List.of("-Xmx384m"), args);
    }

    private static StandaloneProcess start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(stderr.toFile()).start();
        return new StandaloneProcess(p, stderr);
    }

    /** Any command line (a launcher script), with these environment variables added, as a process. */
    static StandaloneProcess startCommand(Path workDir, java.util.Map<String, String> env, List<String> command) throws IOException {
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        return new StandaloneProcess(builder.start(), stderr);
    }

    /** The operating system's process (its command, its id). */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Reads stdout until the server says where it listens; returns that port. */
    int awaitServing() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            output.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                Thread drain = new Thread(() -> out.lines().forEach(output::add), "drain");
                drain.setDaemon(true);
                drain.start();
                return port;
            }
        }
        throw new IllegalStateException("process ended before serving; stdout " + output + " stderr " + stderr());
    }

    int awaitExit() throws InterruptedException {
        return awaitExit(60);
    }

    int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("process did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    /** SIGTERM, as a service manager would send. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL (what {@code destroyForcibly} sends on Linux): no shutdown hook, no finally, as a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stdout() throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** The stdout lines read so far (everything up to "Serving on" once {@link #awaitServing} returned). */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
