package org.oicc.relations.server;

import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.metrics.CacheStatistics;

/** A response cache's own counters as the metrics read them (caching knows no metrics, metrics no caching). */
record ResponseCacheStatistics(ResponseCache cache) implements CacheStatistics {

    @Override
    public long hits() {
        return cache.hits();
    }

    @Override
    public long misses() {
        return cache.misses();
    }

    @Override
    public long puts() {
        return cache.puts();
    }

    @Override
    public long evictions() {
        return cache.evictions();
    }

    @Override
    public long refusals() {
        return cache.refusals();
    }

    @Override
    public long size() {
        return cache.size();
    }

    @Override
    public long bytes() {
        return cache.bytes();
    }
}
