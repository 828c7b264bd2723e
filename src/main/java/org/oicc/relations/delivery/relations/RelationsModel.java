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
 * The three content types of a relations view and the properties that tie them together, found in
 * the definitions rather than assumed: the organization's submodel property whose entries reference
 * the category type is the relationships list, and the entry's references to the category and aim
 * types are the category and aims. The displayed properties ({@code title}, {@code role}, ...) keep
 * their names; one a type lacks is simply never present in the answer.
 */
public record RelationsModel(
        ContentTypeDefinition organizations,
        ContentTypeDefinition categories,
        ContentTypeDefinition aims,
        String relationshipsProperty,
        SubModelDefinition relationship,
        String categoryProperty,
        String aimsProperty) {

    /** Shown for each organization in an entry. */
    public static final List<String> ORGANIZATION_FIELDS = List.of("name", "acronym", "website");
    /** Shown for each category, besides its entries. */
    public static final List<String> CATEGORY_FIELDS = List.of("title", "kind", "intro");
    /** Shown for each entry besides its organization and aims; {@code since} as a plain date. */
    public static final List<String> ENTRY_FIELDS = List.of("role", "since", "note");
    /** Shown for each aim of the aims list. */
    public static final List<String> AIM_FIELDS = List.of("title", "description", "domains", "position");
    /** Orders categories, entries and aims. */
    public static final String POSITION = "position";

    /** @throws IllegalArgumentException when the types are not connected as a relations view needs */
    public static RelationsModel of(RelationsViewDefinition view, LightModule module) {
        ContentTypeDefinition orgs = type(module, view, view.organizationType());
        ContentTypeDefinition cats = type(module, view, view.categoryType());
        ContentTypeDefinition aims = type(module, view, view.aimType());
        for (PropertyDefinition p : orgs.model().properties()) {
            if (p.type() instanceof PropertyType.SubModel sub) {
                Optional<SubModelDefinition> model = orgs.model().subModel(sub.name());
                Optional<String> category = model.flatMap(m -> referenceTo(m, cats.name()));
                if (category.isPresent()) {
                    return new RelationsModel(orgs, cats, aims, p.name(), model.get(), category.get(),
                            referenceTo(model.get(), aims.name()).orElse(null));
                }
            }
        }
        throw new IllegalArgumentException(view.location().file() + ": content type '" + orgs.name()
                + "' has no submodel property referencing '" + cats.name() + "', which a relations view needs");
    }

    private static ContentTypeDefinition type(LightModule module, RelationsViewDefinition view, String name) {
        return module.contentType(name).orElseThrow(() -> new IllegalArgumentException(
                view.location().file() + ": relations view uses unknown content type '" + name + "'"));
    }

    private static Optional<String> referenceTo(SubModelDefinition model, String contentType) {
        return model.properties().stream()
                .filter(p -> p.type() instanceof PropertyType.Reference r && r.contentType().equals(contentType))
                .map(PropertyDefinition::name)
                .findFirst();
    }

    /** The definition of a displayed property, when the type has it. */
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
