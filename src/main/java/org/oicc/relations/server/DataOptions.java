package org.oicc.relations.server;

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
        var chosen = storage.toStorage(System.getenv());
        return Standalone.open(data, lightModules, instance, chosen.withTablePrefix(storage.authorPrefix()),
                chosen.withTablePrefix(storage.publicPrefix()));
    }
}
