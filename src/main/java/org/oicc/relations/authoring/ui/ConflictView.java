package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What another editor changed, field by field, when a save is refused as stale. The form carries
 * the values it was opened with ({@code _base}, the stored item flattened to {@code field → text});
 * on a conflict they are compared with what is stored now (their change) and with the editor's
 * input (to mark the fields both changed). The base is only shown, never written, so a forged one
 * can only mislabel the editor's own page.
 */
final class ConflictView {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BASE = 200_000;

    private ConflictView() {
    }

    /** The base a form carries: its item's stored values, flattened, as JSON text. */
    static String base(Map<String, Object> stored) {
        try {
            return JSON.writeValueAsString(flatten(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return one row per field the other editor changed: {@code field}, {@code was}, {@code now},
     * {@code yours}, and {@code both} when the editor's input also differs from the base; fields and
     * values in the words of {@code labels} (the technical key and stored text when null)
     */
    static List<Map<String, Object>> changes(String base, Map<String, Object> current, Map<String, Object> input, ConflictLabels labels) {
        Map<String, String> was = parse(base);
        Map<String, String> now = flatten(current);
        Map<String, String> mine = flatten(input);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys) {
            String a = was.getOrDefault(k, "");
            String b = now.getOrDefault(k, "");
            if (!a.equals(b)) {
                String yours = mine.getOrDefault(k, "");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", k);
                row.put("field", labels == null ? label(k) : labels.field(k, was, now));
                row.put("was", labels == null ? a : labels.value(k, a));
                row.put("now", labels == null ? b : labels.value(k, b));
                row.put("yours", labels == null ? yours : labels.value(k, yours));
                row.put("both", !yours.equals(a) && !yours.equals(b));
                out.add(row);
            }
        }
        return out;
    }

    private static Map<String, String> parse(String base) {
        if (base == null || base.isEmpty() || base.length() > MAX_BASE) {
            return Map.of();
        }
        try {
            Map<String, String> m = JSON.readValue(base, new TypeReference<LinkedHashMap<String, String>>() { });
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException | RuntimeException e) {
            return Map.of();
        }
    }

    /** {@code relationships[1].role} → {@code relationships 2 · role}; translations keep their suffix. */
    private static String label(String key) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(key);
        int last = 0;
        while (m.find()) {
            out.append(key, last, m.start()).append(' ').append(Integer.parseInt(m.group(1)) + 1);
            last = m.end();
        }
        out.append(key.substring(last));
        return out.toString().replace(".", " · ");
    }

    static Map<String, String> flatten(Map<String, ?> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> flatten(k, v, out));
        return out;
    }

    private static void flatten(String key, Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(key + "." + k, v, out));
        } else if (value instanceof List<?> list) {
            boolean entries = list.stream().anyMatch(v -> v instanceof Map);
            if (entries) {
                for (int i = 0; i < list.size(); i++) {
                    flatten(key + "[" + i + "]", list.get(i), out);
                }
            } else {
                List<String> texts = list.stream().filter(v -> v != null && !String.valueOf(v).isBlank()).map(String::valueOf).toList();
                if (!texts.isEmpty()) {
                    out.put(key, String.join(", ", texts));
                }
            }
        } else if (!String.valueOf(value).isBlank()) {
            out.put(key, String.valueOf(value));
        }
    }
}
