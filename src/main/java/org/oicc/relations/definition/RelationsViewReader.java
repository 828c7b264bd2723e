package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a relations view ({@code $type: oiccRelationsView_v1}) against the module's content types, so
 * the delivery code finds every property name resolved: which submodel ties organizations to
 * categories, which entry property references the aims, what each level shows and what orders it.
 * Everything is named in the YAML or found in the types; a name that does not fit is an error with
 * its line.
 */
final class RelationsViewReader {

    static final Set<String> KEYS = Set.of("$type", "endpointPath", "organizationType", "categoryType", "aimType",
            "organizationFields", "categoryFields", "entryFields", "aimFields", "entryAimFields", "orderBy");

    private final Map<String, ContentTypeDefinition> types;
    private final Problems problems;

    RelationsViewReader(Map<String, ContentTypeDefinition> types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    Optional<EndpointDefinition> read(String name, String path, YamlMapping f) {
        String where = "relations view " + name;
        f.allowOnly(KEYS, where);
        ContentTypeDefinition orgs = type(f, "organizationType", where);
        ContentTypeDefinition cats = type(f, "categoryType", where);
        ContentTypeDefinition aims = type(f, "aimType", where);
        if (orgs == null || cats == null || aims == null) {
            return Optional.empty();
        }
        Optional<PropertyDefinition> relationships = orgs.model().properties().stream()
                .filter(p -> p.isSubModel() && subModel(orgs, p).flatMap(m -> referenceTo(m, cats.name())).isPresent())
                .findFirst();
        if (relationships.isEmpty()) {
            problems.add(f.location(), "relations view: content type '" + orgs.name()
                    + "' has no submodel property referencing '" + cats.name() + "'");
            return Optional.empty();
        }
        SubModelDefinition entry = subModel(orgs, relationships.get()).orElseThrow();
        String category = referenceTo(entry, cats.name()).orElseThrow();
        String aimsProperty = referenceTo(entry, aims.name()).orElse(null);
        Set<String> structural = new HashSet<>(List.of(category));
        if (aimsProperty != null) {
            structural.add(aimsProperty);
        }
        List<String> orgFields = fields(f, "organizationFields", orgs.name(), orgs.model().properties(), orgs.model(), Set.of());
        List<String> catFields = fields(f, "categoryFields", cats.name(), cats.model().properties(), cats.model(), Set.of());
        List<String> entryFields = fields(f, "entryFields", orgs.name() + "." + entry.name(), entry.properties(), orgs.model(),
                structural);
        List<String> aimFields = fields(f, "aimFields", aims.name(), aims.model().properties(), aims.model(), Set.of());
        List<String> entryAimFields = fields(f, "entryAimFields", aims.name(), aims.model().properties(), aims.model(), Set.of());
        String orderBy = orderBy(f, where, Map.of(cats.model(), cats.model().properties(),
                orgs.model(), entry.properties(), aims.model(), aims.model().properties()),
                List.of(cats.name(), orgs.name() + "." + entry.name(), aims.name()));
        return Optional.of(new RelationsViewDefinition(name, path, orgs.name(), cats.name(), aims.name(),
                relationships.get().name(), category, aimsProperty, orgFields, catFields, entryFields, aimFields,
                entryAimFields, orderBy, f.location()));
    }

    private ContentTypeDefinition type(YamlMapping f, String key, String where) {
        String name = f.requiredString(key, where);
        if (name == null) {
            return null;
        }
        ContentTypeDefinition type = types.get(name);
        if (type == null) {
            problems.add(f.locationOf(key), where + " uses unknown content type '" + name + "' (known: "
                    + String.join(", ", types.keySet()) + ")");
        }
        return type;
    }

    /**
     * The listed fields, or every plain property in definition order. Submodels are no field (they
     * are lists of entries), and the entry's category and aims are written as the view's structure.
     */
    private List<String> fields(YamlMapping f, String key, String owner, List<PropertyDefinition> properties,
            ModelDefinition model, Set<String> structural) {
        Predicate<PropertyDefinition> shown = p -> !p.isSubModel() && !structural.contains(p.name());
        if (!f.has(key)) {
            return properties.stream().filter(shown).map(PropertyDefinition::name).toList();
        }
        List<String> out = new ArrayList<>();
        for (String field : f.strings(key)) {
            Optional<PropertyDefinition> p = properties.stream().filter(d -> d.name().equals(field)).findFirst();
            if (p.isPresent() && broken(model, p.get())) {
                continue; // its type is reported where it is declared
            }
            if (p.isEmpty()) {
                problems.add(f.locationOf(key), "'" + field + "' in " + key + " is not a property of " + owner + " (properties: "
                        + String.join(", ", properties.stream().map(PropertyDefinition::name).toList()) + ")");
            } else if (!shown.test(p.get())) {
                problems.add(f.locationOf(key), "'" + field + "' in " + key + " cannot be shown as a field: it is "
                        + (p.get().isSubModel() ? "a list of entries" : "written as the view's structure"));
            } else if (out.contains(field)) {
                problems.add(f.locationOf(key), "'" + field + "' is listed twice in " + key);
            } else {
                out.add(field);
            }
        }
        return out;
    }

    /** One numeric property that every ordered level has: categories, entries and aims (by the model declaring them). */
    private String orderBy(YamlMapping f, String where, Map<ModelDefinition, List<PropertyDefinition>> levels,
            List<String> levelNames) {
        String name = f.string("orderBy", null);
        if (name == null) {
            return null;
        }
        for (Map.Entry<ModelDefinition, List<PropertyDefinition>> level : levels.entrySet()) {
            Optional<PropertyDefinition> p = level.getValue().stream().filter(d -> d.name().equals(name)).findFirst();
            if (p.isPresent() && broken(level.getKey(), p.get())) {
                return null; // its type is reported where it is declared
            }
            boolean numeric = p.isPresent() && !p.get().multiple() && p.get().type() instanceof PropertyType.Scalar s
                    && s.kind().isNumber();
            if (!numeric) {
                problems.add(f.locationOf("orderBy"), where + ": orderBy '" + name
                        + "' must be a single numeric property of every level it orders: " + String.join(", ", levelNames));
                return null;
            }
        }
        return name;
    }

    /** A property whose type named no scalar, reference or submodel: the content type's own problem. */
    static boolean broken(ModelDefinition model, PropertyDefinition p) {
        return p.type() instanceof PropertyType.SubModel sub && model.subModel(sub.name()).isEmpty();
    }

    private static Optional<SubModelDefinition> subModel(ContentTypeDefinition type, PropertyDefinition p) {
        return type.model().subModel(((PropertyType.SubModel) p.type()).name());
    }

    private static Optional<String> referenceTo(SubModelDefinition model, String contentType) {
        return model.properties().stream()
                .filter(p -> p.type() instanceof PropertyType.Reference r && r.contentType().equals(contentType))
                .map(PropertyDefinition::name)
                .findFirst();
    }
}
