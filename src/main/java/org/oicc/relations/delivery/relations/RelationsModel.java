package org.oicc.relations.delivery.relations;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.definition.SubModelDefinition;

import java.util.List;
import java.util.Optional;

/**
 * A relations view with its three content types and the relationship submodel looked up once. The
 * loader resolved and checked every name (which submodel, which references, which fields), so this
 * only fetches the definitions by those names.
 */
public record RelationsModel(
        RelationsViewDefinition view,
        ContentTypeDefinition organizations,
        ContentTypeDefinition categories,
        ContentTypeDefinition aims,
        SubModelDefinition relationship) {

    public RelationsModel(RelationsViewDefinition view, LightModule module) {
        this(view, type(module, view.organizationType()), type(module, view.categoryType()), type(module, view.aimType()),
                relationship(type(module, view.organizationType()), view.relationshipsProperty()));
    }

    private static ContentTypeDefinition type(LightModule module, String name) {
        return module.contentType(name).orElseThrow(() -> new IllegalArgumentException("unknown content type " + name));
    }

    private static SubModelDefinition relationship(ContentTypeDefinition organizations, String property) {
        PropertyDefinition p = organizations.model().property(property).orElseThrow();
        return organizations.model().subModel(((PropertyType.SubModel) p.type()).name()).orElseThrow();
    }

    /** The definition of a displayed property of a type. */
    public static Optional<PropertyDefinition> property(ContentTypeDefinition type, String name) {
        return type.model().property(name);
    }

    public Optional<PropertyDefinition> entryProperty(String name) {
        return relationship.property(name);
    }

    /** Every workspace an answer reads (its cache entry depends on all three). */
    public List<String> workspaces() {
        return List.of(organizations.workspace(), categories.workspace(), aims.workspace());
    }
}
