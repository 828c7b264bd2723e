package org.oicc.relations.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency percentiles of slow requests, one at a time on one connection: wrk's fixed duration gives
 * no figure at all when one answer takes longer than the row, so the scale table's query latencies
 * come from here (a fixed number of distinct URLs, or what fits in the time budget, at least three).
 */
final class Sampler {

    /** Milliseconds; {@code count} requests were made, {@code errors} of them not answered 200. */
    record Latencies(int count, int errors, double seconds, double p50, double p95, double p99, double max) {
        double perSecond() {
            return count / seconds;
        }
    }

    /** Asked even past the budget, so that a percentile means something. */
    static final int MIN = 3;

    private Sampler() {
    }

    static Latencies sample(String base, List<String> paths, int count, Duration budget, Duration timeout, String... headers)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        long start = System.nanoTime();
        long end = start + budget.toNanos();
        for (int i = 0; i < Math.min(count, paths.size()) && (ms.size() < MIN || System.nanoTime() < end); i++) {
            long t0 = System.nanoTime();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + paths.get(i))).timeout(timeout);
            for (int h = 0; h + 1 < headers.length; h += 2) {
                request.header(headers[h], headers[h + 1]);
            }
            // an error (a 503 queryTimeout, no answer within the timeout) keeps its latency and is counted
            try {
                HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                errors += r.statusCode() == 200 ? 0 : 1;
            } catch (java.net.http.HttpTimeoutException e) {
                errors++;
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return of(ms, errors, (System.nanoTime() - start) / 1e9);
    }

    /** Nearest-rank percentiles. */
    static Latencies of(List<Double> ms, int errors, double seconds) {
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latencies(s.length, errors, seconds, rank(s, 50), rank(s, 95), rank(s, 99), s[s.length - 1]);
    }

    private static double rank(double[] sorted, int percent) {
        int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
