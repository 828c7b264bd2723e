package org.oicc.relations.testing;

import org.junit.jupiter.api.Assumptions;
import org.oicc.relations.repository.Storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The storage the fixtures open repositories on, chosen for the whole test JVM by the system
 * property {@code relations.test.storage} ({@code file}, the default, or {@code postgres}), the way
 * Jackrabbit Oak's {@code nsfixtures} runs one suite over several node stores. On PostgreSQL
 * (settings from env {@code RELATIONS_TEST_JDBC_URL}, {@code RELATIONS_TEST_DB_USER},
 * {@code RELATIONS_TEST_DB_PASSWORD}, which {@code .ci/run} exports) each repository folder gets
 * tables of its own prefix, so parallel classes and other test JVMs never meet; a restart on
 * the same folder finds the same tables. Tables are dropped when the fixture closes, and the rest
 * of this JVM's when it exits.
 *
 * <p>PostgreSQL not reachable: with {@code CI=true} the fixture fails (the variant must run in
 * CI); elsewhere the test is skipped with the reason.
 */
public final class TestStorage {

    public static final String PROPERTY = "relations.test.storage";
    /** One prefix per JVM: what its exit hook drops. */
    private static final String RUN = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 6) + "_";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<Path, Storage> BY_FOLDER = new ConcurrentHashMap<>();
    private static volatile String unreachable;
    private static volatile boolean checked;

    private TestStorage() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY, "file"));
    }

    /** The storage of the repository in {@code folder}: the same one each time it is asked for the same folder. */
    public static Storage of(Path folder) {
        if (!postgres()) {
            return Storage.embedded();
        }
        requireDatabase();
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(),
                f -> Storage.postgres(env("RELATIONS_TEST_JDBC_URL"), env("RELATIONS_TEST_DB_USER"),
                        System.getenv().getOrDefault("RELATIONS_TEST_DB_PASSWORD", ""), RUN + NEXT.incrementAndGet() + "_"));
    }

    /** After copying a repository folder (a seed template) to {@code to}: the same for its tables. */
    static void copyTables(Path from, Path to) {
        if (!postgres()) {
            return;
        }
        String source = of(from).tablePrefix();
        String target = of(to).tablePrefix();
        withConnection(c -> {
            for (String table : tables(c, source)) {
                String copy = target + table.substring(source.length());
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE " + copy + " (LIKE " + table + " INCLUDING ALL)");
                    s.execute("INSERT INTO " + copy + " SELECT * FROM " + table);
                }
            }
        });
    }

    /** Drops the tables of the repository in {@code folder} (closed by now). */
    static void release(Path folder) {
        if (postgres()) {
            Storage storage = BY_FOLDER.remove(folder.toAbsolutePath().normalize());
            if (storage != null) {
                drop(storage.tablePrefix());
            }
        }
    }

    /**
     * The database settings for tests that start the server themselves on PostgreSQL, whatever
     * {@link #PROPERTY} says: the same rules (skipped locally, failing in CI when unreachable).
     * {@code [url, user, password]}
     */
    public static String[] requireSettings() {
        requireDatabase();
        return new String[] {env("RELATIONS_TEST_JDBC_URL"), env("RELATIONS_TEST_DB_USER"),
                System.getenv().getOrDefault("RELATIONS_TEST_DB_PASSWORD", "")};
    }

    /** A table prefix of this JVM's run for a server started by a test ({@code --db-table-prefix}); drop it with {@link #drop}. */
    public static String runPrefix() {
        return RUN + NEXT.incrementAndGet() + "_";
    }

    public static void drop(String prefix) {
        withConnection(c -> {
            for (String table : tables(c, prefix)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        });
    }

    private static List<String> tables(Connection c, String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND starts_with(table_name, ?)")) {
            q.setString(1, prefix);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static synchronized void requireDatabase() {
        if (!checked) {
            checked = true;
            String url = System.getenv("RELATIONS_TEST_JDBC_URL");
            if (url == null || System.getenv("RELATIONS_TEST_DB_USER") == null) {
                unreachable = "env RELATIONS_TEST_JDBC_URL and RELATIONS_TEST_DB_USER are not set (.ci/run sets them)";
            } else {
                try (Connection c = connect()) {
                    c.isValid(5);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(RUN), "drop test tables " + RUN));
                } catch (SQLException e) {
                    unreachable = "PostgreSQL at " + Storage.redacted(url) + " does not answer: " + e.getMessage();
                }
            }
        }
        if (unreachable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("the PostgreSQL test variant must run in CI, but " + unreachable);
            }
            Assumptions.abort("PostgreSQL variant skipped: " + unreachable);
        }
    }

    private static Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", env("RELATIONS_TEST_DB_USER"));
        login.setProperty("password", System.getenv().getOrDefault("RELATIONS_TEST_DB_PASSWORD", ""));
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(env("RELATIONS_TEST_JDBC_URL"), login);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException("env " + name + " is not set");
        }
        return value;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private static void withConnection(Work work) {
        try (Connection c = connect()) {
            work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("test tables: " + e.getMessage(), e);
        }
    }
}
