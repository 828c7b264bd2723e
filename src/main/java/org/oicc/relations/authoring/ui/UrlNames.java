package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The URL name proposed for a new item when the editor leaves it empty: its acronym, else its title
 * in the default language, lower-cased, accents dropped, dots and apostrophes left out ("V.E.A" →
 * {@code vea}), every other run of non-letters a hyphen ("Arab Towns Organization" →
 * {@code arab-towns-organization}); {@code -2}, {@code -3}, ... when the name is taken. The form's
 * script proposes the same as the editor types (author.js, {@code data-propose-from}).
 */
final class UrlNames {

    static final int MAX = 60;
    /** Acronyms by this name: a short, stable address, what editors would choose themselves. */
    static final String ACRONYM = "acronym";

    private UrlNames() {
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[.'’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-+$", "");
        }
        return s;
    }

    /** What the proposal starts from: the acronym when the type has one and it is set, else the title. */
    static String basis(ContentTypeDefinition type, PropertyDefinition title, Map<String, Object> values) {
        if (type.model().property(ACRONYM).isPresent() && values.get(ACRONYM) instanceof String a && !slug(a).isEmpty()) {
            return a;
        }
        return values.get(title.name()) instanceof String t ? t : "";
    }

    /** A free name from the basis, or empty when it has no Latin letter or digit (an Arabic-only title). */
    static Optional<String> propose(String basis, Predicate<String> taken) {
        String base = slug(basis);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        if (!taken.test(base)) {
            return Optional.of(base);
        }
        for (int n = 2; n < 100; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether an item of the type already has the name. */
    static boolean taken(UiContext ui, ContentTypeDefinition type, String name) {
        try {
            ui.content.read(type.name(), name);
            return true;
        } catch (NoSuchItemException e) {
            return false;
        }
    }
}
