package org.oicc.relations.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties of one write, as JSON-like values (String, Boolean, Number, List, Map, or null) —
 * what Jackson gives for a JSON body or YAML. Keys are property names, with {@code _<locale>} for
 * translations ({@code name_ar}). A key mapped to {@code null} is kept: on update it means "remove",
 * which is different from not mentioning the key at all.
 */
public record ItemInput(Map<String, Object> values) {

    public ItemInput {
        // LinkedHashMap, not Map.copyOf: null values are meaningful and problem order follows input order
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ItemInput of(Map<String, ?> values) {
        return new ItemInput(new LinkedHashMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean mentions(String key) {
        return values.containsKey(key);
    }

    /** Builds an input in the order properties are given, allowing explicit nulls. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder put(String key, Object value) {
            values.put(key, value);
            return this;
        }

        public ItemInput build() {
            return new ItemInput(values);
        }
    }
}
