package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestRepository;

import javax.jcr.Node;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BucketMigration#isHalfMoved}, the check every command makes at start: a flat workspace is
 * half-moved once a bucket node stands at any of the 256 first-level bucket names ({@code _00} to
 * {@code _ff}, whatever layout the stopped run was moving into), and not for a node at such a name
 * that is no bucket; a bucketed workspace never is (its buckets are its layout). The flat check asks
 * for those names only, so it does not read the items of a flat root (about four minutes at 100,000).
 */
class HalfMovedCheckTest {

    private static final String ORGS = "organizations";

    @TempDir
    Path dir;

    @Test
    void aFlatWorkspaceIsHalfMovedOnceABucketStandsAtAnyFirstLevelBucketName() throws Exception {
        RepositorySetup module = TestRepository.moduleSetup();
        RepositorySetup flat = new RepositorySetup(module.namespaces(), module.workspaces(), module.cndResources(),
                module.bootstrapFiles(), module.bootstrapUser());
        try (StandaloneRepository repository = TestRepository.start(dir.resolve("flat"), flat)) {
            Session s = repository.login(ORGS);
            try {
                assertThat(StoredPaths.of(s).bucketed()).isFalse();
                for (int i = 0; i < 300; i++) {
                    s.getRootNode().addNode("org-" + i, "nt:unstructured");
                }
                // a node at a bucket's name that is no bucket is an item like any other
                s.getRootNode().addNode("_3e", "nt:unstructured");
                s.save();
                assertThat(BucketMigration.isHalfMoved(s)).isFalse();

                for (String name : List.of("_00", "_0f", "_10", "_3f", "_ff")) {
                    Node bucket = s.getRootNode().addNode(name, StoredPaths.BUCKET);
                    s.save();
                    assertThat(BucketMigration.isHalfMoved(s)).as(name).isTrue();
                    bucket.remove();
                    s.save();
                    assertThat(BucketMigration.isHalfMoved(s)).as(name + " removed").isFalse();
                }
            } finally {
                s.logout();
            }
        }
    }

    @Test
    void aBucketedWorkspaceIsNeverHalfMoved() throws Exception {
        try (StandaloneRepository repository = TestRepository.start(dir.resolve("bucketed"), TestRepository.moduleSetup())) {
            Session s = repository.login(ORGS);
            try {
                assertThat(StoredPaths.of(s).bucketed()).isTrue();
                s.getRootNode().addNode("_ff", StoredPaths.BUCKET); // past the layout's 16 first-level buckets
                s.save();
                assertThat(s.getRootNode().getNodes("_*").getSize()).as("its own 16 buckets and one more").isEqualTo(17);
                assertThat(BucketMigration.isHalfMoved(s)).isFalse();
            } finally {
                s.logout();
            }
        }
    }
}
