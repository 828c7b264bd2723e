package org.oicc.relations.bench;

import java.util.List;
import java.util.Map;

/** Everything one run measured; written as JSON as it is, and as a table and charts. */
record Report(String finished, Map<String, String> machine, Map<String, Object> settings,
              List<Row> rows, List<ScaleRow> scale, List<Target> targets) {

    /**
     * One wrk row. Latencies in ms; {@code ratioToCeiling}/{@code ratioToPeer} are req/s over the
     * ceiling's / the peer's req/s at the same size in the same run, null where they do not apply.
     */
    record Row(int size, String name, String request, double perSecond, double p50, double p95, double p99,
               long requests, long errors, Double ratioToCeiling, Double ratioToPeer, String note) {
    }

    /**
     * The per-size figures of issue 12's "scale" list. Times in seconds or ms as named; sizes in bytes.
     * {@code importSeconds} is the import process's wall clock (JVM start and the seed's bootstrap
     * included); {@code importOwnSeconds} the time the import itself reports for the file.
     */
    record ScaleRow(int size, String importHow, double importSeconds, double importOwnSeconds, int rejectedLines, double serverStartSeconds,
                    double queryP50Ms, double queryP95Ms, double queryP99Ms,
                    double relationsFirstByteColdMs, double relationsFirstByteMs,
                    long heapAfterGcBytes, long dataFolderBytes, double bytesPerItem, int querySamples, int queryErrors) {
    }

    /** A target of issue 12 point 8 against what was measured; {@code met} null when not measured. */
    record Target(String target, String measured, Boolean met) {
    }
}
