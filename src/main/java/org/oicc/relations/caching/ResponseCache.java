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
 * <p>Once the bytes run out, a new key is kept only the second time it is rendered (a small table
 * of recently refused keys remembers the first): a flood of one-off URLs (a crawler, a client that
 * busts caches with a fresh parameter) then neither pushes out the answers asked for again and again
 * nor keeps megabytes of answers nobody asks for twice alive long enough to be promoted by the
 * garbage collector, which at a 256 MB heap with 100,000 items costs more than the rendering.
 * Until the cache is full every answer is kept at once, as before.
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
    private final LongAdder refusals = new LongAdder();
    /** Hashes of keys refused once while the cache was full; a power of two (16 KB). */
    private final int[] refused = new int[4096];

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
        if (old == null && bytes + answer.weight() > maxBytes && firstRefusal(key)) {
            refusals.increment();
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

    /**
     * True the first time a key meets a full cache (it is remembered), false the next time (it is
     * forgotten and kept). Two keys may share a slot: one of them is then kept a render early, or a
     * render late, which costs a rendering, never a wrong answer.
     */
    private boolean firstRefusal(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        int hash = h | 1; // 0 marks an empty slot
        int slot = (h >>> 20) & (refused.length - 1);
        if (refused[slot] == hash) {
            refused[slot] = 0;
            return false;
        }
        refused[slot] = hash;
        return true;
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

    /** Answers not kept: a new key meeting a full cache for the first time. */
    public long refusals() {
        return refusals.sum();
    }

    /** For tests and diagnostics: the keys, least recently used first. */
    synchronized List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
