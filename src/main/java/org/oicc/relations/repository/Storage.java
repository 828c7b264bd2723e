package org.oicc.relations.repository;

import java.util.Objects;
import java.util.Properties;

/**
 * Where a {@link StandaloneRepository} keeps its content. The search index, the workspace
 * configuration and binaries larger than a few KB stay in the local repository folder either way.
 * <ul>
 * <li>{@link #embedded()}: bundle persistence in one embedded Derby database inside the folder
 *     (the default, Magnolia's embedded default too);</li>
 * <li>{@link #postgres}: Jackrabbit's PostgreSQL persistence manager, database file system and data
 *     store, every table named with {@link #tablePrefix()} so that several repositories (author and
 *     public of one instance, parallel tests) share one database without meeting.</li>
 * </ul>
 */
public final class Storage {

    /** What the configuration and the folder marker call each kind. */
    public enum Kind {
        EMBEDDED("repository-embedded.xml"),
        POSTGRES("repository-postgres.xml");

        private final String config;

        Kind(String config) {
            this.config = config;
        }

        String config() {
            return "/org/oicc/relations/repository/" + config;
        }
    }

    private static final Storage EMBEDDED = new Storage(Kind.EMBEDDED, null, null, null, "", null);

    private final Kind kind;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String tablePrefix;
    private final ClusterSettings cluster;

    private Storage(Kind kind, String jdbcUrl, String user, String password, String tablePrefix, ClusterSettings cluster) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.tablePrefix = tablePrefix;
        this.cluster = cluster;
    }

    public static Storage embedded() {
        return EMBEDDED;
    }

    /**
     * @param tablePrefix letters, digits and {@code _}, starting with a letter (a PostgreSQL name
     *                    must fit in 63 characters with the workspace name after it)
     */
    public static Storage postgres(String jdbcUrl, String user, String password, String tablePrefix) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:, found " + redacted(jdbcUrl));
        }
        checkPrefix(tablePrefix);
        return new Storage(Kind.POSTGRES, jdbcUrl, user, password == null ? "" : password, tablePrefix, null);
    }

    private static void checkPrefix(String prefix) {
        if (!prefix.matches("[a-z][a-z0-9_]{0,19}")) {
            throw new IllegalArgumentException("a table prefix is 1 to 20 lower-case letters, digits or _, starting with a letter: " + prefix);
        }
    }

    /** The same database with another table prefix (the public repository beside the author one). */
    public Storage withTablePrefix(String prefix) {
        if (kind == Kind.EMBEDDED) {
            return this;
        }
        checkPrefix(prefix);
        return new Storage(kind, jdbcUrl, user, password, prefix, cluster);
    }

    /**
     * The same tables, the repository a node of a Jackrabbit cluster whose journal is in the same
     * database ({@code <prefix>journal_*} tables); only PostgreSQL storage can be shared so.
     */
    public Storage withCluster(ClusterSettings settings) {
        if (kind == Kind.EMBEDDED) {
            throw new IllegalArgumentException("a cluster needs the postgres storage: the embedded database belongs to one process");
        }
        return new Storage(kind, jdbcUrl, user, password, tablePrefix, settings);
    }

    /** The cluster node settings, or null when this repository is alone on its tables. */
    public ClusterSettings cluster() {
        return cluster;
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL, for messages: any {@code password=} parameter in it is replaced by {@code ***}. */
    public String describe() {
        return kind == Kind.EMBEDDED ? "embedded" : "postgres " + redacted(jdbcUrl) + " (user " + user + ", tables " + tablePrefix + "*"
                + (cluster == null ? "" : ", cluster node " + cluster.nodeId()) + ")";
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    public String tablePrefix() {
        return tablePrefix;
    }

    /** A URL may carry {@code ?password=...}; messages never show it. */
    public static String redacted(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The parser variables of {@link Kind#config()} besides {@code rep.home}. */
    void addVariables(Properties variables) {
        if (kind == Kind.POSTGRES) {
            variables.setProperty("db.url", jdbcUrl);
            variables.setProperty("db.user", user);
            variables.setProperty("db.password", password);
            variables.setProperty("db.prefix", tablePrefix);
        }
        if (cluster != null) {
            variables.setProperty("cluster.id", cluster.nodeId());
            variables.setProperty("cluster.syncDelay", Long.toString(cluster.syncDelay().toMillis()));
            variables.setProperty("cluster.janitorEnabled", Boolean.toString(!cluster.janitorSleep().isZero()));
            variables.setProperty("cluster.janitorSleep", Long.toString(Math.max(1, cluster.janitorSleep().toSeconds())));
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
