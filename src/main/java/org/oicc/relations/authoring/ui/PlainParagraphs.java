package org.oicc.relations.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rich text typed into the bare text area (the form without script) with no markup at all but
 * with line breaks: blank lines separate paragraphs, a single line break stays one. Without this,
 * two typed paragraphs would be one on the page, as HTML ignores line breaks. Text that holds any
 * tag is taken as HTML and left alone; so is a single line.
 */
final class PlainParagraphs {

    // \r\n is one line break, never two (Java's \R alone may backtrack into \r then \n)
    private static final String BREAK = "(?>\r\n|[\n\r])";
    private static final Pattern BLANK_LINE = Pattern.compile(BREAK + "[ \t]*" + BREAK + "\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile(BREAK);

    private PlainParagraphs() {
    }

    static String toHtml(String text) {
        if (text.indexOf('<') >= 0 || !LINE_BREAK.matcher(text).find()) {
            return text;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(text.strip())) {
            String escaped = paragraph.strip().replace("&", "&amp;").replace(">", "&gt;");
            paragraphs.add("<p>" + LINE_BREAK.matcher(escaped).replaceAll("<br>") + "</p>");
        }
        return String.join("", paragraphs);
    }
}
