package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place where a request becomes a cache key. Parameters are sorted by name and then value,
 * so {@code ?a=1&b=2} and {@code ?b=2&a=1} share an entry; every piece is URL-encoded, so no two
 * different requests can print alike. The handler's own key is appended for what the URL does not
 * say: the language chosen from {@code Accept-Language}.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    /** Parameters in the order the key uses; handlers get them in this order too, so their parsing is stable. */
    static Map<String, String[]> sorted(Map<String, String[]> params) {
        Map<String, String[]> sorted = new TreeMap<>();
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            String[] values = e.getValue().clone();
            Arrays.sort(values);
            sorted.put(e.getKey(), values);
        }
        return sorted;
    }

    static String of(String endpointPath, String subPath, Map<String, String[]> sortedParams, PreparedAnswer answer) {
        StringBuilder key = new StringBuilder(endpointPath).append(' ').append(encode(subPath)).append('?');
        boolean first = true;
        for (Map.Entry<String, String[]> e : sortedParams.entrySet()) {
            for (String value : e.getValue()) {
                key.append(first ? "" : "&").append(encode(e.getKey())).append('=').append(encode(value));
                first = false;
            }
        }
        return key.append(' ').append(answer.cacheKey()).toString();
    }

    private static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // what URLEncoder leaves as it is: letters, digits and . - * _
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '*' || c == '_')) {
                return URLEncoder.encode(text, StandardCharsets.UTF_8);
            }
        }
        return text;
    }
}
