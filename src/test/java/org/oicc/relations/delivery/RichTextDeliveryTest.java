package org.oicc.relations.delivery;

import org.oicc.relations.testing.StoredNodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rich text stored before writes were checked (or past the content service, as a Magnolia editor
 * writes) is cleaned with the pages' safelist on its way out of the delivery API; a value that
 * keeps to the list is delivered byte for byte as stored.
 */
class RichTextDeliveryTest {

    private TestSite site;

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        site = TestSite.builder().site().start(data);
        Session session = site.published.login("organizations");
        try {
            StoredNodes.node(session, "/unicef").setProperty("description",
                    "<p>desc</p><script>alert(3)</script><img src=x onerror=alert(4)><a href=\"javascript:alert(5)\">js</a>"
                            + "<a href=\"https://ok.example/\" target=\"_blank\">ok</a><p style=\"color:red\">st</p>");
            StoredNodes.node(session, "/unicef").setProperty("description_ar", "<p>نص &amp; <strong>عريض</strong></p>");
            session.save();
        } finally {
            session.logout();
        }
        Session categories = site.published.login("relationship-categories");
        try {
            StoredNodes.node(categories, "/membership").setProperty("intro", "<p onclick=\"x()\">Members</p><iframe src=\"https://evil\"></iframe>");
            categories.save();
        } finally {
            categories.logout();
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void storedScriptsNeverReachAClient() throws Exception {
        JsonNode all = site.json("/.rest/delivery/organizations/v1/unicef?lang=all");
        assertThat(all.path("description").asText())
                .isEqualTo("<p>desc</p><a>js</a><a href=\"https://ok.example/\">ok</a><p>st</p>");
        assertThat(all.path("description_ar").asText()).isEqualTo("<p>نص &amp; <strong>عريض</strong></p>");
        assertThat(site.json("/.rest/delivery/organizations/v1/unicef?lang=ar").path("description").asText())
                .isEqualTo("<p>نص &amp; <strong>عريض</strong></p>");
        assertThat(site.json("/.rest/delivery/organizations/v1?acronym=UNICEF").path("results").path(0).path("description").asText())
                .isEqualTo("<p>desc</p><a>js</a><a href=\"https://ok.example/\">ok</a><p>st</p>");
    }

    @Test
    void theRelationsViewCleansToo() throws Exception {
        JsonNode view = site.json("/.rest/delivery/relations/v1");
        JsonNode membership = null;
        for (JsonNode c : view.path("categories")) {
            if (c.path("@name").asText().equals("membership") || c.path("name").asText().equals("membership")) {
                membership = c;
            }
        }
        assertThat(membership).as(view.toString()).isNotNull();
        assertThat(membership.path("intro").asText()).isEqualTo("<p>Members</p>");
    }
}
