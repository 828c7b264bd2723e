package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.content.Item;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.PendingAssets;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code asset} property inside a submodel row, with a test-only content type
 * ({@code src/test/resources/.../submodel-assets}: events whose sponsors each have a badge) added to
 * the shipped light module: the generated form draws an upload control in each row, a refused file
 * is that row field's problem, an accepted one is stored under the row, published with the item, and
 * resolved by the delivery endpoint's assetReferenceResolver inside the row.
 */
class SubModelAssetFieldTest {

    private static final Path EXTRA = Path.of("src/test/resources/org/oicc/relations/authoring/ui/submodel-assets");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path modules;
    private TestSite f;
    private UiClient admin;

    @BeforeEach
    void start() throws Exception {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve("oicc-relations"));
        TestTrees.copy(EXTRA, module);
        f = TestSite.builder().lightModules(modules).combined().site().authorUi().start(data);
        admin = UiClient.loggedIn(f, "admin");
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aSponsorRowTakesABadgeThatIsStoredPublishedAndResolvedInTheRow() throws Exception {
        Document empty = UiClient.html(admin.get("/.author/items/event/_new"));
        assertThat(empty.selectFirst("form#edit").attr("enctype")).isEqualTo("multipart/form-data");
        Document withRow = UiClient.html(admin.submit(empty, "form#edit", Map.of("p.title", "Summit"), "add:p.sponsors"));
        assertThat(withRow.select("#f-sponsors-0 input[type=file]").eachAttr("name")).containsExactly("p.sponsors.0.badge@file");
        assertThat(withRow.select("#f-sponsors-0 input[name^=p.sponsors.0.badge@alt]").eachAttr("name"))
                .containsExactly("p.sponsors.0.badge@alt", "p.sponsors.0.badge@alt_ar", "p.sponsors.0.badge@alt_fr");

        // a refused file is the row field's problem; the rest is kept
        HttpResponse<String> svg = admin.postMultipart("/.author/items/event/_new", fields(withRow, Map.of("p.sponsors.0.sponsorName", "ISESCO",
                "_name", "summit")), "p.sponsors.0.badge@file", "badge.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertThat(svg.statusCode()).isEqualTo(400);
        Document refused = UiClient.html(svg);
        assertThat(refused.selectFirst("#f-sponsors-0-badge-err").text()).startsWith("Not stored: SVG images are not accepted");
        assertThat(refused.selectFirst("#f-sponsors-0-sponsorName").val()).isEqualTo("ISESCO");

        HttpResponse<String> saved = admin.submitWithFile(refused, "form#edit", Map.of("p.sponsors.0.badge@alt", "ISESCO badge"), "save",
                "p.sponsors.0.badge@file", "isesco.png", AssetScreensTest.png(240, 120));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Item summit = f.content.read("event", "summit");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sponsors = (List<Map<String, Object>>) f.content.values("event", "summit").get("sponsors");
        String key = (String) sponsors.get(0).get("badge");
        assertThat(key).matches("jcr:[0-9a-f-]{36}");
        AssetKey asset = AssetKey.parse(key).orElseThrow();
        AssetStore store = new AssetStore(f.sessions, f.locks, Clock.systemUTC());
        assertThat(store.read(Side.AUTHOR, asset).orElseThrow().alt()).isEqualTo(Map.of("alt", "ISESCO badge"));
        assertThat(new PendingAssets(store, Clock.systemUTC(), Duration.ZERO).since(asset)).as("saved: not pending").isEmpty();
        assertThat(f.content.assetReferrers(key)).containsExactly("event summit");

        // the form shows it in the row
        Document form = UiClient.html(admin.get("/.author/items/event/summit"));
        assertThat(form.selectFirst("#f-sponsors-0-badge-asset .asset-preview img").attr("src"))
                .isEqualTo("/.author/preview/dam/" + key + "/isesco.png?width=160");
        assertThat(form.selectFirst("input[type=hidden][name=p.sponsors.0.badge]").val()).isEqualTo(key);

        // published with the item; the endpoint resolves the badge inside the row
        HttpResponse<String> published = admin.press(form, "button[formaction$='/publish']:not([name])", Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(store.isPublished(asset)).isTrue();
        JsonNode event = JSON.readTree(f.get("/.rest/delivery/events/v1/summit").body());
        JsonNode badge = event.at("/sponsors/0/badge");
        assertThat(badge.path("@id").asText()).isEqualTo(key);
        assertThat(badge.path("@link").asText()).isEqualTo("/dam/" + key + "/isesco.png");
        assertThat(badge.at("/metadata/alt").asText()).isEqualTo("ISESCO badge");
        assertThat(badge.at("/renditions/160/link").asText()).isEqualTo("/dam/" + key + "/isesco.png?width=160");
        assertThat(summit.name()).isEqualTo("summit");
    }

    /** A form's data as a browser sends it, file inputs left out, with changes. */
    private static List<Map.Entry<String, String>> fields(Document page, Map<String, String> changes) {
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (var kv : ((org.jsoup.nodes.FormElement) page.selectFirst("form#edit")).formData()) {
            if (!kv.key().equals("_action") && !changes.containsKey(kv.key()) && !kv.key().endsWith("@file")) {
                out.add(Map.entry(kv.key(), kv.value()));
            }
        }
        changes.forEach((k, v) -> out.add(Map.entry(k, v)));
        out.add(Map.entry("_action", "save"));
        return out;
    }
}
