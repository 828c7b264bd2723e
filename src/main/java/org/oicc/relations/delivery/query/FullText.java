package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code q} parameter as a full-text expression that the repository cannot misread. The value is
 * bound, never concatenated, but Jackrabbit still parses it with Lucene's query syntax, where
 * {@code (}, {@code :}, {@code ~}, {@code *} or a lone {@code OR} are operators or errors. So only
 * words (letters and digits) and double-quoted phrases of words are kept, lower-cased so none reads
 * as an operator; every word must occur (AND), in any property of the item itself.
 */
final class FullText {

    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|([\\p{L}\\p{N}]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 20;

    private FullText() {
    }

    /** @return the expression to bind, or null when {@code q} is absent or blank */
    static String expression(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher m = PART.matcher(q);
        while (m.find()) {
            String term = m.group(1) != null ? phrase(m.group(1)) : m.group(2).toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        if (terms.isEmpty()) {
            throw DeliveryException.badParameter("q", "'" + Printable.of(q) + "' has no word to search for");
        }
        if (terms.size() > MAX_TERMS) {
            throw DeliveryException.badParameter("q", "at most " + MAX_TERMS + " words or phrases");
        }
        return String.join(" ", terms);
    }

    private static String phrase(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            return "";
        }
        return words.size() == 1 ? words.get(0) : "\"" + String.join(" ", words) + "\"";
    }
}
