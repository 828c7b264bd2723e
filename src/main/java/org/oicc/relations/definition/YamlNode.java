package org.oicc.relations.definition;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it stood, so every definition problem can name the file
 * and line to fix. {@code tag} is the YAML tag Magnolia uses for macros, without its leading {@code !} ({@code content-type:x} for {@code !content-type:x},
 * {@code !inherit:y}), or null.
 */
public sealed interface YamlNode {

    Location location();

    String tag();

    /** A mapping; keys keep file order, each with the location of the key itself. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Location> keyLocations, Location location, String tag)
            implements YamlNode {
    }

    record Sequence(List<YamlNode> items, Location location, String tag) implements YamlNode {
    }

    /** A scalar; {@code text} is null for YAML null. {@code plain} tells numbers/booleans from quoted text. */
    record Scalar(String text, Kind kind, Location location, String tag) implements YamlNode {
        public enum Kind { STRING, BOOLEAN, INTEGER, FLOAT, NULL }
    }

    default String describe() {
        if (this instanceof Mapping) {
            return "a mapping";
        }
        if (this instanceof Sequence) {
            return "a list";
        }
        Scalar s = (Scalar) this;
        return s.kind() == Scalar.Kind.NULL ? "nothing" : "'" + s.text() + "'";
    }
}
