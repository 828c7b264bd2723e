package org.oicc.relations.definition;

import java.util.List;

/**
 * Extension beyond Magnolia ({@code $type: oiccRelationsView_v1}): the relations page's data in one
 * answer, from three content types of the module. Everything here is resolved and checked by the
 * loader: the organization's submodel property whose entries reference the category type
 * ({@code relationshipsProperty}), the entry's references to a category and to aims, the fields shown
 * at each level (as listed in the YAML, or every plain property of the type in definition order) and
 * the numeric property that orders categories, entries and aims.
 *
 * @param aimsProperty the entry's reference to the aim type, or null when entries have none
 * @param orderBy      the ordering property, or null to keep the stored order
 */
public record RelationsViewDefinition(
        String name,
        String path,
        String organizationType,
        String categoryType,
        String aimType,
        String relationshipsProperty,
        String categoryProperty,
        String aimsProperty,
        List<String> organizationFields,
        List<String> categoryFields,
        List<String> entryFields,
        List<String> aimFields,
        List<String> entryAimFields,
        String orderBy,
        Location location) implements EndpointDefinition {

    public static final String TYPE = "oiccRelationsView_v1";

    public RelationsViewDefinition {
        organizationFields = List.copyOf(organizationFields);
        categoryFields = List.copyOf(categoryFields);
        entryFields = List.copyOf(entryFields);
        aimFields = List.copyOf(aimFields);
        entryAimFields = List.copyOf(entryAimFields);
    }
}
