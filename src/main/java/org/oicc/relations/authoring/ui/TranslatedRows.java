package org.oicc.relations.authoring.ui;

import org.jsoup.Jsoup;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translation side by side: the default language's value shown beside each translation, and a
 * translated multi-value list ({@code domains}, {@code domains_ar}, {@code domains_fr}) drawn and
 * saved row by row, its values paired by position as they are stored, so adding an English domain
 * adds the row its Arabic and French go into, and removing a row removes it in every language.
 */
final class TranslatedRows {

    /** One language's value in one row; {@code source} is the default language's value of the row (null for that language itself). */
    public record Cell(String locale, String lang, String dir, String name, String id, String label, String value,
                       List<String> errors, String source, boolean missing) {
    }

    /** One row of a translated list: a cell per language and the button that removes the row in all of them. */
    public record Pair(int index, String id, List<Cell> cells, String removeAction) {
    }

    /** Reports the problems at a form path (and records where it is drawn): the form's own bookkeeping. */
    interface Problems {
        List<String> at(String path, String label, String locale);
    }

    private final ContentLocales locales;
    private final UiText text;
    private final Map<String, Integer> missingPerLocale;

    TranslatedRows(ContentLocales locales, UiText text, Map<String, Integer> missingPerLocale) {
        this.locales = locales;
        this.text = text;
        this.missingPerLocale = missingPerLocale;
    }

    List<Pair> pairs(PropertyDefinition def, String label, Map<?, ?> values, String path, String prefix, Problems problems) {
        int rows = 0;
        for (String locale : locales.locales()) {
            rows = Math.max(rows, list(values.get(locales.propertyName(def.name(), locale))).size());
        }
        List<?> sources = list(values.get(def.name()));
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String source = i < sources.size() ? String.valueOf(sources.get(i)) : "";
            List<Cell> cells = new ArrayList<>();
            for (String locale : locales.locales()) {
                String key = locales.propertyName(def.name(), locale);
                List<?> given = list(values.get(key));
                String value = i < given.size() ? String.valueOf(given.get(i)) : "";
                String at = path + key + "[" + i + "]";
                String cellLabel = text.get("form.inLanguage", text.get("form.rowLabel", label, i + 1), FormView.languageName(text, locale));
                boolean isDefault = locale.equals(locales.defaultLocale());
                boolean missing = !isDefault && !source.isBlank() && value.isBlank();
                if (missing) {
                    missingPerLocale.merge(locale, 1, Integer::sum);
                }
                cells.add(new Cell(locale, locale, ContentLocales.direction(locale), prefix + key, FormView.id(at), cellLabel,
                        value, problems.at(at, cellLabel, isDefault ? null : locale), isDefault ? null : source, missing));
            }
            out.add(new Pair(i, FormView.id(path + def.name()) + "-row-" + i, cells, "remove:" + prefix + def.name() + ":" + i));
        }
        return out;
    }

    /**
     * What one language's list saves: rows blank in every language are dropped from all, so the
     * rest stay paired; a translation's trailing blanks are dropped (not translated yet); a blank
     * between filled rows is sent as blank, so the save is refused at that row ("must not be
     * empty") rather than shifting the later translations onto the wrong rows.
     */
    static List<Object> kept(PropertyDefinition def, String key, Map<?, ?> given, ContentLocales locales, String path,
                             Map<String, List<Integer>> positions) {
        int rows = 0;
        for (String locale : locales.locales()) {
            rows = Math.max(rows, list(given.get(locales.propertyName(def.name(), locale))).size());
        }
        List<?> mine = list(given.get(key));
        List<Object> kept = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (!filledInAny(def, given, locales, i)) {
                continue;
            }
            kept.add(i < mine.size() ? mine.get(i) : "");
            at.add(i);
        }
        while (!kept.isEmpty() && blank(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
            at.remove(at.size() - 1);
        }
        positions.put(path + key, at);
        return kept;
    }

    /**
     * A list button on the rows: {@code add:<list>} adds a row, {@code remove:<list>:<n>} removes row n,
     * in each language's list (padded to the longest first, so values stay paired).
     *
     * @throws UiError 400 for another button or a row that is not there
     */
    static void apply(String[] parts, List<List<Object>> lists) {
        int rows = lists.stream().mapToInt(List::size).max().orElse(0);
        int i = parts.length == 3 && parts[2].matches("\\d{1,4}") ? Integer.parseInt(parts[2]) : -1;
        boolean add = "add".equals(parts[0]) && parts.length == 2;
        if (!add && !("remove".equals(parts[0]) && i >= 0)) {
            throw UiError.badRequest("error.unknownAction");
        }
        if (!add && i >= rows) {
            throw UiError.badRequest("error.formChanged");
        }
        for (List<Object> list : lists) {
            while (list.size() < rows) {
                list.add("");
            }
            if (add) {
                list.add("");
            } else {
                list.remove(i);
            }
        }
    }

    private static boolean filledInAny(PropertyDefinition def, Map<?, ?> given, ContentLocales locales, int row) {
        for (String locale : locales.locales()) {
            List<?> values = list(given.get(locales.propertyName(def.name(), locale)));
            if (row < values.size() && !blank(values.get(row))) {
                return true;
            }
        }
        return false;
    }

    /** The default language's value as the translator reads it: rich text as its plain words. */
    static String plain(PropertyDefinition def, Object value) {
        if (value == null || value instanceof Boolean) {
            return "";
        }
        String text = String.valueOf(value);
        return FormState.kind(def) == ValueKind.RICH_TEXT && text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : text;
    }

    private static boolean blank(Object v) {
        return v == null || String.valueOf(v).isBlank();
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }
}
