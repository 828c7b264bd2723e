package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Storage;
import org.oicc.relations.testing.TestRepository;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** serve's --storage options, in this JVM: what they ask for, and the one-line refusals. */
@Timeout(120) // a refusal that did not happen would leave serve running
class StorageOptionTest {

    @TempDir
    Path temp;

    @Test
    void fileIsTheDefault() {
        assertThat(options().toStorage(Map.of())).isEqualTo(Storage.embedded());
    }

    @Test
    void postgresTakesThePasswordFromTheFileBeforeTheEnvironment() throws Exception {
        Path file = Files.writeString(temp.resolve("pw"), "from-the-file\n");
        Storage storage = options("--storage", "postgres", "--jdbc-url", "jdbc:postgresql://db:5432/relations",
                "--db-user", "relations", "--db-password-file", file.toString())
                .toStorage(Map.of(StorageOptions.PASSWORD_ENV, "from-env"));

        assertThat(storage.kind()).isEqualTo(Storage.Kind.POSTGRES);
        assertThat(storage.describe()).isEqualTo("postgres jdbc:postgresql://db:5432/relations (user relations, tables author_*)");
        assertThat(storage).extracting("password").isEqualTo("from-the-file");
        assertThat(options("--storage", "postgres", "--jdbc-url", "jdbc:postgresql://db/r", "--db-user", "u")
                .toStorage(Map.of(StorageOptions.PASSWORD_ENV, "from-env"))).extracting("password").isEqualTo("from-env");
    }

    @Test
    void theTablePrefixGoesBeforeAuthorAndPublic() {
        StorageOptions o = options("--storage", "postgres", "--jdbc-url", "jdbc:postgresql://db/r", "--db-user", "u",
                "--db-table-prefix", "site2_");
        assertThat(o.toStorage(Map.of(StorageOptions.PASSWORD_ENV, "x")).withTablePrefix(o.publicPrefix()).tablePrefix())
                .isEqualTo("site2_public_");
    }

    @Test
    void postgresWithoutItsSettingsIsACommandLineError() {
        assertThat(serve("--storage", "postgres")).isEqualTo(new Result(2, "error: --storage postgres needs --jdbc-url URL and"
                + " --db-user USER (password from --db-password-file FILE or env RELATIONS_DB_PASSWORD)\n"));
        assertThat(serve("--jdbc-url", "jdbc:postgresql://db/r")).isEqualTo(new Result(2,
                "error: --jdbc-url, --db-user, --db-password-file and --db-table-prefix go with --storage postgres\n"));
        assertThat(serve("--storage", "postgres", "--jdbc-url", "jdbc:mysql://db/r", "--db-user", "u",
                "--db-password-file", temp.resolve("missing").toString()).exit()).isEqualTo(2);
        assertThatThrownBy(() -> options("--storage", "postgres", "--jdbc-url", "jdbc:mysql://db/r", "--db-user", "u")
                .toStorage(Map.of(StorageOptions.PASSWORD_ENV, "x")))
                .hasMessage("--jdbc-url: a PostgreSQL JDBC URL starts with jdbc:postgresql:, found jdbc:mysql://db/r");
    }

    @Test
    void anOldFormatDataFolderIsRefusedInOneLineNamingExportAndImport() throws Exception {
        Path data = temp.resolve("var");
        TestRepository.writeOldFormat(data.resolve("author"));

        Result r = serve("--data", data.toString());

        assertThat(r).isEqualTo(new Result(4, "error: data folder " + data.toAbsolutePath().normalize() + " holds the old"
                + " one-file-per-node storage, which this version does not open: with the previous version run"
                + " `export --all --out DIR`, move the folder away, then run `import --all DIR` with this one\n"));
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithTheUrlAndExitFour() throws Exception {
        Path file = Files.writeString(temp.resolve("pw"), "never-shown-9d1\n");
        Result r = serve("--data", temp.resolve("var").toString(), "--storage", "postgres",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/relations", "--db-user", "relations", "--db-password-file", file.toString());

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: cannot connect to the database jdbc:postgresql://127.0.0.1:1/relations as relations: ")
                .doesNotContain("never-shown-9d1").endsWith("\n");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void clusterIdNeedsPostgresAndNamesOneNodePerRepository() {
        assertThat(serve("--cluster-id", "web1")).isEqualTo(new Result(2, "error: --cluster-id needs --storage postgres: cluster"
                + " nodes share one PostgreSQL database, the embedded one belongs to a single process\n"));
        String[] postgres = {"--storage", "postgres", "--jdbc-url", "jdbc:postgresql://db/r", "--db-user", "u"};
        assertThatThrownBy(() -> options(concat(postgres, "--cluster-sync-delay", "200")).toStorage(Map.of(StorageOptions.PASSWORD_ENV, "x")))
                .hasMessage("--cluster-sync-delay goes with --cluster-id");
        assertThatThrownBy(() -> options(concat(postgres, "--cluster-id", "web 1")).cluster("author"))
                .hasMessageStartingWith("--cluster-id: a cluster node id is 1 to 63 letters, digits");
        assertThatThrownBy(() -> options(concat(postgres, "--cluster-id", "web1", "--cluster-sync-delay", "0")).cluster("author"))
                .hasMessage("--cluster-sync-delay: the cluster sync delay is between 10 ms and 60 s, found 0 ms");

        StorageOptions o = options(concat(postgres, "--cluster-id", "web1"));
        assertThat(o.cluster("author").nodeId()).isEqualTo("web1-author");
        assertThat(o.cluster("public").nodeId()).isEqualTo("web1-public");
        assertThat(o.cluster("public").syncDelay()).hasMillis(500);
        assertThat(options(concat(postgres, "--cluster-id", "web1", "--cluster-sync-delay", "250")).cluster("public").syncDelay())
                .hasMillis(250);
        assertThat(options(postgres).cluster("public")).isNull();
        assertThat(o.toStorage(Map.of(StorageOptions.PASSWORD_ENV, "x")).withCluster(o.cluster("author")).describe())
                .isEqualTo("postgres jdbc:postgresql://db/r (user u, tables author_*, cluster node web1-author)");
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    private static StorageOptions options(String... args) {
        return CommandLine.populateCommand(new StorageOptions(), args);
    }

    record Result(int exit, String err) {
    }

    /** serve up to its start: every case here stops before Jetty would. */
    private Result serve(String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        if (!String.join(" ", args).contains("--data")) {
            all = java.util.stream.Stream.concat(java.util.Arrays.stream(all), java.util.stream.Stream.of("--data", temp.resolve("d").toString()))
                    .toArray(String[]::new);
        }
        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), all);
        return new Result(exit, err.toString());
    }
}
