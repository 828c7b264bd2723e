package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.io.SerializedString;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.repository.MgnlNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link PropertyWriter} works out once per model rather than once per node written: each
 * defined property's key (and its translations' keys, in locale order), whether it is rich text,
 * and the set of keys the model accounts for. The keys are pre-encoded for Jackson.
 */
final class PropertyPlan {

    /** One property of the model, submodels left out (they are child nodes). */
    record Defined(String name, SerializedString key, boolean i18n, boolean rich, List<String> translations,
                   List<SerializedString> translationKeys) {
    }

    /** The properties outside the model a node carries, in the order they are written. */
    record Rest(List<String> others, List<SerializedString> otherKeys, List<String> system, List<SerializedString> systemKeys) {
    }

    private final List<Defined> defined;
    private final Set<String> done;
    private final List<String> translations;

    PropertyPlan(List<PropertyDefinition> model, ContentLocales locales) {
        this.translations = List.copyOf(locales.translations());
        List<Defined> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (PropertyDefinition definition : model) {
            if (definition.isSubModel()) {
                continue;
            }
            String name = definition.name();
            names.add(name);
            List<String> keys = new ArrayList<>();
            List<SerializedString> encoded = new ArrayList<>();
            if (definition.i18n()) {
                for (String locale : translations) {
                    String key = locales.propertyName(name, locale);
                    names.add(key);
                    keys.add(key);
                    encoded.add(new SerializedString(key));
                }
            }
            list.add(new Defined(name, new SerializedString(name), definition.i18n(), isRichText(definition), List.copyOf(keys),
                    List.copyOf(encoded)));
        }
        this.defined = List.copyOf(list);
        this.done = Set.copyOf(names);
    }

    List<Defined> defined() {
        return defined;
    }

    /**
     * The other properties of a node: outside the model, not {@code jcr:*}/{@code rep:*}, and in a
     * localized answer not a translation key; then the {@code mgnl:*} ones apart. Each by name.
     */
    Rest rest(Set<String> stored, boolean all) {
        Set<String> others = new TreeSet<>();
        Set<String> system = new TreeSet<>();
        for (String name : stored) {
            if (name.startsWith(MgnlNames.PREFIX)) {
                system.add(name);
            } else if (!done.contains(name) && !name.startsWith("jcr:") && !name.startsWith("rep:")
                    && (all || !isTranslationKey(name))) {
                others.add(name);
            }
        }
        return new Rest(List.copyOf(others), encode(others), List.copyOf(system), encode(system));
    }

    private static List<SerializedString> encode(Set<String> names) {
        return names.stream().map(SerializedString::new).toList();
    }

    private boolean isTranslationKey(String name) {
        for (String locale : translations) {
            if (name.endsWith("_" + locale) && name.length() > locale.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Rich text is checked against the pages' safelist on the way out too: values stored before writes were checked. */
    private static boolean isRichText(PropertyDefinition definition) {
        return definition.type() instanceof org.oicc.relations.definition.PropertyType.Scalar scalar
                && scalar.kind() == ValueKind.RICH_TEXT;
    }
}
