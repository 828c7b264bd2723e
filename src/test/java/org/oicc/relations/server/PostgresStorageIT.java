package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestFolders;
import org.oicc.relations.testing.TestStorage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as a process on {@code --storage postgres}: start, serve, restart on the same tables;
 * a wrong password or a database that does not answer is one line naming the URL, never the
 * password, and exit code 4. The tests needing a database follow {@link TestStorage}'s rules.
 */
class PostgresStorageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void anUnreachableDatabaseStopsServeWithOneLineAndExitFour() throws Exception {
        Path password = Files.writeString(work.resolve("db-password"), "not-to-be-shown-4417\n");
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", work.resolve("var").toString(),
                "--storage", "postgres", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/relations", "--db-user", "relations",
                "--db-password-file", password.toString())) {
            assertThat(server.awaitExit()).isEqualTo(4);
            String err = server.stderr();
            assertThat(err.lines()).hasSize(1);
            assertThat(err).startsWith("error: cannot connect to the database jdbc:postgresql://127.0.0.1:1/relations as relations: ")
                    .doesNotContain("not-to-be-shown-4417");
        }
    }

    @Test
    void aWrongPasswordStopsServeWithOneLineAndExitFour() throws Exception {
        String[] db = TestStorage.requireSettings();
        Path password = Files.writeString(work.resolve("db-password"), "wrong-" + db[2] + "-9c2");
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", work.resolve("var").toString(),
                "--storage", "postgres", "--jdbc-url", db[0], "--db-user", db[1], "--db-password-file", password.toString())) {
            assertThat(server.awaitExit()).isEqualTo(4);
            assertThat(server.stderr().strip()).isEqualTo("error: cannot connect to the database " + db[0] + " as " + db[1]
                    + ": FATAL: password authentication failed for user \"" + db[1] + "\"");
        }
    }

    @Test
    void servesFromPostgresAndARestartFindsTheContentWithoutReimporting() throws Exception {
        String[] db = TestStorage.requireSettings();
        String prefix = TestStorage.runPrefix();
        Path password = Files.writeString(work.resolve("db-password"), db[2]);
        Path data = work.resolve("var");
        String[] serve = {"serve", "--port", "0", "--data", data.toString(), "--storage", "postgres", "--jdbc-url", db[0],
                "--db-user", db[1], "--db-password-file", password.toString(), "--db-table-prefix", prefix};
        try {
            try (StandaloneProcess first = StandaloneProcess.start(work, serve)) {
                int port = first.awaitServing();
                assertThat(get(port, "/.health").body()).startsWith("{\"status\":\"UP\",\"repository\":{\"state\":\"RUNNING\"},"
                        + "\"items\":{\"agreement-aims\":5,\"organizations\":25,\"relationship-categories\":4}");
                first.terminate();
                first.awaitExit(); // 143: the JVM's code for SIGTERM, after the shutdown hooks ran
                assertThat(first.stderr()).isEmpty();
            }
            // the local folder holds only the search index and workspace settings: without it, all is rebuilt from the database
            TestFolders.deleteTree(data.resolve("public"));
            try (StandaloneProcess second = StandaloneProcess.start(work, serve)) {
                int port = second.awaitServing();
                assertThat(get(port, "/.rest/delivery/organizations/v1/iula").statusCode()).isEqualTo(200);
                assertThat(get(port, "/.health").body()).contains("\"organizations\":25,");
                second.terminate();
                second.awaitExit();
                assertThat(second.stderr()).isEmpty();
            }
        } finally {
            TestStorage.drop(prefix);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
