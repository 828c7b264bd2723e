package org.oicc.relations.caching;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** ETags and If-None-Match lists, without a server. */
class EntityTagsTest {

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
    void aTagOfBytesDependsOnTheBytesOnly() {
        byte[] css = "body { color: black }".getBytes(StandardCharsets.UTF_8);
        String tag = EntityTags.ofBytes(css);

        assertThat(tag).matches("\"[A-Za-z0-9_-]{27}\"").isEqualTo(EntityTags.ofBytes(css.clone()));
        assertThat(EntityTags.ofBytes("body { color: white }".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
    }

    @Test
    void aStarMatchesOnlyAsTheWholeHeader() {
        // RFC 9110 §13.1.2: If-None-Match is "*" or a list of entity tags, never both
        assertThat(ConditionalRequest.anyMatches("*", "\"abc\"")).isTrue();
        assertThat(ConditionalRequest.anyMatches("\"x\", *", "\"abc\"")).isFalse();
        assertThat(ConditionalRequest.anyMatches("*, \"x\"", "\"abc\"")).isFalse();
    }
}
