package org.oicc.relations.metrics;

/** What a cache tells about itself, read whenever the meters are scraped. All counts are since start. */
public interface CacheStatistics {

    long hits();

    long misses();

    long puts();

    long evictions();

    /** Entries held now. */
    long size();

    /** Bytes held now. */
    long bytes();
}
