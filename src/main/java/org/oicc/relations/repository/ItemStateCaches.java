package org.oicc.relations.repository;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.cache.CacheManager;

/**
 * Sizes Jackrabbit's item-state caches by the heap the JVM may use, instead of its fixed
 * defaults (16 MiB for all caches, 4 MiB for one workspace's shared cache).
 *
 * <p>Why: an uncached delivery page reads its nodes through these caches. With the defaults the
 * shared cache of one workspace holds the property states of a few hundred organizations, so a
 * query page at 1,000 items already loaded most properties again from the persistence manager's
 * bundles (about a third of a page's samples in the profile of issue 12). The limits stay a fixed
 * share of the heap, so a small heap is not filled by caches: at {@code -Xmx256m} 32 MiB in all and
 * 8 MiB per cache.
 */
final class ItemStateCaches {

    /** Share of the heap for every item-state cache together. */
    static final int TOTAL_SHARE = 8;
    /** Share of the heap for one cache (a workspace's shared states, a session's local ones). */
    static final int PER_CACHE_SHARE = 32;

    private ItemStateCaches() {
    }

    /** Applies the limits for {@code maxHeap} bytes; never below Jackrabbit's own defaults. */
    static void size(RepositoryImpl repository, long maxHeap) {
        CacheManager caches = repository.getCacheManager();
        caches.setMaxMemory(Math.max(caches.getMaxMemory(), maxHeap / TOTAL_SHARE));
        caches.setMaxMemoryPerCache(Math.max(caches.getMaxMemoryPerCache(), maxHeap / PER_CACHE_SHARE));
    }
}
