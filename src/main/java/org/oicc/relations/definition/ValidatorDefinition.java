package org.oicc.relations.definition;

/**
 * A field validator taken from an app's form ({@code $type: regexpValidator}), so the rule Magnolia
 * enforces in AdminCentral is the rule the standalone content service enforces on every write.
 */
public record ValidatorDefinition(String name, String type, String pattern, String errorMessage, Location location) {
}
