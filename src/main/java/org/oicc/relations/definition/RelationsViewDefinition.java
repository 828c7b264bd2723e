package org.oicc.relations.definition;

/**
 * Extension beyond Magnolia ({@code $type: oiccRelationsView_v1}): the relations page's data in one
 * answer, from three content types of the module.
 */
public record RelationsViewDefinition(
        String name,
        String path,
        String organizationType,
        String categoryType,
        String aimType,
        Location location) implements EndpointDefinition {

    public static final String TYPE = "oiccRelationsView_v1";
}
