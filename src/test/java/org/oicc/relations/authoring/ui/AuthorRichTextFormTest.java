package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form without script (the no-JS fallback): rich text outside the safelist is refused beside its field. */
class AuthorRichTextFormTest {

    private static final String IULA = "/.author/items/organization/iula";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("editor", b -> b.authorAndPublic());

    @Test
    void aScriptInTheDescriptionIsRefusedBesideTheFieldAndTheInputIsKept() throws Exception {
        String unsafe = "<p>Hello</p><script>alert(1)</script><p onclick=\"x()\">there</p>";
        HttpResponse<String> r = ui.client.submit(UiClient.html(ui.client.get(IULA)), "form#edit",
                Map.of("p.description_ar", unsafe, "p.acronym", "CHANGED"), "save");

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = UiClient.html(r);
        assertThat(page.selectFirst("#f-description_ar-err").text()).isEqualTo("may only use the tags p, br, ul, ol, li, strong, em, a"
                + " (links to http, https or mailto addresses, no other attributes); not allowed: <script>, onclick=");
        assertThat(page.selectFirst("#f-description_ar").val()).isEqualTo(unsafe);
        assertThat(page.selectFirst("#f-description_ar").attr("dir")).isEqualTo("rtl");
        assertThat(ui.site.content.values("organization", "iula")).doesNotContainKey("description_ar").containsEntry("acronym", "IULA");
    }

    @Test
    void typedParagraphsAreStoredAsSent() throws Exception {
        String prose = "<p>First paragraph with <strong>bold</strong>.</p><p>Second with <a href=\"https://www.oicc.org/\">a link</a>.</p>";
        HttpResponse<String> r = ui.client.submit(UiClient.html(ui.client.get(IULA)), "form#edit", Map.of("p.description", prose), "save");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(ui.site.content.values("organization", "iula")).containsEntry("description", prose);
    }

    @Test
    void withoutScriptTwoTypedParagraphsBecomeTwoParagraphs() throws Exception {
        HttpResponse<String> r = ui.client.submit(UiClient.html(ui.client.get(IULA)), "form#edit",
                Map.of("p.description", "First line\r\nstill first & more\r\n\r\n  Second paragraph\r\n"), "save");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(ui.site.content.values("organization", "iula"))
                .containsEntry("description", "<p>First line<br>still first &amp; more</p><p>Second paragraph</p>");
    }
}
