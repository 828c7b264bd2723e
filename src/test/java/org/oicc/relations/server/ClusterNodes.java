package org.oicc.relations.server;

import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.server.SubscriberInstances.Running;
import org.oicc.relations.testing.TestStorage;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Combined instances as {@code serve --storage postgres --cluster-id ID} wires them, in this JVM:
 * each on a data folder of its own (its search indexes), all on the same tables of one test-unique
 * prefix. The command line is parsed by the real {@link ServeCommand} options.
 */
final class ClusterNodes {

    private final Path work;
    private final String[] db;
    final String prefix = TestStorage.runPrefix();

    /** Skipped (or failing when CI=true) without a PostgreSQL to test on, as the other PostgreSQL tests. */
    ClusterNodes(Path work) throws Exception {
        this.work = work;
        this.db = TestStorage.requireSettings();
        Files.writeString(work.resolve("db-password"), db[2]);
    }

    /** The {@code serve} arguments of node {@code id}, its data in {@code work/<id>}. */
    String[] serveArguments(String id, String... more) {
        List<String> args = new ArrayList<>(List.of("--data", work.resolve(id).toString(), "--storage", "postgres",
                "--jdbc-url", db[0], "--db-user", db[1], "--db-password-file", work.resolve("db-password").toString(),
                "--db-table-prefix", prefix, "--cluster-id", id));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Starts node {@code id} on a free port. */
    Running start(String id, String... more) {
        ServeCommand serve = CommandLine.populateCommand(new ServeCommand(), serveArguments(id, more));
        Standalone standalone = serve.store.open(Instance.COMBINED);
        try {
            var json = SubscriberInstances.JSON;
            Site site = Site.published(standalone.module(), standalone.source(), standalone.sessions(), json, DeliverySettings.DEFAULTS);
            HttpServer http = new HttpServer("127.0.0.1", 0, site, json);
            http.reportCluster(serve.store.storage.clusterId, standalone);
            AuthoringSite.mount(http, standalone, new AuthoringOptions(List.of(), null, List.of(), null), json,
                    Map.of("RELATIONS_ADMIN_PASSWORD", SubscriberInstances.PASSWORD),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PasswordHasher(2000));
            http.start();
            return new Running(standalone, http);
        } catch (RuntimeException e) {
            standalone.close();
            throw e;
        }
    }

    /** Drops the cluster's tables (every node closed by now). */
    void drop() {
        TestStorage.drop(prefix);
    }
}
