package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Cache keys, without a server (their ETags and If-None-Match: caching.EntityTagsTest). */
class CacheKeysTest {

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
