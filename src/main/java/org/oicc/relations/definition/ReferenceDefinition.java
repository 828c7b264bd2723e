package org.oicc.relations.definition;

import java.util.regex.Pattern;

/**
 * One {@code references:} rule of a delivery endpoint: values of properties whose name matches
 * {@code propertyName} (a regular expression, whole name), on nodes of {@code nodeType} when given,
 * are identifiers resolved in {@code targetWorkspace} ({@code jcrReferenceResolver}).
 */
public record ReferenceDefinition(
        String name,
        Pattern propertyName,
        String nodeType,
        String targetWorkspace,
        boolean expand,
        boolean generateLink,
        Location location) {

    public boolean appliesTo(String property) {
        return propertyName.matcher(property).matches();
    }
}
