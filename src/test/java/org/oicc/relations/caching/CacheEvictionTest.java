package org.oicc.relations.caching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The response cache: fresh only at the generations it was rendered at, bounded by bytes, LRU. */
class CacheEvictionTest {

    private static final ChangeStamp GEN_0 = stamp(0);
    private static final ChangeStamp GEN_1 = stamp(1);

    @Test
    void anEntryIsServedOnlyWhileItsWorkspacesAreUnchanged() {
        ResponseCache cache = new ResponseCache(10_000);
        cache.put("a", answer(100, GEN_0));

        assertThat(cache.fresh("a", GEN_0)).isNotNull();
        assertThat(cache.fresh("a", GEN_1)).isNull();
        assertThat(cache.fresh("b", GEN_0)).isNull();
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirstWhenTheBytesRunOut() {
        ResponseCache cache = new ResponseCache(8 * (1000 + 256));
        cache.put("a", answer(1000, GEN_0));
        cache.put("b", answer(1000, GEN_0));
        cache.fresh("a", GEN_0);
        for (int i = 0; i < 7; i++) {
            cache.put("c" + i, answer(1000, GEN_0));
            cache.put("c" + i, answer(1000, GEN_0)); // a key new to a full cache is kept the second time
        }

        assertThat(cache.keys()).doesNotContain("b").contains("a", "c6");
        assertThat(cache.bytes()).isLessThanOrEqualTo(8 * (1000 + 256));
        assertThat(cache.size()).isEqualTo(8);
    }

    @Test
    void aNewKeyMeetingAFullCacheIsKeptOnlyTheSecondTimeSoAFloodOfOneOffKeysLeavesTheEntriesAskedForAgain() {
        ResponseCache cache = new ResponseCache(8 * (1000 + 256));
        java.util.List<String> hot = java.util.List.of("a", "b", "c", "d", "e", "f", "g", "h");
        for (String key : hot) {
            cache.put(key, answer(1000, GEN_0));
        }
        assertThat(cache.keys()).as("not full yet: every key kept at once").containsExactlyElementsOf(hot);

        for (int i = 0; i < 1000; i++) {
            cache.put("one-off-" + i, answer(1000, GEN_0));
        }

        assertThat(cache.keys()).containsExactlyElementsOf(hot);
        assertThat(cache.refusals()).isEqualTo(1000);
        assertThat(cache.evictions()).isZero();

        cache.put("one-off-999", answer(1000, GEN_0));
        assertThat(cache.keys()).as("asked for again: kept, the least recently used out").containsExactly("b", "c", "d", "e", "f", "g", "h", "one-off-999");
        cache.put("a", answer(1000, GEN_1));
        cache.put("a", answer(1000, GEN_1));
        assertThat(cache.fresh("a", GEN_1)).isNotNull();
    }

    @Test
    void aStaleEntryIsReplacedAtOnceEvenWhenTheCacheIsFull() {
        ResponseCache cache = new ResponseCache(8 * (1000 + 256));
        for (int i = 0; i < 7; i++) {
            cache.put("b" + i, answer(1000, GEN_0));
        }
        cache.put("a", answer(1000, GEN_0));

        cache.put("a", answer(1000, GEN_1));

        assertThat(cache.fresh("a", GEN_1)).isNotNull();
        assertThat(cache.refusals()).isZero();
    }

    @Test
    void replacingAnEntryCountsItsBytesOnce() {
        ResponseCache cache = new ResponseCache(100_000);
        cache.put("a", answer(1000, GEN_0));
        cache.put("a", answer(2000, GEN_1));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(2000 + 256);
        assertThat(cache.fresh("a", GEN_1).identity()).hasSize(2000);
    }

    @Test
    void oneHugeAnswerIsNotKeptAtTheExpenseOfAllOthers() {
        ResponseCache cache = new ResponseCache(8000);
        cache.put("small", answer(100, GEN_0));
        cache.put("huge", answer(5000, GEN_0));

        assertThat(cache.keys()).containsExactly("small");
    }

    @Test
    void theGzippedBytesCount() {
        CachedAnswer both = new CachedAnswer(new byte[2000], new byte[300], "en", GEN_0);

        assertThat(both.weight()).isEqualTo(2000 + 300 + 256);
    }

    @Test
    void aZeroSizedCacheKeepsNothing() {
        ResponseCache cache = new ResponseCache(0);
        cache.put("a", answer(1, GEN_0));

        assertThat(cache.size()).isZero();
    }

    private static CachedAnswer answer(int bytes, ChangeStamp stamp) {
        return new CachedAnswer(new byte[bytes], null, "en", stamp);
    }

    private static ChangeStamp stamp(long generation) {
        return new ChangeStamp(new TreeMap<>(Map.of("organizations", generation)), Instant.EPOCH);
    }

    @Test
    void theDefaultBudgetIsASixteenthOfTheHeapUpTo32MiB() {
        long mib = 1024 * 1024;
        assertThat(ResponseCache.budgetFor(256 * mib)).isEqualTo(16 * mib);
        assertThat(ResponseCache.budgetFor(6L * 1024 * mib)).isEqualTo(ResponseCache.DEFAULT_MAX_BYTES);
        assertThat(ResponseCache.budgetFor(32 * mib)).isEqualTo(4 * mib);
    }
}
