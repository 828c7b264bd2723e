package org.oicc.relations.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a rich-text write may hold: the pages' list, named offender by offender when it holds more. */
class RichTextPolicyTest {

    @Test
    void proseMarkupAndPlainTextPass() {
        assertThat(RichTextPolicy.disallowed("<p>One <strong>two</strong> <em>three</em><br>four</p><ol><li>a</li></ol>"
                + "<ul><li><a href=\"https://www.oicc.org/\">b</a> <a href=\"mailto:info@oicc.org\">m</a></li></ul>")).isEmpty();
        assertThat(RichTextPolicy.disallowed("a < b & \"c\" — عربي")).isEmpty();
        assertThat(RichTextPolicy.disallowed("<p>unclosed<p>second")).isEmpty();
        assertThat(RichTextPolicy.disallowed("")).isEmpty();
    }

    @Test
    void scriptsHandlersAndDangerousLinksAreNamed() {
        assertThat(RichTextPolicy.disallowed("<p onclick=\"x()\">a</p><script>alert(1)</script><img src=x onerror=y>"))
                .containsExactly("onclick=", "<script>", "<img>");
        assertThat(RichTextPolicy.disallowed("<a href=\"javascript:alert(1)\">x</a><a href=\" JaVaScRiPt:alert(2)\">y</a>"))
                .containsExactly("href=\"javascript:alert(1)\"", "href=\"JaVaScRiPt:alert(2)\"");
        assertThat(RichTextPolicy.disallowed("<a href=\"/relative\" target=\"_blank\">x</a><!-- note -->"))
                .containsExactly("href=\"/relative\"", "target=", "comment");
        assertThat(RichTextPolicy.disallowed("<svg onload=alert(1)>")).containsExactly("<svg>");
    }

    @Test
    void atMostFiveOffendersAreNamed() {
        assertThat(RichTextPolicy.disallowed("<b>1</b><i>2</i><u>3</u><s>4</s><h1>5</h1><h2>6</h2><h3>7</h3>"))
                .containsExactly("<b>", "<i>", "<u>", "<s>", "<h1>");
    }

    @Test
    void whatPassesIsWhatPagesShow() {
        String html = "<p>a &amp; b<br>c</p><ul><li><a href=\"https://x.example/?q=1&amp;r=2\">x</a></li></ul>";
        assertThat(RichTextPolicy.disallowed(html)).isEmpty();
        assertThat(RichTextPolicy.clean(html)).isEqualTo(html);
    }
}
