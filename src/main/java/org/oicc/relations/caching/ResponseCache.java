package org.oicc.relations.caching;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered answers by normalised request key, least recently used first out, bounded by the bytes
 * they hold. An entry is only served while the workspaces it read are at the generations it was
 * rendered at; a stale entry is simply replaced by the next rendering of the same key.
 *
 * <p>It counts its lookups, stores and evictions (plain counters, read by whoever reports them, e.g.
 * the server's metrics), so this package needs no metrics library.
 */
public final class ResponseCache {

    /** Enough for every answer of the seed content many times over, small beside the JVM. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** Share of the heap for the answers: 16 MiB at {@code -Xmx256m}. */
    static final int HEAP_SHARE = 16;
    /** Never less, however small the heap. */
    static final long SMALLEST = 4L * 1024 * 1024;

    /**
     * The byte budget for a JVM that may use {@code maxHeap} bytes: a sixteenth of it, between
     * {@link #SMALLEST} and {@link #DEFAULT_MAX_BYTES}. Distinct query URLs (every page of every
     * filter and order) fill any budget with answers asked once; at {@code -Xmx256m} with 100,000
     * items a full 32 MiB left the collector too little room (live heap 197 of 256 MB, a full GC every
     * second under the bench's uncached queries), so a small heap keeps fewer answers.
     */
    public static long budgetFor(long maxHeap) {
        return Math.max(SMALLEST, Math.min(DEFAULT_MAX_BYTES, maxHeap / HEAP_SHARE));
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder puts = new LongAdder();
    private final LongAdder evictions = new LongAdder();

    public ResponseCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.maxBytes = maxBytes;
        // one huge answer must not push out everything else
        this.maxEntryBytes = maxBytes / 8;
    }

    /** The entry for key if it was rendered with the workspaces as they are now. */
    synchronized CachedAnswer fresh(String key, ChangeStamp now) {
        CachedAnswer entry = entries.get(key);
        boolean fresh = entry != null && entry.stamp().sameGenerations(now);
        (fresh ? hits : misses).increment();
        return fresh ? entry : null;
    }

    /** Like {@link #fresh}, but not counted as a lookup: for reading the kept entity tag before the real lookup. */
    synchronized CachedAnswer peek(String key, ChangeStamp now) {
        CachedAnswer entry = entries.get(key);
        return entry != null && entry.stamp().sameGenerations(now) ? entry : null;
    }

    synchronized void put(String key, CachedAnswer answer) {
        CachedAnswer old = entries.remove(key);
        if (old != null) {
            bytes -= old.weight();
        }
        if (answer.weight() > maxEntryBytes) {
            return;
        }
        entries.put(key, answer);
        puts.increment();
        bytes += answer.weight();
        for (Iterator<CachedAnswer> it = entries.values().iterator(); bytes > maxBytes && it.hasNext();) {
            bytes -= it.next().weight();
            it.remove();
            evictions.increment();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    /** Lookups that found an answer rendered with the workspaces as they are. */
    public long hits() {
        return hits.sum();
    }

    /** Lookups that found nothing, or only a stale answer (which the next rendering replaces). */
    public long misses() {
        return misses.sum();
    }

    /** Answers stored (an answer over an eighth of the budget is not stored, so not counted). */
    public long puts() {
        return puts.sum();
    }

    /** Answers pushed out, least recently used first, to stay within the byte budget. */
    public long evictions() {
        return evictions.sum();
    }

    /** For tests and diagnostics: the keys, least recently used first. */
    synchronized List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
