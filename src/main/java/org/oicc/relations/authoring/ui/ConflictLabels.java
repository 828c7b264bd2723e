package org.oicc.relations.authoring.ui;

import org.jsoup.Jsoup;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for the conflict table ({@link ConflictView}), as the form says them: a flattened key
 * ({@code relationships[0].role_ar}) becomes the field's label in the editor's language with its
 * entry's title as the folded row shows it ("Membership in International Organizations — Member:
 * Role (Arabic)"), and a stored value is written as the form shows it: a reference by its item's
 * title, a date in the editor's language, a yes/no, an option's label, rich text as its words.
 */
final class ConflictLabels {

    private static final Pattern ENTRY = Pattern.compile("([^.\\[]+)\\[(\\d+)]\\.(.+)");

    private final ContentTypeDefinition type;
    private final ContentLocales locales;
    private final UiText text;
    private final FormView.References references;

    ConflictLabels(ContentTypeDefinition type, ContentLocales locales, UiText text, FormView.References references) {
        this.type = type;
        this.locales = locales;
        this.text = text;
        this.references = references;
    }

    /** Where a flattened key points: its property definition, the submodel holding it (or null) and the language (or null). */
    private record Target(PropertyDefinition property, SubModelDefinition sub, String holder, Integer entry, String locale) {
    }

    /**
     * The label of a key; {@code was} and {@code now} are the flattened values before and after, from
     * which an entry's title is taken (now, or as it was when the other editor removed it).
     */
    String field(String key, Map<String, String> was, Map<String, String> now) {
        Optional<Target> found = target(key);
        if (found.isEmpty()) {
            return key;
        }
        Target t = found.get();
        String label = t.sub() == null ? text.labels().property(type, null, t.property().name())
                : text.labels().property(type, t.sub().name(), t.property().name());
        if (t.locale() != null) {
            label = text.get("form.inLanguage", label, FormView.languageName(text, t.locale()));
        }
        if (t.sub() == null) {
            return label;
        }
        String prefix = t.holder() + (t.entry() == null ? "" : "[" + t.entry() + "]") + ".";
        String title = RowTitles.title(type, t.sub(), row(now, prefix), references, text.labels(), locales);
        if (title.isEmpty()) {
            title = RowTitles.title(type, t.sub(), row(was, prefix), references, text.labels(), locales);
        }
        if (title.isEmpty()) {
            String holder = text.labels().property(type, null, t.holder());
            title = t.entry() == null ? holder : text.get("form.rowLabel", holder, t.entry() + 1);
        }
        return text.get("item.conflict.entryField", title, label);
    }

    /** A flattened value as the form shows it; "" stays "" (the template shows a dash). */
    String value(String key, String value) {
        Optional<Target> found = target(key);
        if (value == null || value.isEmpty() || found.isEmpty()) {
            return value == null ? "" : value;
        }
        PropertyDefinition p = found.get().property();
        if (p.type() instanceof PropertyType.Reference ref) {
            List<String> titles = new ArrayList<>();
            for (String id : p.multiple() ? List.of(value.split(", ")) : List.of(value)) {
                titles.add(references.label(ref.contentType(), id).orElse(id));
            }
            return String.join(text.get("common.listSep"), titles);
        }
        if (!p.options().isEmpty()) {
            return text.labels().option(type, p.name(), value);
        }
        return switch (FormState.kind(p)) {
            case BOOLEAN -> text.get(Boolean.parseBoolean(value) ? "form.yes" : "form.no");
            case DATE -> date(value);
            case RICH_TEXT -> Jsoup.parse(value).text();
            case LONG, DOUBLE, DECIMAL -> number(value);
            default -> value;
        };
    }

    private String date(String value) {
        try {
            // a Date property is a day: the time a repository may store with it is not shown, as in the form
            return text.date(value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private String number(String value) {
        try {
            return text.number(new java.math.BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private Optional<Target> target(String key) {
        Matcher m = ENTRY.matcher(key);
        String holder = null;
        Integer entry = null;
        String name = key;
        if (m.matches()) {
            holder = m.group(1);
            entry = Integer.parseInt(m.group(2));
            name = m.group(3);
        } else if (key.indexOf('.') > 0) { // a single submodel: holder.property
            holder = key.substring(0, key.indexOf('.'));
            name = key.substring(key.indexOf('.') + 1);
        }
        SubModelDefinition sub = null;
        List<PropertyDefinition> properties = type.model().properties();
        if (holder != null) {
            Optional<PropertyDefinition> h = type.model().property(holder);
            if (h.isEmpty() || !(h.get().type() instanceof PropertyType.SubModel s)) {
                return Optional.empty();
            }
            sub = type.model().subModel(s.name()).orElse(null);
            if (sub == null) {
                return Optional.empty();
            }
            properties = sub.properties();
        }
        String locale = null;
        for (String l : locales.translations()) {
            String suffix = locales.propertyName("", l);
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                locale = l;
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        String property = name;
        Optional<PropertyDefinition> def = properties.stream().filter(p -> p.name().equals(property)).findFirst();
        if (def.isEmpty() || locale != null && !def.get().i18n()) {
            return Optional.empty();
        }
        return Optional.of(new Target(def.get(), sub, holder, entry, locale));
    }

    /** An entry's values from the flattened map (keys {@code prefix + property}), for its title. */
    private static Map<String, Object> row(Map<String, String> flat, String prefix) {
        Map<String, Object> row = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                row.put(k.substring(prefix.length()), v);
            }
        });
        return row;
    }
}
