package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestRepository;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A folder of another storage format is refused with how to move on, and left as it was. */
class StorageFormatTest {

    @Test
    void aFolderOfTheOldOneFilePerNodeFormatIsRefusedWithHowToMigrate(@TempDir Path data) throws Exception {
        Path home = data.resolve("author");
        TestRepository.writeOldFormat(home);
        long files;
        try (var walk = Files.walk(home)) {
            files = walk.count();
        }

        assertThatThrownBy(() -> StandaloneRepository.start(home, TestRepository.standIn()))
                .isInstanceOf(StorageFormatException.class)
                .hasMessage("data folder " + data.toAbsolutePath() + " holds the old one-file-per-node storage, which this version"
                        + " does not open: with the previous version run `export --all --out DIR`, move the folder away, then run"
                        + " `import --all DIR` with this one");
        try (var walk = Files.walk(home)) {
            assertThat(walk.count()).as("nothing written into the old folder").isEqualTo(files);
        }
    }

    @Test
    void anEmbeddedFolderOpenedOnPostgresIsRefusedBeforeAnyConnection(@TempDir Path data) throws Exception {
        StandaloneRepository.start(data, RepositorySetup.empty()).close();
        // port 1: nothing listens there, so reaching the database step would be a different error
        Storage postgres = Storage.postgres("jdbc:postgresql://127.0.0.1:1/none", "nobody", "secret", "author_");

        assertThatThrownBy(() -> StandaloneRepository.start(data, RepositorySetup.empty(), postgres))
                .isInstanceOf(StorageFormatException.class)
                .hasMessage("repository folder " + data.toAbsolutePath() + " was created with --storage file, not postgres:"
                        + " start with --storage file or choose another --data");
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingTheUrlButNotThePassword(@TempDir Path data) {
        Storage postgres = Storage.postgres("jdbc:postgresql://127.0.0.1:1/relations", "relations", "s3cret-pass", "author_");

        assertThatThrownBy(() -> StandaloneRepository.start(data, RepositorySetup.empty(), postgres))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageStartingWith("cannot connect to the database jdbc:postgresql://127.0.0.1:1/relations as relations: ")
                .hasMessageNotContaining("s3cret-pass")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertThat(Storage.redacted("jdbc:postgresql://db/relations?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/relations?user=u&password=***&ssl=true");
        assertThat(Storage.postgres("jdbc:postgresql://db/r?password=s3cret", "u", "", "author_").describe())
                .isEqualTo("postgres jdbc:postgresql://db/r?password=*** (user u, tables author_*)");
    }
}
