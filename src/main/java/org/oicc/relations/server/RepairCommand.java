package org.oicc.relations.server;

import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.repository.BucketMigration;
import org.oicc.relations.repository.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code repair}: changes to a stopped data folder that a start does not make by itself. Today one:
 * {@code --buckets} moves the items of a repository made before hash buckets into them
 * ({@link BucketMigration}), on both sides, in batches; running it again finishes an interrupted
 * run and otherwise changes nothing.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Repair or upgrade a stopped data folder (--buckets: store items in hash buckets).")
final class RepairCommand implements Callable<Integer> {

    static final int DEFAULT_BATCH = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--buckets", description = "Move the items of flat content workspaces into hash buckets (idempotent).")
    boolean buckets;

    @Option(names = "--batch", defaultValue = "" + DEFAULT_BATCH, description = "Moves per save (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    DataOptions store;

    @Override
    public Integer call() throws RepositoryException {
        if (!buckets) {
            throw new CliError("repair needs what to repair: --buckets", 2);
        }
        if (batch < 1 || batch > 100_000) {
            throw new CliError("--batch must be from 1 to 100000, found " + batch, 2);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Standalone standalone = store.openAsItIs()) {
            for (Side side : Backup.sides(standalone)) {
                for (String workspace : ModuleRepositorySetup.bucketed(standalone.module())) {
                    Session session = standalone.sessions().login(side, workspace);
                    try {
                        BucketMigration.Result r = BucketMigration.migrate(session, batch);
                        err.println(Backup.folderOf(side) + " workspace '" + workspace + "': " + r.moved() + " moved into buckets"
                                + (r.recorded() ? ", layout recorded" : r.moved() == 0 ? " (already in buckets)" : ""));
                    } finally {
                        session.logout();
                    }
                }
            }
        }
        err.flush();
        return 0;
    }
}
