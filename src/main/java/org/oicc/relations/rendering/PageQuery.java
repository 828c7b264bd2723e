package org.oicc.relations.rendering;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of a page URL, as templates read them with {@code ctx.getParameter}
 * ({@code ?page=2}). They are part of the cache key, so they are kept small and plain: at most
 * {@value #MAX_PARAMETERS} parameters, each named once with a short name and a value of at most
 * {@value #MAX_VALUE} characters. Anything else is refused (a 400 page) rather than half read.
 */
final class PageQuery {

    static final int MAX_PARAMETERS = 8;
    static final int MAX_VALUE = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

    private PageQuery() {
    }

    /** @param raw the query string as sent (null for none); empty when it is refused */
    static Optional<Map<String, String>> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Optional.of(out);
        }
        String[] pairs = raw.split("&", -1);
        if (pairs.length > MAX_PARAMETERS) {
            return Optional.empty();
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value;
            try {
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // a broken %-escape
            }
            if (!NAME.matcher(name).matches() || value.length() > MAX_VALUE || out.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }
}
