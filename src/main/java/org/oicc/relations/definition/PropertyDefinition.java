package org.oicc.relations.definition;

import java.util.List;

/**
 * One property of a content-type model or submodel. {@code options} restricts a String to a fixed
 * set; {@code validators} come from the content app's form definition for this property;
 * {@code description} is the help text under its field in a form (a message key or the text), or null.
 */
public record PropertyDefinition(
        String name,
        PropertyType type,
        boolean required,
        boolean multiple,
        boolean i18n,
        List<String> options,
        String label,
        List<ValidatorDefinition> validators,
        Location location,
        String description) {

    /** A property without help text. */
    public PropertyDefinition(String name, PropertyType type, boolean required, boolean multiple, boolean i18n, List<String> options,
                              String label, List<ValidatorDefinition> validators, Location location) {
        this(name, type, required, multiple, i18n, options, label, validators, location, null);
    }

    public PropertyDefinition {
        options = List.copyOf(options);
        validators = List.copyOf(validators);
    }

    public PropertyDefinition withValidators(List<ValidatorDefinition> more) {
        return new PropertyDefinition(name, type, required, multiple, i18n, options, label, more, location, description);
    }

    public boolean isSubModel() {
        return type instanceof PropertyType.SubModel;
    }

    /** An {@code asset} property: a scalar holding a DAM item key {@code jcr:<identifier>}. */
    public boolean isAsset() {
        return type instanceof PropertyType.Scalar s && s.kind() == ValueKind.ASSET;
    }

    public boolean isReference() {
        return type instanceof PropertyType.Reference;
    }
}
