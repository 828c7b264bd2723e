package org.oicc.relations.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser-free "yes" of {@link PlainMarkup} never disagrees with jsoup: for thousands of values
 * built from listed, unlisted and broken markup, {@link RichTextPolicy#disallowed} and
 * {@link RichTextPolicy#safe} answer what jsoup's own check answers.
 */
class PlainMarkupTest {

    private static final List<String> PIECES = List.of("<p>", "</p>", "<br>", "</br>", "<ul>", "</ul>", "<ol>", "</ol>",
            "<li>", "</li>", "<strong>", "</strong>", "<em>", "</em>", "text", " ", "a < b", "x > y", "&amp;", "&",
            "&lt;", "عربي", "<P>", "<p >", "<br/>", "<b>", "</b>", "<script>", "</script>", "<!-- c -->", "<",
            ">", "<a href=\"https://x.example/\">", "</a>", "<p onclick=\"x()\">", "<strongx>", "<>", "</>",
            "<em\n>", "<style>", "<textarea>", "<plaintext>", "<![CDATA[<p>]]>", "<table>", "<td>", "<li", "\"");

    @Test
    void bareListedTagsAreRecognisedAndNothingElse() {
        assertThat(PlainMarkup.onlyBareListedTags("<p>A centre that brings cities together.</p>")).isTrue();
        assertThat(PlainMarkup.onlyBareListedTags("<ul><li>one</li><li><strong>two</strong><br></li></ul>")).isTrue();
        assertThat(PlainMarkup.onlyBareListedTags("no markup at all & an ampersand")).isTrue();
        assertThat(PlainMarkup.onlyBareListedTags("<p class=\"x\">a</p>")).isFalse();
        assertThat(PlainMarkup.onlyBareListedTags("<a href=\"https://x.example/\">x</a>")).isFalse();
        assertThat(PlainMarkup.onlyBareListedTags("<P>a</P>")).isFalse();
        assertThat(PlainMarkup.onlyBareListedTags("<b>a</b>")).isFalse();
        assertThat(PlainMarkup.onlyBareListedTags("a < b")).isFalse();
        assertThat(PlainMarkup.onlyBareListedTags("<p>open")).isTrue();
        assertThat(PlainMarkup.onlyBareListedTags("<p>open<")).isFalse();
    }

    @Test
    void itAgreesWithJsoupOnGeneratedValues() {
        Random random = new Random(6);
        int bare = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder html = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            // half of the values from listed tags and text only, so the early "yes" is taken often
            List<String> from = n % 2 == 0 ? PIECES.subList(0, 18) : PIECES;
            for (int i = 0; i < pieces; i++) {
                html.append(from.get(random.nextInt(from.size())));
            }
            String value = html.toString();
            bare += PlainMarkup.onlyBareListedTags(value) ? 1 : 0;
            assertThat(RichTextPolicy.disallowed(value)).as(value).isEqualTo(RichTextPolicy.parsedDisallowed(value));
            assertThat(RichTextPolicy.safe(value)).as(value).isEqualTo(jsoupSafe(value));
        }
        assertThat(bare).isGreaterThan(1000);
    }

    private static boolean jsoupFindsNothing(String html) {
        return RichTextPolicy.parsedDisallowed(html).isEmpty();
    }

    private static String jsoupSafe(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        return jsoupFindsNothing(html) ? html : RichTextPolicy.clean(html);
    }
}
