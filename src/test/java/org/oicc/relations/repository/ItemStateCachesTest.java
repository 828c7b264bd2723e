package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories of one process share one budget for their item-state caches: two open ones
 * (a combined instance's author and public) get half of what one alone gets, and when one shuts
 * down the other gets its share back; never less than Jackrabbit's own 16 MiB. Isolated, so that
 * no other test opens or closes a repository meanwhile; those kept open for the whole run count.
 */
@Isolated
class ItemStateCachesTest {

    @TempDir
    Path dir;

    @Test
    void twoOpenRepositoriesShareTheBudgetAndOneLeftAloneTakesItAll() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        long floor = 16L * 1024 * 1024;
        // repositories other test classes keep open for the whole run (a shared server) count too
        int others = ItemStateCaches.openCount();
        try (StandaloneRepository author = StandaloneRepository.start(dir.resolve("author"), RepositorySetup.empty())) {
            assertThat(author.itemStateCacheLimit()).isEqualTo(Math.max(floor, heap / 8 / (others + 1)));
            try (StandaloneRepository published = StandaloneRepository.start(dir.resolve("public"), RepositorySetup.empty())) {
                assertThat(author.itemStateCacheLimit()).isEqualTo(Math.max(floor, heap / 8 / (others + 2)));
                assertThat(published.itemStateCacheLimit()).isEqualTo(Math.max(floor, heap / 8 / (others + 2)));
            }
            assertThat(author.itemStateCacheLimit()).isEqualTo(Math.max(floor, heap / 8 / (others + 1)));
        }
    }
}
