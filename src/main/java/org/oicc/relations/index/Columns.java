package org.oicc.relations.index;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ValueKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties the index keeps for one level of a content type (its items, or the entries of one
 * submodel), each with a fixed position in the nodes' value arrays: the model's properties but rich
 * text (never filtered by value, and the bulk of an item's bytes), each i18n property's stored
 * translations ({@code name_ar}) as columns of their own, and for items the system properties a
 * delivery query may name. Fixed positions keep a node's values in one small array.
 */
final class Columns {

    private final List<String> names = new ArrayList<>();
    private final List<Boolean> shared = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    /** base column -> translation columns by locale */
    private final Map<Integer, Map<String, Integer>> translations = new HashMap<>();

    /**
     * Adds the kept properties of a model level (submodel properties are not columns). Identifiers
     * and options repeat across items: one instance each. So do the values of entries
     * ({@code allRepeated}): a role, a position, a category are labels many entries share.
     */
    void addModel(List<PropertyDefinition> properties, ContentLocales locales, boolean allRepeated) {
        for (PropertyDefinition p : properties) {
            if (p.isSubModel() || isRichText(p)) {
                continue;
            }
            boolean repeated = allRepeated || p.isReference() || !p.options().isEmpty();
            int base = add(p.name(), repeated);
            if (p.i18n()) {
                Map<String, Integer> byLocale = new HashMap<>();
                for (String locale : locales.translations()) {
                    byLocale.put(locale, add(locales.propertyName(p.name(), locale), repeated));
                }
                translations.put(base, byLocale);
            }
        }
    }

    /** A property outside the model (a system property); ignored when already a column. */
    int add(String name, boolean repeated) {
        Integer known = positions.get(name);
        if (known != null) {
            return known;
        }
        names.add(name);
        shared.add(repeated);
        positions.put(name, names.size() - 1);
        return names.size() - 1;
    }

    private static boolean isRichText(PropertyDefinition p) {
        return p.type() instanceof PropertyType.Scalar scalar && scalar.kind() == ValueKind.RICH_TEXT;
    }

    int size() {
        return names.size();
    }

    /** The column of a JCR property name, or -1 when the index does not keep it. */
    int position(String name) {
        Integer p = positions.get(name);
        return p == null ? -1 : p;
    }

    /** The column holding the translation of a base column in {@code locale}, or -1 when there is none. */
    int translation(int base, String locale) {
        Map<String, Integer> byLocale = translations.get(base);
        if (byLocale == null || locale == null) {
            return -1;
        }
        Integer p = byLocale.get(locale);
        return p == null ? -1 : p;
    }

    /** Every translation column of a base column (none for a property that is not i18n). */
    List<Integer> translationsOf(int base) {
        Map<String, Integer> byLocale = translations.get(base);
        return byLocale == null ? List.of() : List.copyOf(byLocale.values());
    }

    boolean repeated(int column) {
        return shared.get(column);
    }

    String name(int column) {
        return names.get(column);
    }
}
