package org.oicc.relations.definition;

import java.util.Locale;
import java.util.Optional;

/** Scalar property types of Magnolia content types, with the spelling their YAML uses. */
public enum ValueKind {
    STRING("String"),
    BOOLEAN("Boolean"),
    LONG("Long"),
    DOUBLE("Double"),
    DECIMAL("Decimal"),
    DATE("Date"),
    RICH_TEXT("richText"),
    /** A DAM asset, stored as its item key {@code jcr:<identifier>} (an asset node of the {@code dam} workspace). */
    ASSET("asset");

    private final String yamlName;

    ValueKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Kinds a query or a view can order by as numbers. */
    public boolean isNumber() {
        return this == LONG || this == DOUBLE || this == DECIMAL;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Magnolia accepts both {@code richText} and {@code RichText}; so do we, case-insensitively. */
    public static Optional<ValueKind> fromYaml(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ValueKind kind : values()) {
            if (kind.yamlName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
