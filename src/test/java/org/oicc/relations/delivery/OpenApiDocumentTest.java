package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.query.Filter;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /.rest/delivery/openapi.json}: valid OpenAPI 3 by swagger-parser, and real answers of the
 * endpoints valid against the schemas it generated (networknt, OpenAPI 3.0 dialect).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final String DOC = "/.rest/delivery/openapi.json";
    private static final String BASE = "https://oicc.test/openapi.json";

    private TestSite server;
    private String document;
    private SchemaRegistry schemas;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = TestSite.builder().site().start(data);
        HttpResponse<String> response = server.get(DOC);
        assertThat(response.statusCode()).isEqualTo(200);
        document = response.body();
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(BASE, document)));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void swaggerParserFindsNothingWrong() {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyEndpointHasItsPaths() throws Exception {
        OpenAPI api = parsed();

        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrder(
                "/delivery/agreement-aims/v1", "/delivery/agreement-aims/v1/{path}", "/delivery/agreement-aims/v1/{path}@nodes",
                "/delivery/agreement-aims/v1/@nodes",
                "/delivery/organizations/v1", "/delivery/organizations/v1/{path}", "/delivery/organizations/v1/{path}@nodes",
                "/delivery/organizations/v1/@nodes", "/delivery/organizations/v1/{path}/relationships",
                "/delivery/organizations/v1/{path}/relationships@nodes", "/delivery/organizations/v1/{path}/relationships/{entry}",
                "/delivery/relationship-categories/v1", "/delivery/relationship-categories/v1/{path}",
                "/delivery/relationship-categories/v1/{path}@nodes", "/delivery/relationship-categories/v1/@nodes",
                "/delivery/pages/v1", "/delivery/pages/v1/{path}", "/delivery/pages/v1/{path}@nodes", "/delivery/pages/v1/@nodes",
                "/delivery/relations/v1", "/delivery/openapi.json", "/dam/{key}/{fileName}");
        assertThat(api.getServers().get(0).getUrl()).isEqualTo("/.rest");
        var query = api.getPaths().get("/delivery/organizations/v1").getGet();
        assertThat(query.getResponses().keySet()).containsExactly("200", "304", "400", "500", "503");
        assertThat(api.getPaths().get("/delivery/organizations/v1/{path}@nodes").getGet().getResponses()).containsKey("503");
        assertThat(api.getPaths().get("/delivery/organizations/v1/{path}").getGet().getResponses()).doesNotContainKey("503");
        assertThat(api.getPaths().values()).allSatisfy(item -> assertThat(item.readOperations()).hasSize(1));
        assertThat(TestSite.JSON.readTree(document).get("security").toString()).as("anonymous API").isEqualTo("[]");
        assertThat(api.getPaths().get("/delivery/organizations/v1/{path}").getGet().getResponses()).containsKey("404");
    }

    @Test
    void queryParametersAreAllDocumented() {
        OpenAPI api = parsed();
        List<Parameter> params = api.getPaths().get("/delivery/organizations/v1").getGet().getParameters().stream()
                .map(p -> p.get$ref() == null ? p : api.getComponents().getParameters().get(p.get$ref().replace("#/components/parameters/", "")))
                .toList();

        assertThat(params).extracting(Parameter::getName).containsExactly("lang", "Accept-Language", "If-None-Match",
                "If-Modified-Since", "offset", "limit", "q", "orderBy", "@name", "@ancestor", "name", "acronym", "description",
                "website", "logo", "parent", "relationships.category", "relationships.role", "relationships.since",
                "relationships.aims", "relationships.note", "relationships.position");
        Parameter limit = params.get(5);
        assertThat(limit.getSchema().getMaximum()).isEqualByComparingTo("100");
        assertThat(limit.getSchema().getDefault()).isEqualTo(50);
        Parameter acronym = params.get(11);
        assertThat(acronym.getStyle()).isEqualTo(Parameter.StyleEnum.DEEPOBJECT);
        assertThat(api.getComponents().getSchemas().get("Filter").getProperties().keySet())
                .containsExactly("eq", "ne", "lt", "gt", "lte", "gte", "like", "in", "not-in");
    }

    @Test
    void contentTypeSchemasFollowTheDefinitions() throws Exception {
        JsonNode s = TestSite.JSON.readTree(document).get("components").get("schemas");

        JsonNode org = s.get("organization");
        assertThat(org.get("required").toString()).isEqualTo("[\"@name\",\"@path\",\"@id\",\"@nodeType\",\"name\"]");
        assertThat(org.get("properties").get("name_ar").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(org.get("properties").get("parent").toString()).isEqualTo("{\"$ref\":\"#/components/schemas/organization.reference\"}");
        assertThat(org.get("properties").get("relationships").toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/organization.relationships\"}");
        assertThat(s.get("organization.relationships").get("additionalProperties").toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/organization.relationship\"}");
        JsonNode entry = s.get("organization.relationship").get("properties");
        assertThat(entry.get("aims").toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/agreementAim.reference\"}}");
        assertThat(entry.get("since").get("format").asText()).isEqualTo("date-time");
        assertThat(entry.get("position").get("pattern").asText()).isEqualTo("^-?[0-9]+$");
        assertThat(s.get("relationshipCategory").get("properties").get("kind").get("enum").toString())
                .isEqualTo("[\"consultative-status\",\"membership\",\"observer\",\"cooperation-agreement\"]");
        assertThat(s.get("agreementAim").get("properties").get("domains_fr").get("type").asText()).isEqualTo("array");
        assertThat(s.get("organization.reference").get("oneOf").toString()).isEqualTo("[{\"type\":\"string\","
                + "\"description\":\"The identifier of the organization.\"},{\"$ref\":\"#/components/schemas/organization\"}]");
        assertThat(s.get("Node").get("additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void realQueryAnswersMatchTheirSchemas() throws Exception {
        Schema page = schema("organization.page");
        for (String query : List.of("?limit=50", "?limit=50&lang=ar", "?limit=50&lang=all")) {
            assertThat(page.validate(server.get("/.rest/delivery/organizations/v1" + query).body(), InputFormat.JSON))
                    .as(query).isEmpty();
        }
        assertThat(schema("relationshipCategory.page").validate(
                server.get("/.rest/delivery/relationship-categories/v1?lang=all").body(), InputFormat.JSON)).isEmpty();
        assertThat(schema("agreementAim.page").validate(
                server.get("/.rest/delivery/agreement-aims/v1").body(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void aNodeAndItsChildrenMatchTheirSchemas() throws Exception {
        String iula = server.get("/.rest/delivery/organizations/v1/iula").body();

        assertThat(schema("organization").validate(iula, InputFormat.JSON)).isEmpty();
        assertThat(TestSite.JSON.readTree(iula).get("relationships").get("@nodes").size()).isEqualTo(3);
    }

    /** The typed sub-paths answer what their schemas say (openapi-client.md change 3). */
    @Test
    void submodelSubPathsAndRootChildrenMatchTheirSchemas() throws Exception {
        String base = "/.rest/delivery/organizations/v1";
        String entry = TestSite.JSON.readTree(server.get(base + "/iula/relationships").body()).get("@nodes").get(0).asText();

        assertThat(schema("organization.relationships").validate(server.get(base + "/iula/relationships").body(), InputFormat.JSON)).isEmpty();
        assertThat(server.get(base + "/iula/relationships@nodes").statusCode()).isEqualTo(200);
        assertThat(schema("organization.relationship").validate(server.get(base + "/iula/relationships/" + entry).body(),
                InputFormat.JSON)).isEmpty();
        assertThat(schema("organization.relationship").validate("{\"@name\":\"0\"}", InputFormat.JSON)).isNotEmpty();
        HttpResponse<String> roots = server.get(base + "/@nodes");
        assertThat(roots.statusCode()).isEqualTo(200);
        assertThat(TestSite.JSON.readTree(roots.body()).isArray()).isTrue();
    }

    /** D31: a value valid under the orderBy schema is one the server answers, and the reverse. */
    @Test
    void theOrderByPatternAcceptsWhatTheServerAnswers() throws Exception {
        OpenAPI api = parsed();
        String pattern = api.getPaths().get("/delivery/organizations/v1").getGet().getParameters().stream()
                .filter(p -> "orderBy".equals(p.getName())).findFirst().orElseThrow().getSchema().getPattern();
        java.util.regex.Pattern re = java.util.regex.Pattern.compile(pattern);

        for (String ok : List.of("name", "name desc", "acronym ASC,@name asc", "mgnl:lastModified desc,@name asc", "name_ar")) {
            assertThat(re.matcher(ok).matches()).as(ok).isTrue();
            assertThat(server.get("/.rest/delivery/organizations/v1?orderBy=" + java.net.URLEncoder.encode(ok,
                    java.nio.charset.StandardCharsets.UTF_8)).statusCode()).as(ok).isEqualTo(200);
        }
        for (String bad : List.of("", "nonsense", "name sideways", "relationships.role")) {
            assertThat(re.matcher(bad).matches()).as(bad).isFalse();
            assertThat(server.get("/.rest/delivery/organizations/v1?orderBy=" + java.net.URLEncoder.encode(bad,
                    java.nio.charset.StandardCharsets.UTF_8)).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void theRelationsViewMatchesItsSchemaInEveryLanguage() throws Exception {
        Schema view = schema("deliveryRelationsV1");
        for (String lang : List.of("en", "ar", "fr", "all")) {
            assertThat(view.validate(server.get("/.rest/delivery/relations/v1?lang=" + lang).body(), InputFormat.JSON))
                    .as(lang).isEmpty();
        }
    }

    @Test
    void theSchemasCatchAWrongAnswer() throws Exception {
        String answer = server.get("/.rest/delivery/organizations/v1?limit=50").body();
        String nameless = answer.replaceFirst("\"name\":\"[^\"]*\",", "");
        String numeric = server.get("/.rest/delivery/relations/v1").body().replaceFirst("\"position\":\"1\"", "\"position\":1");

        assertThat(schema("organization.page").validate(nameless, InputFormat.JSON)).isNotEmpty();
        assertThat(schema("deliveryRelationsV1").validate(numeric, InputFormat.JSON)).isNotEmpty();
        assertThat(schema("deliveryRelationsV1").validate("{\"categories\":[],\"aims\":[],\"extra\":1}", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void errorAnswersMatchTheErrorSchema() throws Exception {
        HttpResponse<String> bad = server.get("/.rest/delivery/organizations/v1?limit=-1");
        HttpResponse<String> missing = server.get("/.rest/delivery/organizations/v1/no-such-org");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(schema("DeliveryError").validate(bad.body(), InputFormat.JSON)).isEmpty();
        assertThat(schema("DeliveryError").validate(missing.body(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theDocumentTakesNoParametersAndHasNoSubPaths() throws Exception {
        HttpResponse<String> param = server.get(DOC + "?lang=ar");
        HttpResponse<String> sub = server.get(DOC + "/paths");

        assertThat(param.statusCode()).isEqualTo(400);
        assertThat(param.body()).isEqualTo("{\"error\":{\"code\":\"invalidValueFormat\","
                + "\"message\":\"parameter 'lang': is not supported here (the document takes no parameters)\"}}");
        assertThat(sub.statusCode()).isEqualTo(404);
        assertThat(sub.body()).isEqualTo("{\"error\":{\"code\":\"pathNotFound\",\"message\":\"/paths\"}}");
        assertThat(server.send("PUT", DOC).statusCode()).isEqualTo(405);
    }

    private OpenAPI parsed() {
        return new OpenAPIV3Parser().readContents(document, null, new ParseOptions()).getOpenAPI();
    }

    private Schema schema(String name) {
        return schemas.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name));
    }
}
