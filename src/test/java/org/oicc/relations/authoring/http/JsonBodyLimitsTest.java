package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.oicc.relations.testing.SiteFixture;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes API bodies the probe found answered 500 or read differently from how a proxy would read
 * them (probe D12, D13, D27): each is a 400 that names the problem, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonBodyLimitsTest {

    private static final String ORGANIZATIONS = "/.rest/nodes/v1/organizations";

    @RegisterExtension
    static final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    private HttpResponse<String> put(String body) throws Exception {
        return f.site.send("PUT", ORGANIZATIONS, "editor", body);
    }

    private void assertNotStored(String name) throws Exception {
        assertThat(f.site.send("GET", ORGANIZATIONS + "/" + name, "editor", null).statusCode()).isEqualTo(404);
    }

    @Test
    void d12NestingPastTheLimitIsA400NotA500() throws Exception {
        String deep = "{\"name\":\"deep\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        HttpResponse<String> r = put(deep);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("too deeply nested");
        assertNotStored("deep");
    }

    @Test
    void d12AThousandDigitNumberIsA400() throws Exception {
        HttpResponse<String> r = put("{\"name\":\"long\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":["
                + "9".repeat(2000) + "]}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("too long number");
        assertNotStored("long");
    }

    @Test
    void d13NullAndObjectValuesAreRefusedNotStoredAsText() throws Exception {
        HttpResponse<String> nul = put("{\"name\":\"x1\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":[null]}]}");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("property 'name': each value must be a string, not null");
        HttpResponse<String> object = put("{\"name\":\"x1\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":[{\"a\":1}]}]}");
        assertThat(object.statusCode()).isEqualTo(400);
        assertThat(object.body()).contains("not an object");
        assertNotStored("x1");
    }

    @Test
    void d13ANumberIsTakenAsItsText() throws Exception {
        HttpResponse<String> r = put("{\"name\":\"n123\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":[123]}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"values\":[\"123\"]");
        assertThat(f.site.send("DELETE", ORGANIZATIONS + "/n123", "editor", null).statusCode()).isLessThan(300);
    }

    @Test
    void d27TrailingContentIsRefused() throws Exception {
        HttpResponse<String> r = put("{\"name\":\"t1\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":[\"T\"]}]} {\"x\":1}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("malformed JSON");
        assertNotStored("t1");
    }

    @Test
    void d27ADuplicateKeyIsRefused() throws Exception {
        HttpResponse<String> r = put("{\"name\":\"a1\",\"name\":\"b1\",\"type\":\"oicc:organization\",\"properties\":[{\"name\":\"name\",\"values\":[\"B\"]}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Duplicate field 'name'");
        assertNotStored("a1");
        assertNotStored("b1");
    }
}
