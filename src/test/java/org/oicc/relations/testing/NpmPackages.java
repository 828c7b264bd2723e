package org.oicc.relations.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder of Node packages the tests run (the React SDK check, the OpenAPI lint): {@code npm ci}
 * from its committed lock file, only when {@code node_modules} is missing or was installed from
 * another lock file, so a second build installs nothing.
 */
public final class NpmPackages {

    private static final String STAMP = ".installed-from-lock.sha256";

    private NpmPackages() {
    }

    /** Whether {@code node} can be run at all (tests skip without it). */
    public static boolean nodeRuns() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of("node", "--version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    /** {@code npm ci} in {@code dir} unless its node_modules came from exactly this lock file. */
    public static synchronized void install(Path dir) throws IOException, InterruptedException {
        String lock = sha256(Files.readAllBytes(dir.resolve("package-lock.json")));
        Path stamp = dir.resolve("node_modules").resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).trim().equals(lock)) {
            return;
        }
        Path log = Files.createTempFile("npm-ci", ".log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = npm.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            npm.destroyForcibly();
        }
        if (!done || npm.exitValue() != 0) {
            throw new AssertionError("npm ci in " + dir + " failed:\n" + Files.readString(log));
        }
        Files.delete(log);
        Files.writeString(stamp, lock + "\n");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
