package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.SiteFixture;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rich text through the Nodes API (probe D16): markup outside the pages' safelist is refused with a
 * 400 that names the property and the offenders, nothing is stored, and headless clients reading
 * the delivery API never get a script; prose markup is stored exactly as sent.
 */
class NodesApiRichTextTest {

    private static final String NODES = "/.rest/nodes/v1";
    private static final String UNSAFE = "<p>desc</p><script>alert(3)</script><img src=x onerror=alert(4)>"
            + "<a href=\\\"javascript:alert(5)\\\">js</a><p style=\\\"color:red\\\">st</p>";
    private static final String DESCRIPTION = "{\"name\":\"description\",\"type\":\"String\",\"multiple\":false,\"values\":[\"%s\"]}";
    private static final String REFUSED = "{\"error\":{\"code\":\"validationFailed\",\"message\":\"the content was refused; nothing was changed\","
            + "\"problems\":[{\"path\":\"%s\",\"message\":"
            + "\"may only use the tags p, br, ul, ol, li, strong, em, a (links to http, https or mailto addresses, no other attributes);"
            + " not allowed: <script>, <img>, href=\\\"javascript:alert(5)\\\", style=\"}]}}";

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    @Test
    void aPostWithAScriptIsRefusedAndTheStoredTextStays() throws Exception {
        Object before = f.site.content.values("organization", "iula").get("description");
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula", "editor",
                "{\"properties\":[" + DESCRIPTION.formatted(UNSAFE).replace("\"description\"", "\"description_ar\"") + "]}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(REFUSED.formatted("description_ar"));
        assertThat(f.site.content.values("organization", "iula").get("description")).isEqualTo(before);
        assertThat(f.site.content.values("organization", "iula")).doesNotContainKey("description_ar");
    }

    @Test
    void aPutOfANewItemWithAScriptCreatesNothing() throws Exception {
        HttpResponse<String> r = f.site.send("PUT", NODES + "/organizations", "editor",
                "{\"name\":\"uclg\",\"type\":\"oicc:organization\",\"properties\":["
                        + "{\"name\":\"name\",\"type\":\"String\",\"multiple\":false,\"values\":[\"UCLG\"]},"
                        + DESCRIPTION.formatted(UNSAFE) + "]}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(REFUSED.formatted("description"));
        assertThat(f.site.send("GET", NODES + "/organizations/uclg", "editor", null).statusCode()).isEqualTo(404);
    }

    @Test
    void proseMarkupIsStoredAsSentAndDeliveredAsStored() throws Exception {
        String prose = "<p>Two <strong>bold</strong> and <em>em</em>.</p><p><a href=\\\"https://www.oicc.org/\\\">OICC</a> a &lt; b</p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol>";
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula", "editor",
                "{\"properties\":[" + DESCRIPTION.formatted(prose) + "]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains(DESCRIPTION.formatted(prose));
        assertThat(f.site.content.read("organization", "iula").property("description")).hasValue(prose.replace("\\\"", "\""));
    }
}
