package org.oicc.relations.caching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code Last-Modified} as an IMF-fixdate ({@code Tue, 01 Dec 2026 16:48:00 GMT}, RFC 9110 §5.6.7),
 * the last one kept: every answer carries the date of the latest change, which moves only when
 * content does, so formatting it again for each answer would be wasted work.
 */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Formatted(long epochSecond, String text) {
    }

    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private HttpDates() {
    }

    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted kept = last;
        if (kept.epochSecond() == second) {
            return kept.text();
        }
        String text = IMF_FIXDATE.format(Instant.ofEpochSecond(second));
        last = new Formatted(second, text);
        return text;
    }
}
