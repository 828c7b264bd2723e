package org.oicc.relations.server;

import org.oicc.relations.repository.Storage;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The storage asked for; the author and public repositories each take their own table prefix of it. */
    Storage toStorage(Map<String, String> env) {
        if (storage == Kind.file) {
            if (jdbcUrl != null || user != null || passwordFile != null) {
                throw new CliError("--jdbc-url, --db-user and --db-password-file go with --storage postgres", 2);
            }
            return Storage.embedded();
        }
        if (jdbcUrl == null || user == null) {
            throw new CliError("--storage postgres needs --jdbc-url URL and --db-user USER"
                    + " (password from --db-password-file FILE or env " + PASSWORD_ENV + ")", 2);
        }
        try {
            return Storage.postgres(jdbcUrl, user, password(env), "author_");
        } catch (IllegalArgumentException e) {
            throw new CliError("--jdbc-url: " + e.getMessage(), 2);
        }
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
