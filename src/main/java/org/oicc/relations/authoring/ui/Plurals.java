package org.oicc.relations.authoring.ui;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.util.function.Function;

/**
 * Plural forms in the UI's texts, written as ICU MessageFormat writes them:
 * {@code {0,plural,one{# organization} other{# organizations}}}. The form is chosen by the
 * language's CLDR rules through ICU4J ({@link PluralRules}: English one/other, French
 * one/many/other, Arabic zero/one/two/few/many/other), an explicit {@code =0{…}} first;
 * {@code #} becomes the number as the UI writes numbers (Arabic digits in Arabic).
 *
 * <p>Only the plural argument is read this way; the rest of a text keeps {@link UiText}'s plain
 * {@code {0}} arguments, so an apostrophe stays an apostrophe (no MessageFormat quoting rules for
 * translators). ICU is a library of the standalone authoring UI: nothing of it runs in Magnolia.
 */
final class Plurals {

    private static final String MARK = ",plural,";

    private final PluralRules rules;

    Plurals(String language) {
        this.rules = PluralRules.forLocale(ULocale.forLanguageTag(language));
    }

    /** Whether a text has a plural argument at all (most do not: they pass through untouched). */
    static boolean has(String pattern) {
        return pattern.contains(MARK);
    }

    /**
     * The text with each {@code {n,plural,…}} replaced by the form for argument n; an argument that
     * is no number, or a text that does not parse, leaves that part as written (tests check the bundles).
     */
    String expand(String pattern, Object[] args, Function<Number, String> number) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int mark = pattern.indexOf(MARK, from);
            if (mark < 2 || pattern.charAt(mark - 2) != '{' || !Character.isDigit(pattern.charAt(mark - 1))) {
                out.append(pattern, from, pattern.length());
                return out.toString();
            }
            int open = mark - 2;
            int end = closing(pattern, open);
            int index = pattern.charAt(mark - 1) - '0';
            out.append(pattern, from, open);
            String chosen = end < 0 || index >= args.length || !(args[index] instanceof Number n)
                    ? null : choose(pattern.substring(mark + MARK.length(), end), n);
            if (chosen == null) {
                out.append(pattern, open, end < 0 ? pattern.length() : end + 1);
            } else {
                out.append(chosen.replace("#", number.apply((Number) args[index])));
            }
            if (end < 0) {
                return out.toString();
            }
            from = end + 1;
        }
    }

    /** The branch for {@code n} among {@code sel{text} sel{text}…}: {@code =n}, else the rule's keyword, else other. */
    private String choose(String branches, Number n) {
        String keyword = rules.select(n.doubleValue());
        String exact = "=" + (n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : n.toString());
        String byKeyword = null;
        String other = null;
        int i = 0;
        while (i < branches.length()) {
            while (i < branches.length() && Character.isWhitespace(branches.charAt(i))) {
                i++;
            }
            int brace = branches.indexOf('{', i);
            if (brace < 0) {
                break;
            }
            String selector = branches.substring(i, brace).trim();
            int end = closing(branches, brace);
            if (end < 0) {
                return null;
            }
            String text = branches.substring(brace + 1, end);
            if (selector.equals(exact)) {
                return text;
            }
            if (selector.equals(keyword)) {
                byKeyword = text;
            } else if (selector.equals("other")) {
                other = text;
            }
            i = end + 1;
        }
        return byKeyword != null ? byKeyword : other;
    }

    /** The index of the brace closing the one at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
