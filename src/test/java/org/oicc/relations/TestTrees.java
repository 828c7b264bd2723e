package org.oicc.relations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of shipped folders (the light module, the bootstrap content) for tests that break them on purpose. */
public final class TestTrees {

    /** The light module as it is in the source tree. */
    public static final Path LIGHT_MODULE = Path.of("light-modules/oicc-relations");

    private TestTrees() {
    }

    /** Copies {@code from} with everything under it to {@code to}, which must not exist yet. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
        return to;
    }
}
