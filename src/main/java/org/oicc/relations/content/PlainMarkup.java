package org.oicc.relations.content;

import java.util.Set;

/**
 * Recognises, without a parser, rich text whose markup is nothing but bare tags of the list
 * ({@code <p>}, {@code </p>}, {@code <br>}, … with no attribute, lower case): for such a value every
 * element jsoup would build is on the safelist and carries no attribute, so its cleaner copies the
 * tree unchanged and {@link RichTextPolicy#disallowed} is empty. That is what the content's own
 * descriptions look like, and delivery asks it of every rich-text value of every item it writes
 * from an on-disk copy (a query page at 100,000 items spent a fifth of its CPU in two jsoup parses
 * per value). Anything else, links included, is left to jsoup: this only ever says "yes" early.
 */
final class PlainMarkup {

    /** The list's tags that take no attribute; {@code <a>} needs its {@code href} checked, so it is not here. */
    private static final Set<String> BARE = Set.of("p", "br", "ul", "ol", "li", "strong", "em");

    private PlainMarkup() {
    }

    /** True when every {@code <} of the text opens a bare listed tag: {@code <name>} or {@code </name>}. */
    static boolean onlyBareListedTags(String html) {
        int at = html.indexOf('<');
        while (at >= 0) {
            int close = html.indexOf('>', at + 1);
            if (close < 0) {
                return false;
            }
            int start = at + 1 < close && html.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (!bare(html, start, close)) {
                return false;
            }
            at = html.indexOf('<', close + 1);
        }
        return true;
    }

    private static boolean bare(String html, int start, int end) {
        if (start >= end || end - start > 6) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = html.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return BARE.contains(html.substring(start, end));
    }
}
