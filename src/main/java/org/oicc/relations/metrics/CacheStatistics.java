package org.oicc.relations.metrics;

/** What a cache tells about itself, read whenever the meters are scraped. All counts are since start. */
public interface CacheStatistics {

    long hits();

    long misses();

    long puts();

    long evictions();

    /** New answers not kept because the cache was full and the key was new to it (admission); 0 for a cache without such a rule. */
    default long refusals() {
        return 0;
    }

    /** Entries held now. */
    long size();

    /** Bytes held now. */
    long bytes();
}
