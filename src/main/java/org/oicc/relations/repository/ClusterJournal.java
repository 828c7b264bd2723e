package org.oicc.relations.repository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How far a cluster node has read the journal, from the journal's own tables (Jackrabbit's
 * {@code DatabaseJournal}): {@code GLOBAL_REVISION} is the newest record any node wrote,
 * {@code LOCAL_REVISIONS} the newest this node has applied. Read with a connection of its own, as
 * Jackrabbit's pool is not public API; asked only by {@code /.health}.
 */
final class ClusterJournal {

    private static final int TIMEOUT_SECONDS = 5;

    private ClusterJournal() {
    }

    /**
     * @param localRevision the newest record this node has applied (-1: it has no row yet)
     * @param globalRevision the newest record in the journal
     */
    record Revisions(long localRevision, long globalRevision) {
    }

    static Revisions read(Storage storage) throws SQLException {
        // the prefix is checked to be [a-z][a-z0-9_]*, so it can be part of the statement
        String tables = storage.tablePrefix() + "journal_";
        Properties login = new Properties();
        login.setProperty("user", storage.user());
        login.setProperty("password", storage.password());
        login.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        login.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection c = DriverManager.getConnection(storage.jdbcUrl(), login)) {
            long global = single(c, "SELECT REVISION_ID FROM " + tables + "GLOBAL_REVISION", null);
            long local = single(c, "SELECT REVISION_ID FROM " + tables + "LOCAL_REVISIONS WHERE JOURNAL_ID = ?",
                    storage.cluster().nodeId());
            return new Revisions(local, global);
        }
    }

    private static long single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }
}
