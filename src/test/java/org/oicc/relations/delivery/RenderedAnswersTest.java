package org.oicc.relations.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.node.NodeRenderer;
import org.oicc.relations.delivery.node.RenderFixture;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.StoredNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-node answers kept as bytes beside the snapshots ({@code RenderedNodes}): a request the
 * response cache has not seen (a parameter the endpoint ignores, new every time) copies them while
 * no workspace the answer reads has changed. Over real HTTP on a real repository: the copied bytes
 * are those a renderer keeping nothing writes, for every seed organization in every language; each
 * language has its own; an edit of the item or of an item it expands shows on the next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedAnswersTest {

    private static final String ENDPOINT = "delivery/organizations/v1";
    private static final String ORGANIZATIONS = "/.rest/" + ENDPOINT + "/";
    private final AtomicInteger requests = new AtomicInteger();
    private TestSite site;
    private Publisher publisher;

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().authorAndPublic().site().start(data);
        publisher = new Publisher(site.module, site.sessions, new LocalTransport(site.sessions, "publication"), Clock.systemUTC());
    }

    @AfterAll
    void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everySeedOrganizationInEveryLanguageIsCopiedAsTheBytesARendererKeepingNothingWrites() throws Exception {
        List<String> items = new ArrayList<>();
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC)) {
            for (Node node : StoredNodes.topLevel(sessions.session("organizations"))) {
                if (node.isNodeType("oicc:organization")) {
                    items.add(StoredNodes.clientPath(node));
                }
            }
        }
        assertThat(items).hasSizeGreaterThan(10);
        DeliveryEndpointDefinition endpoint = RenderFixture.endpoint(site.module, ENDPOINT);
        NodeRenderer keepingNothing = new NodeRenderer(endpoint, site.module, ContentLocales.of(site.module));
        for (String item : items) {
            for (String lang : List.of("en", "fr", "ar", "all")) {
                String made = uncached(item.substring(1) + "?lang=" + lang).body();
                long copied = site.snapshots.answersCopied();

                String kept = uncached(item.substring(1) + "?lang=" + lang).body();

                assertThat(site.snapshots.answersCopied()).as(item + " " + lang + " copied").isEqualTo(copied + 1);
                assertThat(kept).as(item + " " + lang).isEqualTo(made)
                        .isEqualTo(rendered(keepingNothing, item, "all".equals(lang) ? Language.ALL : Language.of(lang)));
            }
        }
    }

    @Test
    void eachLanguageHasItsOwnBytesAndAcceptLanguageSharesTheLanguagesEntry() throws Exception {
        String english = uncached("alecso?lang=en").body();
        String arabic = uncached("alecso?lang=ar").body();
        String all = uncached("alecso?lang=all").body();
        long copied = site.snapshots.answersCopied();

        HttpResponse<String> negotiated = site.get(ORGANIZATIONS + "alecso?n=" + requests.incrementAndGet(), "Accept-Language", "ar");

        assertThat(negotiated.body()).isEqualTo(arabic);
        assertThat(site.snapshots.answersCopied()).as("the Arabic answer, copied").isEqualTo(copied + 1);
        assertThat(english).isNotEqualTo(arabic).isNotEqualTo(all);
        assertThat(arabic).isNotEqualTo(all);
        assertThat(site.json.readTree(arabic).at("/name").asText())
                .isEqualTo(site.json.readTree(all).at("/name_ar").asText());
        assertThat(uncached("alecso?lang=en").body()).isEqualTo(english);
    }

    @Test
    void aPublishedEditOfTheItemShowsOnTheNextUncachedRead() throws Exception {
        uncached("iula");
        assertThat(json("iula").at("/acronym").asText()).as("copied").isEqualTo("IULA");
        long copied = site.snapshots.answersCopied();

        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");
        assertThat(json("iula").at("/acronym").asText()).as("a draft changes nothing public").isEqualTo("IULA");
        publisher.publish("organizations", "/iula", "publisher");

        assertThat(json("iula").at("/acronym").asText()).isEqualTo("UCLG");
        assertThat(site.snapshots.answersCopied()).as("only the read before the publication was copied").isEqualTo(copied + 1);
        assertThat(json("iula").at("/acronym").asText()).as("the new bytes, copied in turn").isEqualTo("UCLG");
        assertThat(site.snapshots.answersCopied()).isEqualTo(copied + 2);
    }

    @Test
    void anExpandedReferenceFollowsAnEditOfTheReferencedItemInItsOwnWorkspace() throws Exception {
        JsonNode before = json("idb");
        String category = before.at("/relationships/0/category/@name").asText();
        assertThat(category).isNotEmpty();
        assertThat(json("idb")).as("copied").isEqualTo(before);

        site.content.update("relationshipCategory", category, ItemInput.of(Map.of("title", "Retitled for the test")), "editor");
        publisher.publish("relationship-categories", "/" + category, "publisher");

        assertThat(json("idb").at("/relationships/0/category/title").asText()).isEqualTo("Retitled for the test");
    }

    @Test
    void anEditSavedDirectlyOnThePublicSideShowsOnTheNextRead() throws Exception {
        json("alecso");
        json("alecso");
        Session session = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            StoredNodes.node(session, "/alecso/relationships/0").setProperty("note", "set on the public side");
            session.save();
        } finally {
            session.logout();
        }

        assertThat(json("alecso").at("/relationships/0/note").asText()).isEqualTo("set on the public side");
    }

    private String rendered(NodeRenderer renderer, String path, Language language) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SessionScope sessions = new SessionScope(site.sessions, Side.PUBLIC);
             JsonGenerator out = site.json.getFactory().createGenerator(bytes)) {
            renderer.writeAt(out, path, language, sessions);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> uncached(String itemAndQuery) throws Exception {
        String separator = itemAndQuery.contains("?") ? "&" : "?";
        HttpResponse<String> response = site.get(ORGANIZATIONS + itemAndQuery + separator + "uncached=" + requests.incrementAndGet());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode json(String item) throws Exception {
        return site.json.readTree(uncached(item).body());
    }
}
