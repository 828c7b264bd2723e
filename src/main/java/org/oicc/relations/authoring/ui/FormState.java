package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the edit form holds, keyed by JCR property name as the content service expects
 * ({@code name_ar}): text as typed, checkboxes as Boolean, multi-value lists as lists of text
 * (blank rows included, so a row just added stays on screen), submodel entries as rows of the same.
 * The form is a whole representation of the definition: every declared property is on it, so a
 * field left empty means "remove", and stored properties the definition does not know are never
 * mentioned and therefore kept.
 *
 * <p>Request parameters: {@code p.<key>} for a value (repeated for a list),
 * {@code p.<submodel>} repeated with the row numbers in order, {@code p.<submodel>.<row>.<key>} for a
 * row's values.
 */
final class FormState {

    static final String PREFIX = "p.";

    private final ContentTypeDefinition type;
    private final ContentLocales locales;
    private final Map<String, Object> values;

    private FormState(ContentTypeDefinition type, ContentLocales locales, Map<String, Object> values) {
        this.type = type;
        this.locales = locales;
        this.values = values;
    }

    static FormState empty(ContentTypeDefinition type, ContentLocales locales) {
        return new FormState(type, locales, new LinkedHashMap<>());
    }

    Map<String, Object> values() {
        return values;
    }

    ContentTypeDefinition type() {
        return type;
    }

    /** From {@code ContentService.values}: stored values turned into what the controls show. */
    static FormState fromStored(ContentTypeDefinition type, ContentLocales locales, Map<String, Object> stored) {
        FormState state = empty(type, locales);
        state.values.putAll(storedProperties(type, locales, type.model().properties(), stored));
        return state;
    }

    private static Map<String, Object> storedProperties(ContentTypeDefinition type, ContentLocales locales,
                                                        List<PropertyDefinition> defs, Map<?, ?> stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDefinition def : defs) {
            for (String key : keys(def, locales)) {
                Object v = stored.get(key);
                if (v == null) {
                    continue;
                }
                if (def.type() instanceof PropertyType.SubModel) {
                    SubModelDefinition sub = subModel(type, def);
                    List<Object> rows = new ArrayList<>();
                    for (Object entry : v instanceof List<?> list ? list : List.of(v)) {
                        if (entry instanceof Map<?, ?> map) {
                            rows.add(storedProperties(type, locales, sub.properties(), map));
                        }
                    }
                    out.put(key, rows);
                } else if (def.multiple()) {
                    List<Object> texts = new ArrayList<>();
                    for (Object one : v instanceof List<?> list ? list : List.of(v)) {
                        texts.add(text(def, one));
                    }
                    out.put(key, texts);
                } else {
                    out.put(key, kind(def) == ValueKind.BOOLEAN ? Boolean.valueOf(String.valueOf(v)) : text(def, v));
                }
            }
        }
        return out;
    }

    /** From a submitted form; {@code param} gives a parameter's values in submission order, or null. */
    static FormState fromRequest(ContentTypeDefinition type, ContentLocales locales, Function<String, String[]> param) {
        FormState state = empty(type, locales);
        state.values.putAll(submitted(type, locales, type.model().properties(), PREFIX, param));
        return state;
    }

    private static Map<String, Object> submitted(ContentTypeDefinition type, ContentLocales locales, List<PropertyDefinition> defs,
                                                 String prefix, Function<String, String[]> param) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDefinition def : defs) {
            for (String key : keys(def, locales)) {
                String name = prefix + key;
                String[] given = param.apply(name);
                if (def.type() instanceof PropertyType.SubModel) {
                    List<Object> rows = new ArrayList<>();
                    for (String row : given == null ? new String[0] : given) {
                        if (row.matches("\\d{1,4}")) {
                            rows.add(submitted(type, locales, subModel(type, def).properties(), name + "." + row + ".", param));
                        }
                    }
                    out.put(key, rows);
                } else if (def.multiple()) {
                    out.put(key, given == null ? new ArrayList<>() : new ArrayList<Object>(List.of(given)));
                } else if (kind(def) == ValueKind.BOOLEAN) {
                    out.put(key, given != null && List.of(given).contains("true"));
                } else {
                    out.put(key, given == null || given.length == 0 ? "" : given[0]);
                }
            }
        }
        return out;
    }

    /**
     * Applies a list button: {@code add:<list>}, {@code remove:<list>:<n>}, {@code up:<list>:<n>},
     * {@code down:<list>:<n>}, where {@code <list>} is a parameter name such as {@code p.domains_ar},
     * {@code p.relationships} or {@code p.relationships.1.aims}.
     *
     * @throws UiError 400 for anything else: a tampered or stale form
     */
    void apply(String action) {
        String[] parts = action.split(":", -1);
        if (parts.length < 2 || !parts[1].startsWith(PREFIX)) {
            throw UiError.badRequest("error.unknownAction");
        }
        Target target = resolve(parts[1].substring(PREFIX.length()).split("\\."));
        List<Object> list = target.list();
        if ("add".equals(parts[0]) && parts.length == 2) {
            list.add(target.rows() ? new LinkedHashMap<String, Object>() : "");
            return;
        }
        int i = parts.length == 3 && parts[2].matches("\\d{1,4}") ? Integer.parseInt(parts[2]) : -1;
        if (i < 0 || i >= list.size()) {
            throw UiError.badRequest("error.formChanged");
        }
        switch (parts[0]) {
            case "remove" -> list.remove(i);
            case "up" -> swap(list, i, i - 1);
            case "down" -> swap(list, i, i + 1);
            default -> throw UiError.badRequest("error.unknownAction");
        }
    }

    /**
     * Sets one reference value: {@code param} names the property ({@code p.parent},
     * {@code p.relationships.1.aims}), {@code index} the row of a multi-value one (0 otherwise).
     *
     * @throws UiError 400 for a parameter that names no reference of this form
     */
    void setReference(String param, int index, String value) {
        referenceSetter(param, index).accept(value);
    }

    /** Checks that a parameter and row name a reference value of this form, changing nothing. */
    void checkReference(String param, int index) {
        referenceSetter(param, index);
    }

    @SuppressWarnings("unchecked")
    private Consumer<String> referenceSetter(String param, int index) {
        String[] path = param.startsWith(PREFIX) ? param.substring(PREFIX.length()).split("\\.") : new String[0];
        if (path.length % 2 == 0) {
            throw UiError.badRequest("error.unknownField");
        }
        Map<String, Object> level = values;
        List<PropertyDefinition> defs = type.model().properties();
        for (int i = 0; i < path.length - 1; i += 2) {
            PropertyDefinition def = definition(defs, path[i]);
            if (def == null || !def.isSubModel() || !path[i + 1].matches("\\d{1,4}")) {
                throw UiError.badRequest("error.unknownField");
            }
            int row = Integer.parseInt(path[i + 1]);
            if (!(level.get(path[i]) instanceof List<?> rows) || row >= rows.size()) {
                throw UiError.badRequest("error.formChanged");
            }
            level = (Map<String, Object>) rows.get(row);
            defs = subModel(type, def).properties();
        }
        String key = path[path.length - 1];
        PropertyDefinition def = definition(defs, key);
        if (def == null || !def.isReference()) {
            throw UiError.badRequest("error.unknownField");
        }
        if (!def.multiple()) {
            if (index != 0) {
                throw UiError.badRequest("error.unknownField");
            }
            Map<String, Object> at = level;
            return value -> at.put(key, value);
        }
        if (!(level.get(key) instanceof List<?> list) || index >= list.size()) {
            throw UiError.badRequest("error.formChanged");
        }
        return value -> ((List<Object>) list).set(index, value);
    }

    private record Target(List<Object> list, boolean rows) {
    }

    @SuppressWarnings("unchecked")
    private Target resolve(String[] path) {
        Map<String, Object> level = values;
        List<PropertyDefinition> defs = type.model().properties();
        for (int i = 0; i < path.length; i++) {
            PropertyDefinition def = definition(defs, path[i]);
            boolean last = i == path.length - 1;
            if (def == null || !def.multiple()) {
                throw UiError.badRequest("error.unknownList", String.join(".", path));
            }
            Object list = level.computeIfAbsent(path[i], k -> new ArrayList<>());
            if (last) {
                return new Target((List<Object>) list, def.isSubModel());
            }
            if (!def.isSubModel() || i + 2 >= path.length || !path[i + 1].matches("\\d{1,4}")
                    || Integer.parseInt(path[i + 1]) >= ((List<Object>) list).size()) {
                throw UiError.badRequest("error.unknownList", String.join(".", path));
            }
            level = (Map<String, Object>) ((List<Object>) list).get(Integer.parseInt(path[i + 1]));
            defs = subModel(type, def).properties();
            i++;
        }
        throw UiError.badRequest("error.unknownList", "");
    }

    /** The definition a key ({@code role_ar}) belongs to, only in the locales this form has. */
    private PropertyDefinition definition(List<PropertyDefinition> defs, String key) {
        for (PropertyDefinition def : defs) {
            if (keys(def, locales).contains(key)) {
                return def;
            }
        }
        return null;
    }

    private static void swap(List<Object> list, int i, int j) {
        if (j >= 0 && j < list.size()) {
            Object x = list.get(i);
            list.set(i, list.get(j));
            list.set(j, x);
        }
    }

    /** The JCR names a property occupies: itself, plus {@code _ar}, {@code _fr} when translatable. */
    static List<String> keys(PropertyDefinition def, ContentLocales locales) {
        if (!def.i18n()) {
            return List.of(def.name());
        }
        return locales.locales().stream().map(l -> locales.propertyName(def.name(), l)).toList();
    }

    static SubModelDefinition subModel(ContentTypeDefinition type, PropertyDefinition def) {
        String name = ((PropertyType.SubModel) def.type()).name();
        return type.model().subModel(name).orElseThrow(() -> new IllegalStateException("submodel " + name + " is not defined"));
    }

    static ValueKind kind(PropertyDefinition def) {
        return def.type() instanceof PropertyType.Scalar s ? s.kind() : null;
    }

    private static String text(PropertyDefinition def, Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = String.valueOf(v);
        // a Date control edits the calendar day; the service stores it as midnight UTC
        if (kind(def) == ValueKind.DATE && s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return s.substring(0, 10);
        }
        return s;
    }
}
