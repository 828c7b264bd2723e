package org.oicc.relations.caching;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Rendered answers by normalised request key, least recently used first out, bounded by the bytes
 * they hold. An entry is only served while the workspaces it read are at the generations it was
 * rendered at; a stale entry is simply replaced by the next rendering of the same key.
 */
public final class ResponseCache {

    /** Enough for every answer of the seed content many times over, small beside the JVM. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

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
        bytes += answer.weight();
        for (Iterator<CachedAnswer> it = entries.values().iterator(); bytes > maxBytes && it.hasNext();) {
            bytes -= it.next().weight();
            it.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    /** For tests and diagnostics: the keys, least recently used first. */
    synchronized List<String> keys() {
        return List.copyOf(entries.keySet());
    }
}
