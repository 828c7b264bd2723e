package org.oicc.relations.repository;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.cache.CacheManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes Jackrabbit's item-state caches by the heap the JVM may use, instead of its fixed
 * defaults (16 MiB for all caches, 4 MiB for one workspace's shared cache).
 *
 * <p>Why: an uncached delivery page reads its nodes through these caches. With the defaults the
 * shared cache of one workspace holds the property states of a few hundred organizations, so a
 * query page at 1,000 items already loaded most properties again from the persistence manager's
 * bundles (about a third of a page's samples in the profile of issue 12). The limits stay a fixed
 * share of the heap <em>for every repository of the process together</em>, so a small heap is not
 * filled by caches: a combined instance runs two repositories (author and public), and each
 * taking an eighth of the heap made a quarter (64 MiB at {@code -Xmx256m}, where the two indexes
 * of 100,000 items and the other caches need the rest). Each of {@code n} open repositories gets
 * {@code heap / 8 / n} in all and {@code heap / 32 / n} per cache, never below Jackrabbit's defaults.
 */
final class ItemStateCaches {

    /** Share of the heap for every item-state cache of every repository together. */
    static final int TOTAL_SHARE = 8;
    /** Share of the heap for one cache (a workspace's shared states, a session's local ones), divided as the total is. */
    static final int PER_CACHE_SHARE = 32;

    /** Jackrabbit's own limits, which no share goes below. */
    private static final long DEFAULT_TOTAL = 16L * 1024 * 1024;
    private static final long DEFAULT_PER_CACHE = 4L * 1024 * 1024;

    private static final List<CacheManager> OPEN = new ArrayList<>();

    private ItemStateCaches() {
    }

    /** Counts the repository in and applies the limits for {@code maxHeap} bytes to every open one. */
    static synchronized void size(RepositoryImpl repository, long maxHeap) {
        OPEN.add(repository.getCacheManager());
        apply(maxHeap);
    }

    /** Counts a repository that shuts down out; the others get its share. */
    static synchronized void release(RepositoryImpl repository) {
        if (OPEN.remove(repository.getCacheManager())) {
            apply(Runtime.getRuntime().maxMemory());
        }
    }

    private static void apply(long maxHeap) {
        int n = Math.max(1, OPEN.size());
        for (CacheManager caches : OPEN) {
            caches.setMaxMemory(Math.max(DEFAULT_TOTAL, maxHeap / TOTAL_SHARE / n));
            caches.setMaxMemoryPerCache(Math.max(DEFAULT_PER_CACHE, maxHeap / PER_CACHE_SHARE / n));
        }
    }

    /** How many repositories share the budget now. */
    static synchronized int openCount() {
        return OPEN.size();
    }

    /** The limit of all item-state caches of one repository now (for a memory report and tests). */
    static long totalOf(RepositoryImpl repository) {
        return repository.getCacheManager().getMaxMemory();
    }
}
