package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edit form as the template draws it, generated from the content-type definition: one field
 * per property with the control its type calls for, a variant per language for translatable ones,
 * rows for multi-value lists and submodel entries, and each server problem next to its control.
 */
final class FormView {

    /** One entry of a select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** One control: a single value, or one row of a multi-value list; {@code picker} for a searched reference. */
    public record Input(String id, String value, boolean checked, List<Choice> choices, List<String> errors, String removeAction,
                        Picker picker) {
    }

    /**
     * A reference chosen by searching: the chosen item's label ({@code missing} when the stored
     * identifier names no item), the search text field and its buttons, and, after a search without
     * the script, the first matches as buttons that choose one.
     */
    public record Picker(String type, String label, boolean missing, String queryName, String query, String findAction,
                         String clearAction, boolean searched, List<Choice> results, long total) {
    }

    /** Where a form's references come from, without ever listing a whole workspace. */
    interface References {
        /** Every item of the type as choices (value = identifier) when few enough for a select, else empty. */
        Optional<List<Choice>> smallSet(String contentType);

        /** The label of the item an identifier names, empty when there is none. */
        Optional<String> label(String contentType, String id);

        /** The first matches of a search text, and how many in all. */
        Map.Entry<List<Choice>, Long> find(String contentType, String text);

        /**
         * Whether the entries of this submodel property have a page order of their own (set on the
         * page order screen): their rows then have no Move buttons, which would change nothing visible.
         */
        default boolean pageOrdered(String contentType, String property) {
            return false;
        }
    }

    /**
     * A property in one language (or the only one): its parameter name and its inputs; a translation
     * also carries the default language's value ({@code source}, shown beside it, read-only) and
     * whether it is {@code missing} (the source is set, the translation is not).
     */
    public record Variant(String locale, String lang, String dir, String name, String id, String label, boolean multiple,
                   List<Input> inputs, String addAction, List<String> errors, String source, boolean missing,
                   List<Choice> options) {
    }

    /**
     * One entry of a submodel list with every field of the submodel; {@code title} sums it up
     * ("Membership — Member") and {@code open} says whether it starts unfolded (new, or with a problem).
     */
    public record Row(int index, String label, String id, String marker, List<Field> fields, String removeAction,
               String upAction, String downAction, List<String> errors, String title, boolean open) {
    }

    /**
     * A property of the definition. {@code control}: text, richtext, date, checkbox, integer, number, select,
     * reference (a select of a few items), checks (several of a few items), picker (a searched reference), rows,
     * pairs (a translated multi-value list, row by row). {@code help}: the content type's description of it.
     */
    public record Field(String name, String label, String control, boolean required, boolean i18n, boolean multiple,
                 List<Variant> variants, String id, String listName, List<Row> rows, String addAction, List<String> errors,
                 String help, List<TranslatedRows.Pair> pairs) {
    }

    /** A problem for the summary at the top, linked to its control when it has one. */
    public record Summary(String label, String message, String anchor) {
    }

    private final ContentTypeDefinition type;
    private final ContentLocales locales;
    private final Labels labels;
    private final UiText text;
    private final References references;
    private final Map<String, String> searches;
    private final Map<String, List<String>> errors;
    private final Map<String, String[]> anchors = new LinkedHashMap<>();
    private final Map<String, Integer> errorsPerLocale = new LinkedHashMap<>();
    private final Map<String, Integer> missingPerLocale = new LinkedHashMap<>();
    private final TranslatedRows translated;
    private final FormControls controls;
    /** the form drawn by {@link #fields}: which rows the editor had unfolded */
    private FormState state;
    /** The URL name's label in the summary of problems, in the UI's language */
    private final String nameLabel;

    /**
     * @param searches the search texts of pickers searched without the script, by slot ({@code p.parent:0})
     * @param errors   problem messages by form path ({@code website}, {@code relationships[1].category})
     */
    FormView(ContentTypeDefinition type, ContentLocales locales, UiText text, References references,
             Map<String, String> searches, Map<String, List<String>> errors) {
        this.type = type;
        this.locales = locales;
        this.text = text;
        this.labels = text.labels();
        this.references = references;
        this.searches = searches;
        this.errors = errors;
        this.translated = new TranslatedRows(locales, text, missingPerLocale);
        this.controls = new FormControls(type, text, references, searches);
        this.nameLabel = text.get("form.urlName");
    }

    /**
     * A content language as the UI's language names it ({@code contentLanguage.ar}: "Arabic",
     * "العربية", "arabe"); a language the bundles do not name, in its own language.
     */
    static String languageName(UiText text, String locale) {
        String key = "contentLanguage." + locale;
        return text.has(key) ? text.get(key) : ContentLocales.displayName(locale);
    }

    List<Field> fields(FormState state) {
        this.state = state;
        return fields(type.model().properties(), null, state.values(), "", FormState.PREFIX);
    }

    /** Problems in form order; call after {@link #fields}. */
    List<Summary> summary(Map<String, List<String>> problems) {
        List<Summary> out = new ArrayList<>();
        problems.forEach((path, messages) -> {
            String[] anchor = "@name".equals(path) ? new String[] {"f-at-name", nameLabel} : anchors.get(path);
            messages.forEach(m -> out.add(new Summary(anchor == null ? path : anchor[1], m, anchor == null ? null : anchor[0])));
        });
        return out;
    }

    /** How many translations each language tab lacks (fields whose default-language value is set); call after {@link #fields}. */
    Map<String, Integer> missingPerLocale() {
        return missingPerLocale;
    }

    /** How many problems each language tab hides; call after {@link #fields}. */
    Map<String, Integer> errorsPerLocale() {
        return errorsPerLocale;
    }

    private List<Field> fields(List<PropertyDefinition> defs, String sub, Map<?, ?> values, String path, String prefix) {
        List<Field> out = new ArrayList<>();
        for (PropertyDefinition def : defs) {
            String label = labels.property(type, sub, def.name());
            if (def.isSubModel()) {
                out.add(subModelField(def, label, values, path, prefix));
                continue;
            }
            String help = labels.description(type, sub, def);
            if (def.i18n() && def.multiple() && !def.isReference()) {
                List<TranslatedRows.Pair> pairs = translated.pairs(def, label, values, path, prefix, this::errorsAt);
                out.add(new Field(def.name(), label, "pairs", def.required(), true, true, List.of(), id(path + def.name()),
                        prefix + def.name(), List.of(), "add:" + prefix + def.name(), errorsAt(path + def.name(), label, null),
                        help, pairs));
                continue;
            }
            List<Variant> variants = new ArrayList<>();
            for (String locale : def.i18n() ? locales.locales() : Collections.<String>singletonList(null)) {
                String key = locales.propertyName(def.name(), locale);
                String variantLabel = locale == null ? label : text.get("form.inLanguage", label, languageName(text, locale));
                Object source = locale == null || locale.equals(locales.defaultLocale()) ? null : values.get(def.name());
                variants.add(variant(def, key, locale, variantLabel, values.get(key), path + key, prefix + key, source));
            }
            out.add(new Field(def.name(), label, FormControls.control(def, references), def.required(), def.i18n(), def.multiple(), variants,
                    id(path + def.name()), null, List.of(), null, List.of(), help, List.of()));
        }
        return out;
    }

    private Variant variant(PropertyDefinition def, String key, String locale, String label, Object value, String path, String name,
                            Object sourceValue) {
        String lang = locale == null ? null : locale;
        String dir = locale == null ? null : ContentLocales.direction(locale);
        List<Input> inputs = new ArrayList<>();
        List<String> variantErrors = errorsAt(path, label, locale);
        if (def.multiple()) {
            List<?> rows = value instanceof List<?> l ? l : List.of();
            for (int i = 0; i < rows.size(); i++) {
                String at = path + "[" + i + "]";
                String text = String.valueOf(rows.get(i));
                inputs.add(new Input(id(at), text, false, controls.choices(def, text), errorsAt(at, label, locale),
                        "remove:" + name + ":" + i, controls.picker(def, name, i, text)));
            }
            return new Variant(locale, lang, dir, name, id(path), label, true, inputs, "add:" + name, variantErrors, null, false,
                    controls.checks(def, rows));
        }
        boolean checked = Boolean.TRUE.equals(value);
        String text = value == null || value instanceof Boolean ? "" : String.valueOf(value);
        inputs.add(new Input(id(path), text, checked, controls.choices(def, text), variantErrors, null, controls.picker(def, name, 0, text)));
        String source = TranslatedRows.plain(def, sourceValue);
        // as the index counts it (RichTextPresence): rich text with no words, <p>&nbsp;</p>, is not a translation
        boolean missing = sourceValue != null && !source.isBlank() && TranslatedRows.plain(def, text).replace('\u00a0', ' ').isBlank();
        if (missing) {
            missingPerLocale.merge(locale, 1, Integer::sum);
        }
        return new Variant(locale, lang, dir, name, id(path), label, false, inputs, null, List.of(),
                sourceValue == null ? null : source, missing, List.of());
    }

    private Field subModelField(PropertyDefinition def, String label, Map<?, ?> values, String path, String prefix) {
        String sub = ((PropertyType.SubModel) def.type()).name();
        String listName = prefix + def.name();
        List<?> given = values.get(def.name()) instanceof List<?> l ? l : List.of();
        List<Object> rowsGiven = new ArrayList<>(given);
        if (!def.multiple() && rowsGiven.isEmpty()) {
            rowsGiven.add(Map.of());
        }
        List<String> fieldErrors = errorsAt(path + def.name(), label, null);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rowsGiven.size(); i++) {
            Map<?, ?> row = rowsGiven.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String at = path + def.name() + (def.multiple() ? "[" + i + "]" : "");
            String rowLabel = def.multiple() ? text.get("form.rowLabel", label, i + 1) : label;
            List<Field> fields = fields(FormState.subModel(type, def).properties(), sub, row, at + ".", listName + "." + i + ".");
            boolean many = def.multiple();
            boolean movable = many && !references.pageOrdered(type.name(), def.name());
            List<String> rowErrors = errorsAt(at, rowLabel, null);
            String title = RowTitles.title(type, FormState.subModel(type, def), row, references, labels, locales);
            boolean open = !many || title.isEmpty() || rowHasErrors(at) || state != null && state.keptOpen(id(at));
            rows.add(new Row(i, rowLabel, id(at), String.valueOf(i), fields,
                    many ? "remove:" + listName + ":" + i : null,
                    movable && i > 0 ? "up:" + listName + ":" + i : null,
                    movable && i < rowsGiven.size() - 1 ? "down:" + listName + ":" + i : null,
                    rowErrors, title.isEmpty() ? rowLabel : title, open));
        }
        return new Field(def.name(), label, "rows", def.required(), false, def.multiple(), List.of(), id(path + def.name()),
                listName, rows, def.multiple() ? "add:" + listName : null, fieldErrors, labels.description(type, null, def), List.of());
    }

    /** The messages for a form path; records where it is drawn for the summary and the tab badges. */
    private List<String> errorsAt(String path, String label, String locale) {
        anchors.put(path, new String[] {id(path), label});
        List<String> found = errors.getOrDefault(path, List.of());
        if (!found.isEmpty() && locale != null) {
            errorsPerLocale.merge(locale, found.size(), Integer::sum);
        }
        return found;
    }

    /** Whether a problem was reported at or below a row's path (its fields are drawn before its title is known). */
    private boolean rowHasErrors(String rowPath) {
        return errors.keySet().stream().anyMatch(k -> k.equals(rowPath) || k.startsWith(rowPath + "."));
    }

    /** An HTML id from a form path: {@code relationships[1].role_ar} → {@code f-relationships-1-role_ar}. */
    static String id(String path) {
        return "f-" + path.replace("@", "at-").replace("[", "-").replace("]", "").replace(".", "-");
    }
}
