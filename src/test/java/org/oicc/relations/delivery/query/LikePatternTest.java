package org.oicc.relations.delivery.query;

import org.apache.jackrabbit.core.query.lucene.Util;
import org.junit.jupiter.api.Test;
import org.oicc.relations.delivery.endpoint.DeliveryException;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link LikePattern} means what JCR-SQL2 {@code LIKE} meant when the repository matched it:
 * checked against Jackrabbit's own translation to a regular expression, on chosen cases and on
 * random ones, and refused with a 400 past its caps.
 */
class LikePatternTest {

    private static boolean like(String pattern, String value) {
        return LikePattern.parse("p[like]", pattern).matches(value);
    }

    @Test
    void percentIsAnyRunUnderscoreOneCharacterAndTheWholeValueMustMatch() {
        assertThat(like("UN%", "UNICEF")).isTrue();
        assertThat(like("UN%", "xUNICEF")).isFalse();
        assertThat(like("%Islamic%", "Islamic Development Bank")).isTrue();
        assertThat(like("%Bank", "Islamic Development Bank")).isTrue();
        assertThat(like("%Bank", "Bank of")).isFalse();
        assertThat(like("I%c%k", "Islamic Development Bank")).isTrue();
        assertThat(like("a%b", "a")).isFalse();
        assertThat(like("ab%ba", "aba")).isFalse();
        assertThat(like("_DB", "IDB")).isTrue();
        assertThat(like("_DB", "DB")).isFalse();
        assertThat(like("IDB", "IDB")).isTrue();
        assertThat(like("IDB", "idb")).isFalse();
        assertThat(like("", "")).isTrue();
        assertThat(like("", "x")).isFalse();
        assertThat(like("%", "")).isTrue();
        assertThat(like("%%", "anything\nat all")).isTrue();
        assertThat(like("%البنك%", "البنك الإسلامي للتنمية")).isTrue();
        assertThat(like("_", "😀")).as("one code point, as the regular expression's dot").isTrue();
    }

    @Test
    void backslashEscapesAsInJackrabbit() {
        assertThat(like("100\\%", "100%")).isTrue();
        assertThat(like("100\\%", "1000")).isFalse();
        assertThat(like("a\\_b", "a_b")).isTrue();
        assertThat(like("a\\_b", "axb")).isFalse();
        assertThat(like("a\\\\b", "a\\b")).isTrue();
        assertThat(like("\\n", "\\n")).as("an escaped letter is a backslash and the letter").isTrue();
        assertThat(like("ab\\", "ab")).as("a trailing backslash is dropped").isTrue();
    }

    @Test
    void agreesWithJackrabbitsRegularExpressionOnRandomPatternsAndValues() {
        Random random = new Random(13);
        String patternAlphabet = "ab%_\\.";
        String valueAlphabet = "ab%_\\.\n";
        for (int i = 0; i < 20_000; i++) {
            String pattern = random(random, patternAlphabet, 8);
            String value = random(random, valueAlphabet, 10);
            boolean expected = Util.createRegexp(pattern).matcher(value).matches();
            assertThat(like(pattern, value)).as("'%s' like '%s'", value, pattern).isEqualTo(expected);
        }
    }

    @Test
    void theProbesPatternsAreMatchedWithoutBacktrackingOnALongValue() {
        // 10 runs of % over 100 000 characters: a regular expression would not finish
        String value = "e".repeat(100_000);
        assertThat(like("%e%e%e%e%e%e%e%e%e%QQQ", value)).isFalse();
        assertThat(like("%e%e%e%e%e%e%e%e%e%", value)).isTrue();
    }

    @Test
    void aPatternIsAtMostOneHundredCharacters() {
        assertThat(like("%" + "x".repeat(98) + "%", "x".repeat(98))).isTrue();
        assertThat(refused("x".repeat(101)).getMessage())
                .isEqualTo("parameter 'p[like]': a like pattern has at most 100 characters");
        assertThat(refused("x".repeat(101)).status()).isEqualTo(400);
        assertThat(refused("x".repeat(101)).code()).isEqualTo("invalidValueFormat");
    }

    @Test
    void aPatternHasAtMostTenRunsOfPercentAndConsecutiveOnesCountOnce() {
        assertThat(like("%%%%a%%%%b%%%%c%%%%d%%%%e%%%%f%%%%g%%%%h%%%%i%%%%", "abcdefghi")).isTrue();
        assertThat(refused("%o".repeat(12) + "%ZZ").getMessage())
                .isEqualTo("parameter 'p[like]': a like pattern has at most 10 '%' wildcards");
        assertThat(refused("%a".repeat(10) + "%").code()).isEqualTo("invalidValueFormat");
        assertThat(like("\\%".repeat(20), "%".repeat(20))).as("escaped % are no wildcards").isTrue();
    }

    private static DeliveryException refused(String pattern) {
        return catchThrowableOfType(DeliveryException.class, () -> LikePattern.parse("p[like]", pattern));
    }

    private static String random(Random random, String alphabet, int maxLength) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
