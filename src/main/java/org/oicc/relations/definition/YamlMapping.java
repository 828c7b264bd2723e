package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the keys of a YAML mapping. A key of the wrong shape is reported with its line
 * and read as absent, so checking goes on and every problem of a file is found in one run.
 */
final class YamlMapping {

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    YamlMapping(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** The node as a mapping, or null after reporting what it is instead. */
    static YamlMapping of(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return new YamlMapping(m, problems);
        }
        problems.add(node.location(), what + " must be a mapping, found " + node.describe());
        return null;
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    Location location() {
        return mapping.location();
    }

    Location locationOf(String key) {
        return mapping.keyLocations().getOrDefault(key, mapping.location());
    }

    boolean has(String key) {
        YamlNode n = mapping.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL);
    }

    YamlNode node(String key) {
        return mapping.entries().get(key);
    }

    /** Keys this runtime does not know are errors: silently ignoring a definition is not honouring it. */
    void allowOnly(Set<String> known, String where) {
        for (String key : mapping.entries().keySet()) {
            if (!known.contains(key)) {
                problems.add(locationOf(key), "unknown key '" + key + "' in " + where
                        + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    String string(String key, String fallback) {
        YamlNode n = mapping.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.add(n.location(), "'" + key + "' must be a text value, found " + n.describe());
        return fallback;
    }

    String requiredString(String key, String where) {
        String value = string(key, null);
        if (value == null || value.isBlank()) {
            if (!mapping.entries().containsKey(key) || value == null) {
                problems.add(mapping.location(), "missing required key '" + key + "' in " + where);
            } else {
                problems.add(locationOf(key), "'" + key + "' must not be blank in " + where);
            }
            return null;
        }
        return value;
    }

    boolean bool(String key, boolean fallback) {
        YamlNode n = mapping.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        problems.add(n.location(), "'" + key + "' must be true or false, found " + n.describe());
        return fallback;
    }

    List<String> strings(String key) {
        YamlNode n = mapping.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            problems.add(n.location(), "'" + key + "' must be a list, found " + n.describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.text() != null) {
                out.add(s.text());
            } else {
                problems.add(item.location(), "'" + key + "' entries must be text values, found " + item.describe());
            }
        }
        return out;
    }

    Map<String, String> stringMap(String key) {
        YamlNode n = mapping.entries().get(key);
        if (n == null) {
            return Map.of();
        }
        YamlMapping inner = of(n, "'" + key + "'", problems);
        if (inner == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : inner.mapping.entries().keySet()) {
            String v = inner.string(k, null);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }
}
