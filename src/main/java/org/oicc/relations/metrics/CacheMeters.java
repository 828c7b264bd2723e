package org.oicc.relations.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;

/**
 * A cache's counters under Micrometer's cache names, tagged {@code cache=<name>}: {@code cache.gets}
 * with {@code result=hit|miss}, {@code cache.puts}, {@code cache.evictions}, {@code cache.size}, and
 * {@value #BYTES} and {@value #REFUSALS} (in Prometheus {@code cache_gets_total{cache="delivery",result="hit"}}, ...).
 * The counters are read at scrape time, so counting costs the cache nothing but its own adders.
 */
public final class CacheMeters extends CacheMeterBinder<CacheStatistics> {

    public static final String BYTES = "relations.cache.bytes";
    public static final String REFUSALS = "relations.cache.refusals";

    private CacheMeters(CacheStatistics cache, String name) {
        super(cache, name, Tags.empty());
    }

    /**
     * @param name a fixed name of the cache, e.g. {@code delivery} or {@code pages}
     * @param cache held by the caller: the meters keep only a weak reference to it ({@link Metrics#cache} does)
     */
    static void bind(MeterRegistry registry, String name, CacheStatistics cache) {
        new CacheMeters(cache, name).bindTo(registry);
    }

    @Override
    protected Long size() {
        CacheStatistics cache = getCache();
        return cache == null ? null : cache.size();
    }

    @Override
    protected long hitCount() {
        CacheStatistics cache = getCache();
        return cache == null ? 0 : cache.hits();
    }

    @Override
    protected Long missCount() {
        CacheStatistics cache = getCache();
        return cache == null ? null : cache.misses();
    }

    @Override
    protected Long evictionCount() {
        CacheStatistics cache = getCache();
        return cache == null ? null : cache.evictions();
    }

    @Override
    protected long putCount() {
        CacheStatistics cache = getCache();
        return cache == null ? 0 : cache.puts();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
        Gauge.builder(BYTES, getCache(), CacheStatistics::bytes).description("bytes the cache holds")
                .baseUnit("bytes").tags(getTagsWithCacheName()).strongReference(false).register(registry);
        // the admission rule of a full cache (a new key is kept the second time): how many one-off answers it turned away
        FunctionCounter.builder(REFUSALS, getCache(), CacheStatistics::refusals)
                .description("answers not kept: a new key met a full cache for the first time")
                .tags(getTagsWithCacheName()).register(registry);
    }
}
