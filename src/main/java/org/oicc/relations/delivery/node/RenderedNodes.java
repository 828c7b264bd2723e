package org.oicc.relations.delivery.node;

import org.oicc.relations.delivery.endpoint.Language;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * An endpoint's read-node answers as the JSON bytes the renderer made, kept between answers so that
 * a request the response cache has not seen (another URL for the same node: a query parameter the
 * answer ignores, another client's {@code Accept-Language} giving the same language) copies the
 * bytes instead of walking the node's properties, its expanded references and their definitions
 * again. The response cache keys by request; this store keys by what the bytes depend on: the
 * endpoint, the node's path and the answer's language ({@code all} included). Everything else that
 * shapes them (depth, reference and asset rules, links) is the endpoint's definition, fixed for its
 * renderer. One store per side, beside its snapshots, shared by its endpoints.
 *
 * <p>Exact by the same rule as the snapshots: an entry carries the generations of every workspace
 * the answer reads (the endpoint's, each expanded reference's target, {@code dam} for assets),
 * taken before rendering, and is used only while all of them are unchanged. They are kept as their
 * sum: generations only grow, so the sum stays exactly while each of them does. A renderer whose
 * snapshots are not kept ({@link NodeSnapshots#uncached}: drafts, tests) keeps nothing here either.
 * Bounded by bytes, least recently used out first. Thread-safe.
 */
final class RenderedNodes {

    /** What a key and an entry cost beside the bytes. */
    private static final long ENTRY_BYTES = 160;

    private record Key(String endpoint, String path, Language language) {
    }

    private final NodeSnapshots snapshots;
    private final KeptByGeneration<Key, byte[]> kept;
    private final LongAdder hits = new LongAdder();

    /**
     * @param snapshots whose generations the entries are checked against
     * @param maxBytes the bytes kept at most (0: nothing is kept)
     */
    RenderedNodes(NodeSnapshots snapshots, long maxBytes) {
        this.snapshots = snapshots;
        this.kept = new KeptByGeneration<>(maxBytes);
    }

    /**
     * The state now of every workspace an answer reads, read before rendering; negative when one of
     * them is not watched or nothing is kept (the answer is then written as it is made).
     */
    long stamp(List<String> workspaces) {
        if (kept.maxBytes() <= 0) {
            return -1;
        }
        long sum = 0;
        for (String workspace : workspaces) {
            long generation = snapshots.generation(workspace);
            if (generation < 0) {
                return -1;
            }
            sum += generation;
        }
        return sum;
    }

    /** The bytes kept for this node and language under exactly this stamp, or null. */
    byte[] get(String endpoint, String path, Language language, long stamp) {
        KeptByGeneration.Found<byte[]> found = kept.get(new Key(endpoint, path, language), stamp);
        if (found == null) {
            return null;
        }
        hits.increment();
        return found.value();
    }

    /** Keeps the bytes rendered under {@code stamp}. */
    void put(String endpoint, String path, Language language, long stamp, byte[] json) {
        kept.put(new Key(endpoint, path, language), stamp, json, ENTRY_BYTES + 2L * path.length() + json.length);
    }

    int size() {
        return kept.size();
    }

    long bytes() {
        return kept.bytes();
    }

    /** Answers copied from here. */
    long hits() {
        return hits.sum();
    }
}
