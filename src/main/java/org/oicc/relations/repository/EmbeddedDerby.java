package org.oicc.relations.repository;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Derby database of a repository folder ({@code <folder>/db}, see
 * {@code repository-embedded.xml}). Derby would write {@code derby.log} into the working
 * directory; its messages go to this class's logger instead. Jackrabbit's persistence managers
 * shut the database down as each workspace closes; {@link #shutDown} after the repository makes
 * sure nothing stays booted (and so the folder can be copied or deleted).
 */
public final class EmbeddedDerby {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDerby.class);

    /** Derby's error stream, named by {@code derby.stream.error.field}; must be public for Derby to read it. */
    public static final OutputStream LOG_STREAM = new OutputStream() {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                LOG.debug("{}", line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    };

    private EmbeddedDerby() {
    }

    /**
     * Called before an embedded repository starts. Besides the log: the storage settings of
     * {@code repository-embedded.xml} once more as Derby's system-wide defaults, because Jackrabbit
     * sets them on the database only after the first persistence manager (the version storage's)
     * has created its tables; without this those got Derby's defaults for tables with BLOBs
     * (32 KB pages, 20 % kept free, 512 bytes at least per row).
     */
    static synchronized void configure() {
        if (System.getProperty("derby.stream.error.field") == null && System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.field", EmbeddedDerby.class.getName() + ".LOG_STREAM");
        }
        defaultTo("derby.storage.pageSize", "8192");
        defaultTo("derby.storage.initialPages", "1");
        defaultTo("derby.storage.pageReservedSpace", "10");
        defaultTo("derby.storage.minimumRecordSize", "12");
    }

    private static void defaultTo(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    static void shutDown(Path repositoryFolder) {
        String url = "jdbc:derby:" + repositoryFolder.resolve("db") + ";shutdown=true";
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown as SQLState 08006, and "not booted" as XJ004: both are what we want
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                LOG.warn("shutting down the embedded database in {}: {}", repositoryFolder, e.getMessage());
            }
        }
    }
}
