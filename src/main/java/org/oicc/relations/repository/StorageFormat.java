package org.oicc.relations.repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which storage an existing repository folder was written with, read from what Jackrabbit itself
 * trusts: each {@code workspaces/<name>/workspace.xml} names its persistence manager, and is used
 * as written (a changed {@code repository.xml} does not change existing workspaces). So an old
 * folder cannot be opened "in the new format"; it is refused with how to migrate.
 */
final class StorageFormat {

    /** The persistence manager of the one-file-per-node format used before the embedded database. */
    private static final String OLD_FORMAT = "BundleFsPersistenceManager";

    private StorageFormat() {
    }

    static void check(Path home, Storage storage) throws StorageFormatException {
        Path workspaces = home.resolve("workspaces");
        boolean old = Files.isDirectory(home.resolve("version").resolve("items"));
        Storage.Kind found = null;
        if (Files.isDirectory(workspaces)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(workspaces)) {
                for (Path workspace : each) {
                    Path xml = workspace.resolve("workspace.xml");
                    if (!Files.isRegularFile(xml)) {
                        continue;
                    }
                    String text = Files.readString(xml, StandardCharsets.UTF_8);
                    old |= text.contains(OLD_FORMAT);
                    if (text.contains("PostgreSQLPersistenceManager")) {
                        found = Storage.Kind.POSTGRES;
                    } else if (text.contains("DerbyPersistenceManager")) {
                        found = Storage.Kind.EMBEDDED;
                    }
                }
            } catch (IOException e) {
                throw new StorageFormatException(home, "cannot read the repository folder " + home + ": " + e.getMessage());
            }
        }
        if (old) {
            throw new StorageFormatException(home, "data folder " + home.getParent() + " holds the old one-file-per-node storage,"
                    + " which this version does not open: with the previous version run `export --all --out DIR`, move the folder"
                    + " away, then run `import --all DIR` with this one");
        }
        if (found != null && found != storage.kind()) {
            throw new StorageFormatException(home, "repository folder " + home + " was created with --storage "
                    + option(found) + ", not " + option(storage.kind()) + ": start with --storage " + option(found)
                    + " or choose another --data");
        }
    }

    static String option(Storage.Kind kind) {
        return kind == Storage.Kind.POSTGRES ? "postgres" : "file";
    }
}
