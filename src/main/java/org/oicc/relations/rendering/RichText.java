package org.oicc.relations.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text (intro, description, text) is stored HTML. Before it reaches a page unescaped it is cut
 * down to what an editor needs for prose: paragraphs, line breaks, lists, emphasis and links to web
 * or mail addresses. Scripts, event handlers, styles and {@code javascript:} links are removed.
 */
final class RichText {

    private static final Safelist SAFE = Safelist.none()
            .addTags("p", "br", "ul", "ol", "li", "strong", "em", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }
}
