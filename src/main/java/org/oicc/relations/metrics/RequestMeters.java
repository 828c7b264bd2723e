package org.oicc.relations.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * HTTP requests by endpoint, method and status: one timer {@value #NAME}, in Prometheus
 * {@code http_server_requests_seconds_count}, {@code _sum}, {@code _max} and {@code _bucket} (a few
 * fixed latency bounds, so a histogram costs a dozen series per endpoint, not Micrometer's seventy).
 */
public final class RequestMeters {

    public static final String NAME = "http.server.requests";
    public static final String ENDPOINT = "endpoint";
    public static final String METHOD = "method";
    public static final String STATUS = "status";
    /** Any method outside {@link #METHODS}: a client may send any token as a method. */
    static final String OTHER_METHOD = "OTHER";
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BOUNDS = {Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(1000), Duration.ofMillis(5000)};

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    RequestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param endpoint a name from the caller's fixed set (a delivery endpoint's definition name,
     *                 {@code pages}, {@code health}, ...), never a path taken from the request
     * @param status   the status sent, e.g. 200
     */
    public void record(String endpoint, String method, int status, long nanos) {
        String m = METHODS.contains(method) ? method : OTHER_METHOD;
        int s = status >= 100 && status <= 599 ? status : 0;
        // the timer found once per endpoint, method and status (a bounded set), not built per request
        timers.computeIfAbsent(new Key(endpoint, m, s), k -> Timer.builder(NAME)
                .description("HTTP requests by endpoint (never by URL), method and status")
                .tag(ENDPOINT, k.endpoint())
                .tag(METHOD, k.method())
                .tag(STATUS, k.status() == 0 ? "unknown" : Integer.toString(k.status()))
                .serviceLevelObjectives(BOUNDS)
                .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private record Key(String endpoint, String method, int status) {
    }
}
