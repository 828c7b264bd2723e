package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /.rest/delivery/relations/v1} over HTTP on the seed content. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationsViewTest {

    private static final String VIEW = "/.rest/delivery/relations/v1";
    private TestSite server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = TestSite.builder().site().start(data);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void defaultLanguageAnswerIsTheGoldenOne() throws Exception {
        HttpResponse<String> response = server.get(VIEW);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).isEqualTo(compact(golden()));
    }

    @Test
    void categoriesInPageOrderWithFourSevenEightAndNineEntries() throws Exception {
        JsonNode view = server.json(VIEW);

        assertThat(texts(view.get("categories"), "kind"))
                .containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
        List<Integer> counts = new ArrayList<>();
        view.get("categories").forEach(c -> counts.add(c.get("entries").size()));
        assertThat(counts).containsExactly(4, 7, 8, 9);
        assertThat(texts(view.get("aims"), "position")).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void icleiAndIulaSitOnTheExecutiveCommittee() throws Exception {
        JsonNode membership = server.json(VIEW).get("categories").get(1);

        List<String> committee = new ArrayList<>();
        membership.get("entries").forEach(e -> {
            if ("Member of the Executive Committee".equals(e.path("role").asText())) {
                committee.add(e.get("organization").get("acronym").asText());
            }
        });
        assertThat(committee).containsExactly("ICLEI", "IULA");
    }

    @Test
    void agreementEntriesCarryTheirAimsAsIdAndTitle() throws Exception {
        JsonNode view = server.json(VIEW);
        JsonNode idb = view.get("categories").get(3).get("entries").get(0);

        assertThat(idb.get("organization").get("acronym").asText()).isEqualTo("IDB");
        assertThat(texts(idb.get("aims"), "@id")).containsExactlyElementsOf(texts(view.get("aims"), "@id"));
        assertThat(idb.get("aims").get(0).toString())
                .isEqualTo("{\"@id\":\"f6ddb102-d4cd-3db2-b232-9db73ea4ea48\",\"title\":\"Exchange of expertise\"}");
    }

    @Test
    void arabicTitlesRolesAndNames() throws Exception {
        HttpResponse<String> response = server.get(VIEW + "?lang=ar");
        JsonNode view = TestSite.JSON.readTree(response.body());

        assertThat(response.headers().firstValue("Content-Language")).contains("ar");
        assertThat(texts(view.get("categories"), "title")).containsExactly("المركز الاستشاري",
                "العضوية في المنظمات الدولية", "العضوية بصفة مراقب", "اتفاقيات الصداقة والتعاون");
        JsonNode iulaCommittee = view.get("categories").get(1).get("entries").get(5);
        assertThat(iulaCommittee.get("organization").get("name").asText()).isEqualTo("الاتحاد الدولي للسلطات المحلية");
        assertThat(iulaCommittee.get("role").asText()).isEqualTo("عضو في اللجنة التنفيذية");
        assertThat(iulaCommittee.get("organization").get("acronym").asText()).isEqualTo("IULA");
        assertThat(view.get("aims").get(0).get("title").asText()).isEqualTo("تبادل الخبرات");
    }

    @Test
    void acceptLanguageIsHonouredWhenLangIsAbsent() throws Exception {
        HttpResponse<String> response = server.get(VIEW, "Accept-Language", "fr;q=0.5, ar-SA;q=0.9");

        assertThat(response.headers().firstValue("Content-Language")).contains("ar");
        assertThat(TestSite.JSON.readTree(response.body()).get("categories").get(0).get("title").asText())
                .isEqualTo("المركز الاستشاري");
    }

    @Test
    void langBeatsAcceptLanguage() throws Exception {
        JsonNode view = server.json(VIEW + "?lang=fr", "Accept-Language", "ar");

        assertThat(view.get("categories").get(1).get("title").asText()).isEqualTo("Adhésion aux organisations internationales");
    }

    @Test
    void langAllGivesTheStoredKeys() throws Exception {
        HttpResponse<String> response = server.get(VIEW + "?lang=all");
        JsonNode category = TestSite.JSON.readTree(response.body()).get("categories").get(1);

        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(category.get("title").asText()).isEqualTo("Membership in International Organizations");
        assertThat(category.get("title_ar").asText()).isEqualTo("العضوية في المنظمات الدولية");
        assertThat(category.get("title_fr").asText()).isEqualTo("Adhésion aux organisations internationales");
        JsonNode entry = category.get("entries").get(5);
        assertThat(entry.get("role_ar").asText()).isEqualTo("عضو في اللجنة التنفيذية");
        assertThat(entry.get("organization").has("name_fr")).isTrue();
    }

    @Test
    void anotherParameterIsABadRequestNamingIt() throws Exception {
        HttpResponse<String> response = server.get(VIEW + "?lang=en&orderBy=name");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":\"invalidValueFormat\",\"message\":\"parameter 'orderBy': "
                + "is not supported by the relations view (only lang, category, offset and limit are)\"}}");
    }

    @Test
    void malformedLangIsABadRequest() throws Exception {
        HttpResponse<String> response = server.get(VIEW + "?lang=%27%20OR%201%3D1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestSite.JSON.readTree(response.body()).get("error").get("message").asText())
                .startsWith("parameter 'lang':");
    }

    @Test
    void langTwiceIsABadRequest() throws Exception {
        HttpResponse<String> response = server.get(VIEW + "?lang=ar&lang=fr");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("parameter 'lang': given more than once");
    }

    @Test
    void subPathsAreNotFound() throws Exception {
        HttpResponse<String> sub = server.get(VIEW + "/membership");
        HttpResponse<String> children = server.get(VIEW + "@nodes");

        assertThat(sub.statusCode()).isEqualTo(404);
        assertThat(sub.body()).isEqualTo("{\"error\":{\"code\":\"pathNotFound\",\"message\":\"/membership\"}}");
        assertThat(children.statusCode()).isEqualTo(404);
        assertThat(children.body()).isEqualTo("{\"error\":{\"code\":\"pathNotFound\",\"message\":\"@nodes\"}}");
    }

    @Test
    void trailingSlashIsTheViewItself() throws Exception {
        assertThat(compact(server.json(VIEW + "/"))).isEqualTo(compact(golden()));
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> response = server.send("POST", VIEW);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    static JsonNode golden() throws IOException {
        try (InputStream in = RelationsViewTest.class.getResourceAsStream("relations-view-en.json")) {
            return TestSite.JSON.readTree(in);
        }
    }

    static String compact(JsonNode json) throws IOException {
        return TestSite.JSON.writeValueAsString(json);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText(null)));
        return out;
    }
}
