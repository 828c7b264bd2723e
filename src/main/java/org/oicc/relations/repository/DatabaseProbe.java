package org.oicc.relations.repository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One connection attempt before Jackrabbit starts: a wrong password or an unreachable server is
 * then one line naming the URL, instead of Jackrabbit's pool retrying and logging stack traces.
 */
final class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 10;

    private DatabaseProbe() {
    }

    static void check(Storage storage) throws StorageUnavailableException {
        Properties login = new Properties();
        login.setProperty("user", storage.user());
        login.setProperty("password", storage.password());
        login.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        login.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(storage.jdbcUrl(), login)) {
            connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            String reason = String.valueOf(e.getMessage()).replace(storage.password().isEmpty() ? "\u0000" : storage.password(), "***");
            throw new StorageUnavailableException("cannot connect to the database " + Storage.redacted(storage.jdbcUrl())
                    + " as " + storage.user() + ": " + reason.lines().findFirst().orElse("").trim(), e);
        }
    }
}
