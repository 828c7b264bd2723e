package org.oicc.relations.server;

import org.oicc.relations.repository.ClusterSettings;
import org.oicc.relations.repository.Storage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command that opens the repository shares (a picocli mixin). */
final class DataOptions {

    @Option(names = "--data", defaultValue = "./var", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--light-modules", description = "Folder holding oicc-relations/ (default: the copy in the jar).")
    Path lightModules;

    @Mixin
    StorageOptions storage;

    Standalone open() {
        return open(Instance.COMBINED);
    }

    /** Opened, and refused when a move into hash buckets stopped half-way ({@link LayoutCheck}). */
    Standalone open(Instance instance) {
        Standalone standalone = openAsItIs(instance);
        try {
            LayoutCheck.require(standalone);
        } catch (RuntimeException e) {
            standalone.close();
            throw e;
        }
        return standalone;
    }

    /** Opened whatever its layout: for {@code repair}, which finishes a half-done move. */
    Standalone openAsItIs() {
        return openAsItIs(Instance.COMBINED);
    }

    private Standalone openAsItIs(Instance instance) {
        Storage chosen = storage.toStorage(System.getenv());
        return Standalone.open(data, lightModules, instance, side(chosen, storage.authorPrefix(), "author"),
                side(chosen, storage.publicPrefix(), "public"));
    }

    private Storage side(Storage chosen, String prefix, String side) {
        Storage tables = chosen.withTablePrefix(prefix);
        ClusterSettings cluster = storage.cluster(side);
        return cluster == null ? tables : tables.withCluster(cluster);
    }
}
