package org.oicc.relations.testing;

import org.oicc.relations.authoring.publication.SeedPublication;
import org.oicc.relations.authoring.publication.SeedVersions;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The module's seed imported once per test JVM, into a real author and a real public repository
 * that are then shut down cleanly; every fixture that wants the seed gets a copy of those folders.
 * Starting Jackrabbit on a copied folder is what a restart is (nothing is imported again), and
 * costs a tenth of a first start with its import. Deleted when the JVM exits.
 */
final class SeedTemplates {

    static final String AUTHOR = "author";
    static final String PUBLIC = "public";

    private static Path plain;
    private static Path combined;

    private SeedTemplates() {
    }

    /**
     * Author and public repository both bootstrapped with the seed, author items never published:
     * two fresh repositories started side by side.
     */
    static synchronized Path plain(RepositorySetup setup) {
        if (plain == null) {
            Path home = tempFolder("oicc-seed-");
            try {
                try (StandaloneRepository author = TestRepository.start(home.resolve(AUTHOR), setup)) {
                    // as Standalone.open does on the first start: the seed's first version
                    SeedVersions.takeFirst(author, author.importedAtStart());
                }
                TestRepository.start(home.resolve(PUBLIC), setup).close();
            } catch (RepositoryException e) {
                throw new IllegalStateException("cannot bootstrap the seed template in " + home, e);
            }
            plain = home;
        }
        return plain;
    }

    /** As a combined instance starts on an empty data folder: the seed also counts as published on the author side. */
    static synchronized Path combined(RepositorySetup setup) {
        if (combined == null) {
            Path home = tempFolder("oicc-seed-combined-");
            copy(plain(setup).resolve(AUTHOR), home.resolve(AUTHOR));
            copy(plain(setup).resolve(PUBLIC), home.resolve(PUBLIC));
            List<String> files = setup.bootstrapFiles().stream().map(f -> f.name()).toList();
            try (StandaloneRepository author = TestRepository.start(home.resolve(AUTHOR), setup)) {
                SeedPublication.markPublished(author, files);
            } catch (RepositoryException e) {
                throw new IllegalStateException("cannot mark the seed published in " + home, e);
            }
            combined = home;
        }
        return combined;
    }

    /**
     * Copies one side of a template (a repository folder) to {@code to}, which must not exist or be
     * empty; on PostgreSQL its tables too ({@link TestStorage#copyTables}).
     */
    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (var files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path dest = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestStorage.copyTables(from, to);
    }

    private static Path tempFolder(String prefix) {
        try {
            Path home = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestFolders.deleteTree(home), "delete " + home));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
