package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ValueKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form turned into a content-service write. Blank values mean "remove" (or "absent" inside a
 * submodel entry, which is written whole); blank rows of a multi-value list are left out (of a
 * translated one, see {@link TranslatedRows#kept}: rows pair by position), and the
 * positions of the rest are remembered so that a problem reported at {@code aims[0]} lands on the
 * row the editor actually filled.
 */
final class FormInput {

    private static final Pattern INDEXED = Pattern.compile("(.*)\\[(\\d+)]");

    private final ItemInput input;
    /** List path ({@code relationships[1].aims}) → form row of each value sent. */
    private final Map<String, List<Integer>> positions;

    private FormInput(ItemInput input, Map<String, List<Integer>> positions) {
        this.input = input;
        this.positions = positions;
    }

    ItemInput input() {
        return input;
    }

    static FormInput of(FormState state, ContentLocales locales) {
        Map<String, List<Integer>> positions = new HashMap<>();
        Map<String, Object> values = properties(state, state.type().model().properties(), state.values(), "", true, locales, positions);
        return new FormInput(ItemInput.of(values), positions);
    }

    private static Map<String, Object> properties(FormState state, List<PropertyDefinition> defs, Map<?, ?> given, String path,
                                                  boolean topLevel, ContentLocales locales, Map<String, List<Integer>> positions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDefinition def : defs) {
            for (String key : FormState.keys(def, locales)) {
                Object v = given.get(key);
                Object value;
                if (def.isSubModel()) {
                    List<Object> entries = new ArrayList<>();
                    List<?> rows = v instanceof List<?> l ? l : List.of();
                    for (int i = 0; i < rows.size(); i++) {
                        Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
                        String at = path + key + (def.multiple() ? "[" + i + "]" : "");
                        entries.add(properties(state, FormState.subModel(state.type(), def).properties(), row, at + ".", false, locales, positions));
                    }
                    value = def.multiple() ? entries : entries.isEmpty() ? null : entries.get(0);
                } else if (def.multiple() && def.i18n() && !def.isReference()) {
                    List<Object> kept = TranslatedRows.kept(def, key, given, locales, path, positions);
                    value = kept.isEmpty() && !topLevel ? null : kept;
                } else if (def.multiple()) {
                    List<Object> kept = new ArrayList<>();
                    List<Integer> at = new ArrayList<>();
                    List<?> rows = v instanceof List<?> l ? l : List.of();
                    for (int i = 0; i < rows.size(); i++) {
                        if (rows.get(i) != null && !String.valueOf(rows.get(i)).isBlank()) {
                            kept.add(rows.get(i));
                            at.add(i);
                        }
                    }
                    positions.put(path + key, at);
                    value = kept.isEmpty() && !topLevel ? null : kept;
                } else if (v instanceof Boolean b) {
                    value = b;
                } else {
                    value = v == null || String.valueOf(v).isBlank() ? null : v;
                    if (value instanceof String text && FormState.kind(def) == ValueKind.RICH_TEXT) {
                        value = PlainParagraphs.toHtml(text);
                    }
                }
                if (value != null || topLevel) {
                    out.put(key, value);
                }
            }
        }
        return out;
    }

    /** Where on the form a problem belongs: its path, with list indexes turned back into form rows. */
    String formPath(ValidationProblem problem) {
        String path = problem.path();
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            List<Integer> rows = positions.get(m.group(1));
            int i = Integer.parseInt(m.group(2));
            if (rows != null && i < rows.size()) {
                return m.group(1) + "[" + rows.get(i) + "]";
            }
        }
        return path;
    }
}
