package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's {@code users} command, its password piped in, while the jar's server runs on the same data folder. */
class UsersCommandIT {

    private static final String PASSWORD = "piped into the jar";

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private Run users(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", StandaloneProcess.jar().toAbsolutePath().toString(), "users"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(work, "users-err", ".txt");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    private static int get(int port, String user, String password) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.rest/nodes/v1/organizations/iula"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aUserAddedWhileTheServerRunsLogsInAtOnceAndADisabledOneNoLonger() throws Exception {
        Path data = work.resolve("data");
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
            int port = server.awaitServing();

            Run added = users(PASSWORD + "\n", "add", "nadia", "--roles", "editor", "--data", data.toString());
            assertThat(added).isEqualTo(new Run(0, "added user 'nadia' (editor)\n", ""));
            assertThat(get(port, "nadia", PASSWORD)).isEqualTo(200);

            assertThat(users("", "disable", "nadia", "--data", data.toString()).exit).isZero();
            assertThat(get(port, "nadia", PASSWORD)).isEqualTo(401);

            Run unknown = users("", "roles", "nadia", "reviewer", "--data", data.toString());
            assertThat(unknown).isEqualTo(new Run(2, "", "error: unknown role 'reviewer' (roles: editor, publisher, admin)\n"));
            assertThat(users("", "list", "--data", data.toString()).out).contains("nadia  editor                  disabled  20");
        }
    }
}
