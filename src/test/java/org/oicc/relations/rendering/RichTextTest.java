package org.oicc.relations.rendering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored rich text is cut down to prose markup before it is output unescaped. */
class RichTextTest {

    @Test
    void proseMarkupIsKept() {
        String html = "<p>One <strong>two</strong> <em>three</em><br>four</p><ol><li>a</li></ol><ul><li>b</li></ul>";
        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void linksKeepOnlyWebAndMailAddresses() {
        assertThat(RichText.sanitize("<a href=\"https://www.oicc.org\" target=\"_blank\" onclick=\"x()\">OICC</a>"))
                .isEqualTo("<a href=\"https://www.oicc.org\">OICC</a>");
        assertThat(RichText.sanitize("<a href=\"mailto:info@oicc.org\">mail</a>")).isEqualTo("<a href=\"mailto:info@oicc.org\">mail</a>");
        assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(RichText.sanitize("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")).isEqualTo("<a>x</a>");
    }

    @Test
    void scriptsStylesFramesAndImagesAreRemoved() {
        assertThat(RichText.sanitize("<p>ok<script>alert(1)</script></p><style>p{}</style><iframe src=x></iframe><img src=x onerror=y>"))
                .isEqualTo("<p>ok</p>");
        assertThat(RichText.sanitize("<p style=\"color:red\" class=\"x\">t</p><div><h1>h</h1></div>")).isEqualTo("<p>t</p>h");
    }

    @Test
    void textStaysEscaped() {
        assertThat(RichText.sanitize("a < b & \"c\"")).isEqualTo("a &lt; b &amp; \"c\"");
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.sanitize("")).isEmpty();
    }
}
