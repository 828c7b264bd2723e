package org.oicc.relations.delivery;

import org.oicc.relations.caching.ChangeStamp;
import org.oicc.relations.caching.ConditionalRequest;
import org.oicc.relations.caching.EntityTags;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** ETags, If-None-Match lists and cache keys, without a server. */
class HttpEntityTagsTest {

    private static final ChangeStamp STAMP = new ChangeStamp(new TreeMap<>(Map.of("organizations", 3L, "agreement-aims", 0L)), Instant.EPOCH);

    @Test
    void aTagDependsOnKeyGenerationsCodingAndTheProcess() {
        EntityTags tags = new EntityTags("salt");
        String tag = tags.of("key", STAMP, false);

        assertThat(tag).matches("\"[A-Za-z0-9_-]{27}\"").isEqualTo(tags.of("key", STAMP, false));
        assertThat(tags.of("other", STAMP, false)).isNotEqualTo(tag);
        assertThat(tags.of("key", new ChangeStamp(new TreeMap<>(Map.of("organizations", 4L, "agreement-aims", 0L)), Instant.EPOCH), false))
                .isNotEqualTo(tag);
        assertThat(tags.of("key", STAMP, true)).isEqualTo(tag.substring(0, tag.length() - 1) + "-gzip\"");
        assertThat(new EntityTags("another run").of("key", STAMP, false)).isNotEqualTo(tag);
    }

    @Test
    void ifNoneMatchIsAListComparedWeakly() {
        String tag = "\"abc\"";
        assertThat(ConditionalRequest.anyMatches("\"abc\"", tag)).isTrue();
        assertThat(ConditionalRequest.anyMatches("W/\"abc\"", tag)).isTrue();
        assertThat(ConditionalRequest.anyMatches("\"x\", \"abc\"", tag)).isTrue();
        assertThat(ConditionalRequest.anyMatches("\"x\",W/\"abc\"", tag)).isTrue();
        assertThat(ConditionalRequest.anyMatches(" * ", tag)).isTrue();
        assertThat(ConditionalRequest.anyMatches("\"x\", \"y\"", tag)).isFalse();
        assertThat(ConditionalRequest.anyMatches("\"ab\"", tag)).isFalse();
        assertThat(ConditionalRequest.anyMatches("abc", tag)).isFalse();
        assertThat(ConditionalRequest.anyMatches("\"abc", tag)).isFalse();
        assertThat(ConditionalRequest.anyMatches("\"x\", abc, \"abc\"", tag)).as("malformed: matches nothing").isFalse();
        assertThat(ConditionalRequest.anyMatches("", tag)).isFalse();
    }

    @Test
    void theCacheKeyIgnoresParameterOrderAndCannotBeForged() {
        PreparedAnswer answer = new PreparedAnswer("lang=en", Set.of("organizations"), "en", out -> { });
        Map<String, String[]> one = new LinkedHashMap<>();
        one.put("b", new String[] {"2", "1"});
        one.put("a", new String[] {"x"});
        Map<String, String[]> other = new LinkedHashMap<>();
        other.put("a", new String[] {"x"});
        other.put("b", new String[] {"1", "2"});

        String key = CacheKeys.of("delivery/o/v1", "/iula", CacheKeys.sorted(one), answer);

        assertThat(key).isEqualTo(CacheKeys.of("delivery/o/v1", "/iula", CacheKeys.sorted(other), answer))
                .isEqualTo("delivery/o/v1 %2Fiula?a=x&b=1&b=2 lang=en");
        // values that print alike in a naive key stay apart
        assertThat(CacheKeys.of("delivery/o/v1", "/", CacheKeys.sorted(Map.of("name", new String[] {"a&b=c"})), answer))
                .isNotEqualTo(CacheKeys.of("delivery/o/v1", "/", CacheKeys.sorted(Map.of("name", new String[] {"a"}, "b", new String[] {"c"})), answer));
    }
}
