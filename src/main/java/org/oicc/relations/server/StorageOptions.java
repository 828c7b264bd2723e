package org.oicc.relations.server;

import org.oicc.relations.repository.ClusterSettings;
import org.oicc.relations.repository.Storage;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the repositories keep their content (a picocli mixin of {@link DataOptions}): the embedded
 * database in the data folder, or PostgreSQL. The password never appears on the command line: it
 * comes from a file or the environment.
 */
final class StorageOptions {

    static final String PASSWORD_ENV = "RELATIONS_DB_PASSWORD";

    enum Kind { file, postgres }

    @Option(names = "--storage", defaultValue = "file",
            description = "file (embedded database in --data) or postgres (default: ${DEFAULT-VALUE}).")
    Kind storage;

    @Option(names = "--jdbc-url", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/relations (with --storage postgres).")
    String jdbcUrl;

    @Option(names = "--db-user", description = "PostgreSQL user (with --storage postgres).")
    String user;

    @Option(names = "--db-password-file", description = "File holding the PostgreSQL password (else env " + PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--db-table-prefix", defaultValue = "",
            description = "Put before the tables' names (author_..., public_...) when several instances share one database.")
    String tablePrefix;

    @Option(names = "--cluster-id", paramLabel = "ID", description = "With --storage postgres: make this instance a node of a "
            + "Jackrabbit cluster on the same tables (a journal in the database); unique per node, e.g. web1. Its author and public "
            + "repositories are the nodes ID-author and ID-public.")
    String clusterId;

    @Option(names = "--cluster-sync-delay", paramLabel = "MS", description = "With --cluster-id: how often, in milliseconds, the "
            + "node applies the other nodes' changes from the journal (default: 500).")
    Integer clusterSyncDelay;

    /** The storage asked for (the author's tables); {@link #publicPrefix} names the public repository's. */
    Storage toStorage(Map<String, String> env) {
        if (storage == Kind.file) {
            if (jdbcUrl != null || user != null || passwordFile != null || !tablePrefix.isEmpty()) {
                throw new CliError("--jdbc-url, --db-user, --db-password-file and --db-table-prefix go with --storage postgres", 2);
            }
            if (clusterId != null || clusterSyncDelay != null) {
                throw new CliError("--cluster-id needs --storage postgres: cluster nodes share one PostgreSQL database,"
                        + " the embedded one belongs to a single process", 2);
            }
            return Storage.embedded();
        }
        if (clusterSyncDelay != null && clusterId == null) {
            throw new CliError("--cluster-sync-delay goes with --cluster-id", 2);
        }
        if (jdbcUrl == null || user == null) {
            throw new CliError("--storage postgres needs --jdbc-url URL and --db-user USER"
                    + " (password from --db-password-file FILE or env " + PASSWORD_ENV + ")", 2);
        }
        if (!tablePrefix.matches("([a-z][a-z0-9_]{0,11})?")) {
            throw new CliError("--db-table-prefix is up to 12 lower-case letters, digits or _, starting with a letter: " + tablePrefix, 2);
        }
        try {
            return Storage.postgres(jdbcUrl, user, password(env), tablePrefix + "author_");
        } catch (IllegalArgumentException e) {
            throw new CliError("--jdbc-url: " + e.getMessage(), 2);
        }
    }

    /**
     * The cluster node settings of one side's repository ({@code author}, {@code public}), or null
     * without {@code --cluster-id}: two repositories of one instance are two nodes, of two clusters
     * (their tables and journals have different prefixes).
     */
    ClusterSettings cluster(String side) {
        if (clusterId == null) {
            return null;
        }
        try {
            Duration delay = clusterSyncDelay == null ? ClusterSettings.DEFAULT_SYNC_DELAY : Duration.ofMillis(clusterSyncDelay);
            return new ClusterSettings(clusterId + "-" + side, delay, ClusterSettings.DEFAULT_JANITOR_SLEEP);
        } catch (IllegalArgumentException e) {
            throw new CliError((clusterSyncDelay != null && e.getMessage().contains("delay") ? "--cluster-sync-delay: " : "--cluster-id: ")
                    + e.getMessage(), 2);
        }
    }

    /** The public repository's tables, beside the author's in the same database. */
    String publicPrefix() {
        return tablePrefix + "public_";
    }

    String authorPrefix() {
        return tablePrefix + "author_";
    }

    private String password(Map<String, String> env) {
        if (passwordFile != null) {
            try {
                // an editor or `echo` leaves a line break at the end; it is not part of the password
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new CliError("--db-password-file: cannot read " + passwordFile + " (" + e.getClass().getSimpleName() + ")", 2);
            }
        }
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv == null) {
            throw new CliError("--storage postgres needs the password: --db-password-file FILE or env " + PASSWORD_ENV, 2);
        }
        return fromEnv;
    }
}
