package org.oicc.relations.index;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ValueKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each translatable rich text of an item is written, per language, as bits of one
 * {@code long} kept with the item: the index keeps no rich text (it is never filtered by value and
 * is the bulk of an item's bytes; queries on it go to the repository's full-text search), but the
 * translation status of the lists ({@link TranslationGaps}) needs to know that {@code description}
 * is set and {@code description_ar} is not. One slot per property and language: the default
 * language's property first, then its translations. A model with more than 64 such slots (21
 * rich texts in three languages) keeps the first 64; the others are not counted.
 */
final class RichTextPresence {

    static final RichTextPresence NONE = new RichTextPresence(List.of(), null);

    /** JCR property name → its bit */
    private final Map<String, Integer> slots = new HashMap<>();
    /** per translated locale: pairs of (source bit, translation bit) */
    private final Map<String, long[][]> pairs = new HashMap<>();

    RichTextPresence(List<PropertyDefinition> properties, ContentLocales locales) {
        int next = 0;
        Map<String, List<long[]>> byLocale = new HashMap<>();
        for (PropertyDefinition p : properties) {
            if (!p.i18n() || !isRichText(p) || next + 1 + locales.translations().size() > Long.SIZE) {
                continue;
            }
            int source = next++;
            slots.put(p.name(), source);
            for (String locale : locales.translations()) {
                int translated = next++;
                slots.put(locales.propertyName(p.name(), locale), translated);
                byLocale.computeIfAbsent(locale, l -> new java.util.ArrayList<>()).add(new long[] {1L << source, 1L << translated});
            }
        }
        byLocale.forEach((locale, list) -> pairs.put(locale, list.toArray(new long[0][])));
    }

    static boolean isRichText(PropertyDefinition p) {
        return p.type() instanceof PropertyType.Scalar scalar && scalar.kind() == ValueKind.RICH_TEXT;
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /** The bit of a JCR property name ({@code description_fr}), 0 when it is not a kept rich text. */
    long bit(String property) {
        Integer slot = slots.get(property);
        return slot == null ? 0L : 1L << slot;
    }

    /** How many rich texts are written in the default language and not in {@code locale}. */
    int missing(long present, String locale) {
        long[][] of = pairs.get(locale);
        if (of == null || present == 0L) {
            return 0;
        }
        int n = 0;
        for (long[] pair : of) {
            if ((present & pair[0]) != 0 && (present & pair[1]) == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether rich text shows any words: a character outside the tags that is not white space (a
     * no-break space included). {@code <p></p>} or {@code <p>&nbsp;</p>}, which an editor leaves
     * after deleting everything, is not a translation.
     */
    static boolean written(String html) {
        if (html == null) {
            return false;
        }
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
            } else if (c == '&' && (html.startsWith("&nbsp;", i) || html.startsWith("&#160;", i))) {
                i += 5;
            } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                return true;
            }
        }
        return false;
    }
}
