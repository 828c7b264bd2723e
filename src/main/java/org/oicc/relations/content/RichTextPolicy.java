package org.oicc.relations.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one list of what rich text (a {@code richText} property) may contain: paragraphs, line
 * breaks, bulleted and numbered lists, strong and emphasis, and links to web or mail addresses.
 * Writes are refused when the value holds anything else ({@link #disallowed}), so the API and its
 * headless clients never receive a script; pages still clean on output ({@link #clean}) for values
 * that reached the repository some other way (a Magnolia editor, an older version of this module).
 */
public final class RichTextPolicy {

    /** Tag names an editor may use, in the order the error message lists them. */
    public static final List<String> TAGS = List.of("p", "br", "ul", "ol", "li", "strong", "em", "a");

    private static final Safelist SAFE = Safelist.none()
            .addTags(TAGS.toArray(String[]::new))
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    // an error message names a few offenders, not all of a 10 MB paste
    private static final int NAMED = 5;
    private static final int SHOWN_URL = 40;

    private RichTextPolicy() {
    }

    /** The value cut down to the safelist; what pages output. */
    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }

    /**
     * The value as stored when it keeps to the safelist, else cleaned: for answers that hand stored
     * rich text to clients (values written before writes were checked, or past the service).
     */
    public static String safe(String html) {
        if (html == null || (html.indexOf('<') < 0 && html.indexOf('&') < 0)) {
            return html;
        }
        return disallowed(html).isEmpty() ? html : clean(html);
    }

    /**
     * What in {@code html} the safelist would remove ({@code <script>}, {@code onclick=},
     * {@code href="javascript:…"}, {@code comment}), at most a few, without repeats; empty when the
     * value can be stored. Plain text ({@code a < b & c}) is fine: only markup counts.
     */
    public static List<String> disallowed(String html) {
        if (PlainMarkup.onlyBareListedTags(html)) {
            return List.of(); // bare listed tags only: jsoup would find nothing (see PlainMarkup)
        }
        return parsedDisallowed(html);
    }

    /** {@link #disallowed} as jsoup finds it, without the early answer (its test compares the two). */
    static List<String> parsedDisallowed(String html) {
        Set<String> found = new LinkedHashSet<>();
        Document parsed = Jsoup.parseBodyFragment(html, "");
        parsed.outputSettings().prettyPrint(false);
        Element body = parsed.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == body || found.size() > NAMED) {
                    return;
                }
                if (node instanceof Element el) {
                    inspect(el, found);
                } else if (node instanceof Comment) {
                    found.add("comment");
                }
            }
        }, body);
        // the cleaner itself is the authority: anything it removes that the walk above did not name
        if (found.isEmpty() && !clean(html).equals(body.html())) {
            found.add("markup outside the list");
        }
        List<String> list = List.copyOf(found);
        return list.size() > NAMED ? list.subList(0, NAMED) : list;
    }

    private static void inspect(Element el, Set<String> found) {
        String tag = el.normalName();
        if (!SAFE.isSafeTag(tag)) {
            found.add("<" + tag + ">");
            return;
        }
        for (Attribute attr : el.attributes()) {
            if (SAFE.isSafeAttribute(tag, el, attr)) {
                continue;
            }
            String name = attr.getKey().toLowerCase(Locale.ROOT);
            if (tag.equals("a") && name.equals("href")) {
                String url = attr.getValue().strip();
                found.add("href=\"" + (url.length() > SHOWN_URL ? url.substring(0, SHOWN_URL) + "…" : url) + "\"");
            } else {
                found.add(name + "=");
            }
        }
    }
}
