package org.oicc.relations.server;

import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.repository.BucketMigration;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Refuses a data folder in which {@code repair --buckets} stopped half-way: its workspace still
 * says flat while some items already sit in buckets, so paths would show bucket names. Every
 * command but {@code repair} checks it once, right after opening the data folder.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    static void require(Standalone standalone) {
        try {
            for (Side side : Backup.sides(standalone)) {
                for (String workspace : ModuleRepositorySetup.bucketed(standalone.module())) {
                    Session session = standalone.sessions().login(side, workspace);
                    try {
                        if (BucketMigration.isHalfMoved(session)) {
                            throw new CliError("the " + Backup.folderOf(side) + " workspace '" + workspace + "' of " + standalone.data()
                                    + " was left half-moved into hash buckets; run repair --buckets to finish it", 1);
                        }
                    } finally {
                        session.logout();
                    }
                }
            }
        } catch (RepositoryException e) {
            throw new CliError("cannot check the storage layout of " + standalone.data() + ": " + e.getMessage(), 1);
        }
    }
}
