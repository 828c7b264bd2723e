package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.delivery.endpoint.DeliverySettings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML is the only place a property is named: {@code headquarters} added to a copy of the light
 * module (content type, its app's validator and message, the relations view's fields, a template)
 * is validated, delivered, filtered, documented, shown in the relations view, on the pages and in the
 * edit form — with no Java change.
 */
class YamlOnlyPropertyTest {

    private static final String PASSWORD = "the admin password";
    private static final String NO_DIGITS = "is a place, written without digits";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void aPropertyAddedOnlyInYamlIsEverywhere() throws Exception {
        Path modules = data.resolve("light-modules");
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve(Standalone.MODULE));
        addHeadquarters(module);

        Standalone standalone = Standalone.open(data.resolve("data"), modules, Instance.COMBINED);
        HttpServer http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(), JSON,
                DeliverySettings.DEFAULTS);
        try (standalone; http) {
            AuthoringSite.mount(http, standalone, AuthoringOptions.NONE, JSON,
                    Map.of("RELATIONS_ADMIN_PASSWORD", PASSWORD), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            http.start();
            int port = http.port();

            // validation: the app's validator, with the message of the module in use (not the jar's bundle)
            HttpResponse<String> refused = send(port, "POST", "/.rest/nodes/v1/organizations/iula", true, edit("headquarters", "1200"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("headquarters").contains(NO_DIGITS);

            assertThat(send(port, "POST", "/.rest/nodes/v1/organizations/iula", true, edit("headquarters", "Barcelona")).statusCode())
                    .isEqualTo(200);
            assertThat(send(port, "POST", "/.rest/nodes/v1/organizations/iula", true, edit("headquarters_ar", "برشلونة")).statusCode())
                    .isEqualTo(200);
            assertThat(send(port, "POST", "/.rest/commands/v2/default/publish", true,
                    "{\"repository\":\"organizations\",\"path\":\"/iula\",\"recursive\":false}").statusCode()).isEqualTo(200);

            // delivery, in English and Arabic, and as a filter
            assertThat(json(send(port, "GET", "/.rest/delivery/organizations/v1/iula", false, null)).path("headquarters").asText())
                    .isEqualTo("Barcelona");
            assertThat(json(send(port, "GET", "/.rest/delivery/organizations/v1/iula?lang=ar", false, null)).path("headquarters").asText())
                    .isEqualTo("برشلونة");
            JsonNode found = json(send(port, "GET", "/.rest/delivery/organizations/v1?headquarters=Barcelona", false, null));
            assertThat(found.path("results")).extracting(r -> r.path("@name").asText()).containsExactly("iula");

            // the relations view shows it where its YAML lists it
            JsonNode view = json(send(port, "GET", "/.rest/delivery/relations/v1?lang=ar", false, null));
            List<String> shown = new ArrayList<>();
            view.path("categories").forEach(c -> c.path("entries").forEach(e -> {
                if (e.path("organization").path("@name").asText().equals("iula")) {
                    shown.add(e.path("organization").path("headquarters").asText());
                }
            }));
            assertThat(shown).isNotEmpty().containsOnly("برشلونة");

            // the OpenAPI document: the filter parameter and the view's schema, with the translation
            JsonNode openapi = json(send(port, "GET", "/.rest/delivery/openapi.json", false, null));
            assertThat(openapi.path("paths").path("/delivery/organizations/v1").path("get").path("parameters"))
                    .extracting(p -> p.path("name").asText()).contains("headquarters");
            JsonNode organization = openapi.path("components").path("schemas").path("deliveryRelationsV1.organization").path("properties");
            assertThat(organization.has("headquarters")).isTrue();
            assertThat(organization.has("headquarters_ar")).isTrue();
            assertThat(openapi.path("components").path("schemas").path("organization").path("properties").has("headquarters")).isTrue();

            // pages, where the template shows it
            assertThat(page(port, "/organizations/iula.html").select("dd.headquarters").text()).isEqualTo("Barcelona");
            assertThat(page(port, "/ar/organizations/iula.html").select("dd.headquarters").text()).isEqualTo("برشلونة");

            // the edit form of the authoring UI
            String cookie = login(port);
            Document form = Jsoup.parse(get(port, "/.author/items/organization/iula", cookie).body());
            assertThat(form.selectFirst("#f-headquarters").val()).isEqualTo("Barcelona");
            assertThat(form.selectFirst("#f-headquarters_ar").val()).isEqualTo("برشلونة");
            assertThat(form.selectFirst("#f-headquarters_ar").attr("dir")).isEqualTo("rtl");
        }
    }

    /** The property, a validator with its message, the relations view's field and a line of the organization page. */
    private static void addHeadquarters(Path module) throws Exception {
        replace(module.resolve("contentTypes/organization.yaml"), "    - name: acronym\n",
                "    - name: acronym\n    - name: headquarters\n      i18n: true\n");
        replace(module.resolve("apps/organizations.yaml"), "      properties:\n", """
                      properties:
                        headquarters:
                          validators:
                            - name: noDigits
                              $type: regexpValidator
                              pattern: "[^0-9]*"
                              errorMessage: oicc-relations.validation.headquarters.noDigits
                """);
        Path bundle = module.resolve("i18n/oicc-relations-messages_en.properties");
        Files.writeString(bundle, Files.readString(bundle, StandardCharsets.UTF_8)
                + "\noicc-relations.validation.headquarters.noDigits=" + NO_DIGITS + "\n", StandardCharsets.UTF_8);
        replace(module.resolve("restEndpoints/delivery/relations_v1.yaml"), "organizationFields: [name, acronym, website]",
                "organizationFields: [name, acronym, website, headquarters]");
        replace(module.resolve("templates/pages/organization.ftl"), "  <dl class=\"facts\">\n", """
                  <dl class="facts">
                    [#if org.headquarters?has_content]
                    <dt>Headquarters</dt>
                    <dd class="headquarters">${org.headquarters}</dd>
                    [/#if]
                """);
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    private static String edit(String property, String value) throws Exception {
        return JSON.writeValueAsString(Map.of("properties", List.of(Map.of("name", property, "multiple", false,
                "values", List.of(value)))));
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private Document page(int port, String path) throws Exception {
        HttpResponse<String> r = send(port, "GET", path, false, null);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private String login(int port) throws Exception {
        String body = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.author/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        Matcher m = Pattern.compile("OICC_AUTHOR=([^;]+)").matcher(String.join("\n", r.headers().allValues("Set-Cookie")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "OICC_AUTHOR=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    private HttpResponse<String> send(int port, String method, String path, boolean admin, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (admin) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
