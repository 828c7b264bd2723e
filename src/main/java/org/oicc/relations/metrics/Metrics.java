package org.oicc.relations.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * One process's meters: a Prometheus registry with the JVM's meters (memory, garbage collection,
 * threads, class loading, processor, uptime) bound, and the module's meter families on top. Whoever
 * measures something gets {@link #registry()} or one of the families; {@link #scrape()} is the
 * answer of {@code /.metrics}.
 */
public final class Metrics implements AutoCloseable {

    /**
     * Prometheus' text exposition format 0.0.4, which every Prometheus server and agent reads
     * (OpenMetrics would need content negotiation for little gain here).
     */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /**
     * The most values any one tag may take per meter name. The callers' sets are far smaller (a
     * dozen endpoints, a few statuses); this is the backstop should one ever pass something open.
     */
    static final int MAX_TAG_VALUES = 100;

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private final RequestMeters requests;
    private final ImportMeters imports;
    /**
     * What bound meters read: Micrometer keeps only weak references to the objects behind function
     * meters, and the suppliers handed in here often have no other owner.
     */
    private final List<Object> sources = new CopyOnWriteArrayList<>();

    private Metrics() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        for (String tag : new String[] {RequestMeters.ENDPOINT, RequestMeters.STATUS, RequestMeters.METHOD}) {
            registry.config().meterFilter(MeterFilter.maximumAllowableTags(RequestMeters.NAME, tag, MAX_TAG_VALUES, MeterFilter.deny()));
        }
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        requests = new RequestMeters(registry);
        imports = new ImportMeters(registry);
    }

    /** A registry of its own, with the JVM's meters; close it to release the garbage collection listeners. */
    public static Metrics create() {
        return new Metrics();
    }

    public MeterRegistry registry() {
        return registry;
    }

    public RequestMeters requests() {
        return requests;
    }

    /** For bulk imports run by this process. */
    public ImportMeters imports() {
        return imports;
    }

    /** Binds a cache's counters ({@link CacheMeters}); {@code name} is a fixed name such as {@code delivery}. */
    public void cache(String name, CacheStatistics cache) {
        sources.add(cache);
        CacheMeters.bind(registry, name, cache);
    }

    /** Binds a repository's login count ({@link RepositoryMeters}); {@code side} is {@code author} or {@code public}. */
    public void repositoryLogins(String side, LongSupplier logins) {
        sources.add(logins);
        RepositoryMeters.bind(registry, side, logins);
    }

    /** Binds a publication queue's gauges ({@link QueueMeters}). */
    public void queue(String subscriber, QueueMeters.Queue queue) {
        sources.add(queue);
        QueueMeters.bind(registry, subscriber, queue);
    }

    /** Every meter in Prometheus' text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
