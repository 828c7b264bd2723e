package org.oicc.relations.delivery.node;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * What {@link NodeSnapshots} keeps between answers, apart from how it reads: values under the
 * generation they were made at, each good only while the generation asked for is exactly that one,
 * bounded by bytes with the least recently used out first. A value made at an older generation never
 * replaces one made at a newer (a slow reader behind a change someone else already read after).
 * Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value; null is a value too (a dangling reference is content)
 */
final class KeptByGeneration<K, V> {

    /** A value kept (possibly null) with the generation it was made at and its weight. */
    record Entry<V>(long generation, V value, long weight) {
    }

    private final long maxBytes;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** @param maxBytes the weights kept at most; 0 keeps nothing */
    KeptByGeneration(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The entry kept under exactly this generation, or null when there is none. */
    synchronized Entry<V> get(K key, long generation) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.generation() == generation ? entry : null;
    }

    /** Keeps a value made at {@code generation}, weighing {@code weight} bytes with its key. */
    void put(K key, long generation, V value, long weight) {
        if (weight > maxBytes / 8) {
            return; // one huge value (a folder of every item) must not push out everything else
        }
        synchronized (this) {
            Entry<V> old = entries.get(key);
            if (old != null) {
                if (old.generation() > generation) {
                    return;
                }
                entries.remove(key);
                bytes -= old.weight();
            }
            entries.put(key, new Entry<>(generation, value, weight));
            bytes += weight;
            for (Iterator<Entry<V>> it = entries.values().iterator(); bytes > maxBytes && it.hasNext();) {
                bytes -= it.next().weight();
                it.remove();
            }
        }
    }

    /** Entries kept, stale ones included until they are pushed out. */
    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
