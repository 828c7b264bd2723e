package org.oicc.relations.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The harness's settings, from system properties ({@code bench/run -Dbench.sizes=1000,10000 ...}).
 *
 * @param sizes       numbers of generated organizations, one fresh data folder each
 * @param duration    wrk duration of one row ({@code 10s})
 * @param warmup      wrk warm-up before each row, thrown away ({@code 0s} for none)
 * @param samples     uncached queries asked one at a time for the scale table's percentiles
 * @param sampleBudgetSeconds  stop sampling after this long (at least five are asked)
 * @param reuse       keep a size's data folder and import figures from an earlier run (rows only)
 */
record BenchConfig(List<Integer> sizes, String duration, String warmup, int threads, int connections, String timeout,
                   String heap, int samples, int sampleBudgetSeconds, boolean reuse, Path jar, Path benchClasses, Path peerLib, Path out, Path work, long seed) {

    static BenchConfig fromSystemProperties() {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        return new BenchConfig(
                Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                System.getProperty("bench.duration", "10s"),
                System.getProperty("bench.warmup", "2s"),
                Integer.getInteger("bench.threads", 1),
                Integer.getInteger("bench.connections", 4),
                System.getProperty("bench.timeout", "30s"),
                System.getProperty("bench.heap", "256m"),
                Integer.getInteger("bench.samples", 100),
                Integer.getInteger("bench.sampleBudget", 60),
                Boolean.getBoolean("bench.reuse"),
                root.resolve(System.getProperty("bench.jar", "target/oicc-relations-standalone.jar")),
                root.resolve("bench/target/classes"),
                root.resolve("bench/peer/target/lib"),
                root.resolve(System.getProperty("bench.out", "target/bench")),
                root.resolve(System.getProperty("bench.work", "target/bench/work")),
                Long.getLong("bench.seed", 12L));
    }
}
