package org.oicc.relations.authoring.pages;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.RichTextPolicy;
import org.oicc.relations.definition.DialogDefinition;

import javax.jcr.ItemNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one dialog field accepts, by its Magnolia field type: a single line of text for
 * {@code textField} (at most its {@code maxLength}), rich text within the pages' safelist for
 * {@code richTextField}, an existing item's identifier of the datasource's workspace for
 * {@code linkField}, {@code true}/{@code false} for {@code checkBoxField}; then the field's
 * {@code regexpValidator}s, each matching the whole value. An empty value clears the property,
 * except for a required field's default language.
 */
final class PageFieldCheck {

    /** Without a {@code maxLength}: enough for a title, far below what would hurt a page. */
    static final int TEXT_LIMIT = 1000;
    static final int RICH_TEXT_LIMIT = 100_000;

    private PageFieldCheck() {
    }

    /**
     * Checks what {@code input} gives for one part's fields (each language of an i18n field), by the
     * part's form names: each value normalised as it will be stored, each problem noted.
     *
     * @param absentAsBlank a key the input lacks counts as an empty value (a new component: every
     *                      field is written) instead of as untouched (a page form sends what it shows)
     * @return the checked values by form name, in dialog order, those with a problem included
     */
    static Map<String, String> checkPart(PageFields part, Map<String, String> input, boolean absentAsBlank, ContentLocales locales,
                                         Function<String, Session> workspaces, Map<String, PageProblem> problems)
            throws RepositoryException {
        Map<String, String> values = new LinkedHashMap<>();
        for (DialogDefinition.Field f : part.fields()) {
            for (String locale : f.i18n() ? locales.locales() : List.of(locales.defaultLocale())) {
                String key = part.key(locales.propertyName(f.name(), locale));
                if (!absentAsBlank && !input.containsKey(key)) {
                    continue;
                }
                String value = PageEditor.normalise(f, input.getOrDefault(key, ""));
                PageProblem problem = problem(f, value, locale.equals(locales.defaultLocale()), workspaces);
                if (problem != null) {
                    problems.put(key, problem);
                }
                values.put(key, value);
            }
        }
        return values;
    }

    /** Notes every input key no checked field has: a form may only send the fields it shows. */
    static void unknownKeys(Map<String, String> input, Set<String> checked, Map<String, PageProblem> problems) {
        for (String key : input.keySet()) {
            if (!checked.contains(key)) {
                problems.putIfAbsent(key, PageProblem.of("unknownField"));
            }
        }
    }

    /**
     * @param workspaces opens the workspace a link field's value must be found in
     * @return null when the value can be stored, else the problem
     */
    static PageProblem problem(DialogDefinition.Field field, String value, boolean defaultLocale,
                          Function<String, Session> workspaces) throws RepositoryException {
        if (value.isEmpty()) {
            return field.required() && defaultLocale ? PageProblem.of("required") : null;
        }
        switch (field.type()) {
            case "textField" -> {
                int max = field.maxLength() == null ? TEXT_LIMIT : field.maxLength();
                if (value.length() > max) {
                    return PageProblem.of("tooLong", max, value.length());
                }
                if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    return PageProblem.of("oneLine");
                }
            }
            case "richTextField" -> {
                if (value.length() > RICH_TEXT_LIMIT) {
                    return PageProblem.of("richTextTooLong", RICH_TEXT_LIMIT);
                }
                List<String> bad = RichTextPolicy.disallowed(value);
                if (!bad.isEmpty()) {
                    return PageProblem.of("richText", String.join(", ", bad), String.join(", ", RichTextPolicy.TAGS));
                }
            }
            case "linkField" -> {
                if (!value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                    return PageProblem.of("choose");
                }
                try {
                    workspaces.apply(field.workspace()).getNodeByIdentifier(value);
                } catch (ItemNotFoundException e) {
                    return PageProblem.of("gone");
                }
            }
            case "checkBoxField" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return PageProblem.of("checkbox");
                }
            }
            default -> {
                return PageProblem.of("notEditable");
            }
        }
        for (DialogDefinition.Pattern p : field.patterns()) {
            if (!p.pattern().matcher(value).matches()) {
                return p.errorMessage() == null ? PageProblem.of("pattern") : PageProblem.fromModule(p.errorMessage());
            }
        }
        return null;
    }
}
