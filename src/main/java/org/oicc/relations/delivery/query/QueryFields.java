package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.repository.MgnlNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The property names a query may name, and so the only ones ever written into a statement: the
 * endpoint's content-type properties, their stored translations ({@code title_ar}), Magnolia's and
 * JCR's system names, {@code @name}, and one step into a submodel ({@code relationships.category}).
 * Anything else is a 400 naming the parameter, before a repository is touched. The OpenAPI document
 * lists its filters from {@link #filterables()} and {@link #systemFilters()}, so the document says
 * what this class accepts and nothing else.
 */
public final class QueryFields {

    static final String NAME = "@name";
    static final String ANCESTOR = "@ancestor";

    private static final Map<String, ValueKind> SYSTEM = Map.of(
            MgnlNames.CREATED, ValueKind.DATE,
            MgnlNames.LAST_MODIFIED, ValueKind.DATE,
            MgnlNames.CREATED_BY, ValueKind.STRING,
            MgnlNames.LAST_MODIFIED_BY, ValueKind.STRING,
            "jcr:uuid", ValueKind.STRING);

    /**
     * A content-type property a query may filter on, as documented: {@code name} is the parameter
     * ({@code relationships.category} for a submodel's property), {@code translations} the stored
     * translations that may be named outright ({@code title_ar}).
     */
    public record Filterable(String name, PropertyDefinition property, String subModel, List<String> translations) {
    }

    /** Where the entries of a submodel property live: a container child with entries, or one child. */
    record SubModel(String property, boolean multiple) {
    }

    /**
     * @param property the JCR property name (or {@link #NAME})
     * @param i18n whether a localized request reads its translation, falling back to this one
     * @param subModel the submodel whose entries carry the property, or null for the item itself
     */
    record Field(String property, ValueKind kind, boolean i18n, SubModel subModel) {

        boolean isNodeName() {
            return NAME.equals(property);
        }
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, SubModel> subModels = new LinkedHashMap<>();
    private final List<Filterable> filterables = new ArrayList<>();
    private final Optional<String> defaultOrder;

    private QueryFields(ContentTypeDefinition type, ContentLocales locales, String defaultOrder) {
        fields.put(NAME, new Field(NAME, ValueKind.STRING, false, null));
        SYSTEM.forEach((name, kind) -> fields.put(name, new Field(name, kind, false, null)));
        // "@jcr:uuid=<id>" is how Magnolia users commonly fetch one item by id through a query
        fields.put("@jcr:uuid", fields.get("jcr:uuid"));
        if (type != null) {
            for (PropertyDefinition p : type.model().properties()) {
                if (p.type() instanceof PropertyType.SubModel sub) {
                    SubModel where = new SubModel(p.name(), p.multiple());
                    subModels.put(p.name(), where);
                    type.model().subModel(sub.name()).map(SubModelDefinition::properties).orElse(List.of())
                            .forEach(sp -> add(sp, where, locales));
                } else {
                    add(p, null, locales);
                }
            }
        }
        this.defaultOrder = Optional.ofNullable(defaultOrder);
    }

    /** @param defaultOrder the endpoint's {@code orderBy} (checked by the loader), or null for the node name */
    public static QueryFields of(ContentTypeDefinition typeOrNull, ContentLocales locales, String defaultOrder) {
        return new QueryFields(typeOrNull, locales, defaultOrder);
    }

    private void add(PropertyDefinition p, SubModel where, ContentLocales locales) {
        String prefix = where == null ? "" : where.property() + ".";
        ValueKind kind = kindOf(p);
        fields.put(prefix + p.name(), new Field(p.name(), kind, p.i18n(), where));
        List<String> translations = new ArrayList<>();
        if (p.i18n()) {
            // a stored translation named outright compares as stored, with no fallback
            for (String locale : locales.translations()) {
                String stored = locales.propertyName(p.name(), locale);
                fields.put(prefix + stored, new Field(stored, kind, false, where));
                translations.add(prefix + stored);
            }
        }
        filterables.add(new Filterable(prefix + p.name(), p, where == null ? null : where.property(), translations));
    }

    /** The content type's filters in definition order, each with the translations it may also be named by. */
    public List<Filterable> filterables() {
        return Collections.unmodifiableList(filterables);
    }

    /** Magnolia's and JCR's system properties a query may filter on, whatever the type. */
    public List<String> systemFilters() {
        return fields.keySet().stream().filter(k -> !NAME.equals(k) && fields.get(k).subModel() == null
                && filterables.stream().noneMatch(f -> f.name().equals(k) || f.translations().contains(k))).sorted().toList();
    }

    /** The names an {@code orderBy} key may take: the item's own properties, translations and system properties. */
    public List<String> orderable() {
        return fields.entrySet().stream().filter(e -> e.getValue().subModel() == null).map(Map.Entry::getKey).sorted().toList();
    }

    /** Whether a filter on this name is answered rather than refused. */
    public boolean accepts(String name) {
        return fields.containsKey(name);
    }

    private static ValueKind kindOf(PropertyDefinition p) {
        // references are stored as the target's identifier, a string
        return p.type() instanceof PropertyType.Scalar scalar ? scalar.kind() : ValueKind.STRING;
    }

    /** The field a filter names. */
    Field filterField(Filter filter) {
        Field field = fields.get(filter.property());
        if (field == null) {
            throw DeliveryException.badParameter(Printable.of(filter.parameter()), unknown(filter.property()));
        }
        return field;
    }

    /** The field an {@code orderBy} key names: the item's own properties only. */
    Field orderField(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw DeliveryException.badParameter("orderBy", unknown(name));
        }
        if (field.subModel() != null) {
            throw DeliveryException.badParameter("orderBy", "cannot order by '" + name
                    + "': an item may hold several entries, so it has no single value");
        }
        return field;
    }

    /** The endpoint's declared default order, else none (order by node name). */
    Optional<String> defaultOrder() {
        return defaultOrder;
    }

    private String unknown(String name) {
        if (subModels.containsKey(name)) {
            return "'" + Printable.of(name) + "' holds entries; name one of their properties, e.g. '"
                    + name + "." + fields.entrySet().stream().filter(e -> e.getValue().subModel() != null
                    && e.getValue().subModel().property().equals(name)).map(e -> e.getValue().property())
                    .findFirst().orElse("...") + "'";
        }
        return "unknown property '" + Printable.of(name) + "'";
    }
}
