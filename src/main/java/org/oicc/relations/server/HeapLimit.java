package org.oicc.relations.server;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the process may grow to, said at start-up (probe D30). Without {@code -Xmx} the JVM takes a
 * quarter of the machine's memory, and under cache-miss load it does grow there before collecting,
 * although the live data stays small; operators should see that number and how to bound it. A jar
 * cannot bound its own heap (the limit is fixed when the JVM starts, and starting a second JVM
 * would put a parent process between a service manager's signals and the server), so the bound
 * comes from the launcher script {@code bin/oicc-relations}, which execs java with {@code -Xmx}.
 */
final class HeapLimit {

    private HeapLimit() {
    }

    static String describe() {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return explicit(ManagementFactory.getRuntimeMXBean().getInputArguments())
                ? "heap limit " + mib + " MiB"
                : "heap limit " + mib + " MiB, the JVM's default (a quarter of this machine's memory); bound it: start with "
                        + "bin/oicc-relations (512 MiB, RELATIONS_HEAP), or java -Xmx512m -jar (README: Memory)";
    }

    /** An operator's own bound: -Xmx, or a share of the container's memory. */
    static boolean explicit(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAMPercentage") || a.startsWith("-XX:MaxRAM="));
    }
}
