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

    Standalone open(Instance instance) {
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
