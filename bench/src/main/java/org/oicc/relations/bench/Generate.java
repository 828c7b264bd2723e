package org.oicc.relations.bench;

import java.nio.file.Path;

/**
 * Writes the generated JSON Lines file alone, without running a bench:
 * {@code java -cp bench/target/classes:bench/target/lib/* org.oicc.relations.bench.Generate FILE COUNT [SEED]}.
 * Used to import a big size by hand (outside the bench lock, or under a profiler) with the very
 * bytes the bench would import.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Generate FILE COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        OrganizationGenerator.write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
    }
}
