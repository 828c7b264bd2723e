package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 5, in the manner of Schemathesis: requests generated from the server's own
 * {@code openapi.json} (jqwik) — every GET operation, each parameter present or not, with values
 * valid under its schema and values that are not — fired at a real server. Every answer is a
 * documented status, never a 5xx other than a documented 503, and its body is valid against the
 * documented schema (the item schemas for 200s, DeliveryError for errors).
 */
class OpenApiPropertyTest {

    private static final String BASE = "https://oicc.test/openapi.json";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Path data;
    private static TestSite site;
    private static HttpServer server;
    private static JsonNode document;
    private static SchemaRegistry schemas;
    private static List<Operation> operations;

    /** One GET operation of the document, with its parameters resolved. */
    record Operation(String path, JsonNode get, List<JsonNode> parameters) {
    }

    /** One generated request. */
    record Call(Operation operation, String target, Map<String, String> headers) {
        @Override
        public String toString() {
            return "GET " + target + " " + headers;
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        data = Files.createTempDirectory("openapi-property");
        site = TestSite.builder().start(data);
        // the server as serve wires it: URI guard, JSON error handler, every servlet
        server = new HttpServer("127.0.0.1", 0, site.module, site.source, site.sessions, TestSite.JSON, DeliverySettings.DEFAULTS);
        server.start();
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(url("/.rest/delivery/openapi.json"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        document = TestSite.JSON.readTree(body);
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(BASE, body)));
        operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            List<JsonNode> params = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> params.add(resolve(p)));
            JsonNode get = path.getValue().get("get");
            get.path("parameters").forEach(p -> params.add(resolve(p)));
            operations.add(new Operation(path.getKey(), get, params));
        }
    }

    @AfterContainer
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (site != null) {
            site.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400, seed = "20261201")
    void everyAnswerIsDocumentedAndValid(@ForAll("calls") Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(call.target()))).timeout(Duration.ofSeconds(30));
        call.headers().forEach(request::header);
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        JsonNode responses = call.operation().get().get("responses");

        assertThat(status).as("%s: a 5xx", call).isNotEqualTo(500);
        assertThat(responses.has(String.valueOf(status))).as("%s answered %d, documented %s: %s", call, status,
                responses.fieldNames(), answer.body()).isTrue();
        if (status == 304) {
            return;
        }
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as("%s", call).startsWith("application/json");
        JsonNode schema = resolveResponse(responses.get(String.valueOf(status))).path("content").path("application/json").path("schema");
        assertValid(call, answer.body(), schema);
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(operations).flatMap(op -> {
            List<Arbitrary<String[]>> parts = new ArrayList<>();
            for (JsonNode p : op.parameters()) {
                parts.add(parameter(p));
            }
            return Combinators.combine(parts).as(values -> toCall(op, values));
        });
    }

    private static Call toCall(Operation op, List<String[]> values) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String[] v : values) {
            if (v.length == 1) {
                continue; // an optional parameter left out
            }
            switch (v[0]) {
                case "path" -> path = path.replace("{" + v[1] + "}", v[2]);
                case "header" -> headers.put(v[1], v[2]);
                default -> query.append(query.length() == 0 ? '?' : '&').append(encode(v[1])).append('=').append(encode(v[2]));
            }
        }
        return new Call(op, "/.rest" + path + query, headers);
    }

    /** {in, name, value}, or an absent optional parameter as {"absent"}. */
    private static Arbitrary<String[]> parameter(JsonNode p) {
        String in = p.get("in").asText();
        String name = p.get("name").asText();
        if (in.equals("path")) {
            Arbitrary<String> value = name.equals("entry")
                    ? Arbitraries.of("0", "1", "2", "99", "x", "%2e%2e")
                    : Arbitraries.oneOf(Arbitraries.of("iula", "alecso", "membership", "relations", "league-of-arab-states",
                            "no-such-node", "IULA", "a.b", "%25", "%2e%2e", "%D9%85"), Arbitraries.strings().alpha().ofLength(3));
            return value.map(v -> new String[]{"path", name, v});
        }
        Arbitrary<String> value;
        JsonNode schema = p.get("schema");
        if ("deepObject".equals(p.path("style").asText())) {
            Arbitrary<String> op = Arbitraries.of("eq", "ne", "lt", "gt", "lte", "gte", "like", "in", "not-in", "bogus");
            Arbitrary<String> v = Arbitraries.oneOf(Arbitraries.of("IULA", "%U%", "a|b", "1~9", "2020-01-01", "", "%", "true", "x~"),
                    Arbitraries.strings().ofMaxLength(12));
            return Combinators.combine(op, v).as((o, x) -> new String[]{"query", name + "[" + o + "]", x})
                    .injectNull(0.75).map(a -> a == null ? new String[]{"absent"} : a);
        }
        String type = schema.has("$ref") ? "object" : schema.path("type").asText("string");
        if (type.equals("integer")) {
            long min = schema.path("minimum").asLong(0);
            long max = schema.path("maximum").asLong(1_000);
            value = Arbitraries.oneOf(Arbitraries.longs().between(min, Math.min(max, min + 200)).map(String::valueOf),
                    Arbitraries.of(String.valueOf(min - 1), String.valueOf(max + 1), "99999999999999999999", "1.5", "x", ""));
        } else if (schema.has("enum")) {
            List<String> options = new ArrayList<>();
            schema.get("enum").forEach(e -> options.add(e.asText()));
            value = Arbitraries.oneOf(Arbitraries.of(options), Arbitraries.strings().ofMaxLength(8));
        } else if (name.equals("orderBy")) {
            value = Arbitraries.of("name", "name desc", "@name asc", "acronym desc,name", "title", "nonsense", "", "name up", "name,");
        } else if (name.equals("lang")) {
            value = Arbitraries.of("en", "ar", "fr", "all", "de", "ar-SA", "", "x_y", "zzzzzzzzzzz");
        } else if (name.equals("Accept-Language")) {
            value = Arbitraries.of("ar", "fr;q=0.5, en;q=0.1", ";", "*", "xx-YY", "ar;q=abc", ",,,");
        } else if (name.startsWith("If-")) {
            value = Arbitraries.of("\"x\"", "*", "Tue, 01 Dec 2099 00:00:00 GMT", "Mon, 01 Jan 2001 00:00:00 GMT", "junk");
        } else {
            value = Arbitraries.oneOf(Arbitraries.of("/", "/iula", "iula", "IULA", "%", "a b", "منظمة", ""),
                    Arbitraries.strings().ofMaxLength(10));
        }
        String where = in.equals("header") ? "header" : "query";
        boolean required = p.path("required").asBoolean(false);
        Arbitrary<String[]> present = value.map(v -> new String[]{where, name, v});
        return required ? present : present.injectNull(0.7).map(a -> a == null ? new String[]{"absent"} : a);
    }

    private static void assertValid(Call call, String body, JsonNode schema) {
        if (schema.has("$ref")) {
            assertThat(schemas.getSchema(SchemaLocation.of(BASE + schema.get("$ref").asText())).validate(body, InputFormat.JSON))
                    .as("%s: answer against %s: %s", call, schema.get("$ref").asText(), body).isEmpty();
        } else if ("array".equals(schema.path("type").asText()) && schema.path("items").has("$ref")) {
            String ref = BASE + schema.get("items").get("$ref").asText();
            JsonNode array;
            try {
                array = TestSite.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(call + ": not JSON: " + body, e);
            }
            assertThat(array.isArray()).as("%s: an array", call).isTrue();
            for (JsonNode element : array) {
                assertThat(schemas.getSchema(SchemaLocation.of(ref)).validate(element.toString(), InputFormat.JSON))
                        .as("%s: element against %s", call, ref).isEmpty();
            }
        }
    }

    private static JsonNode resolve(JsonNode maybeRef) {
        if (!maybeRef.has("$ref")) {
            return maybeRef;
        }
        JsonNode target = document;
        for (String part : maybeRef.get("$ref").asText().substring(2).split("/")) {
            target = target.get(part);
        }
        return target;
    }

    private static JsonNode resolveResponse(JsonNode response) {
        return resolve(response);
    }

    private static String url(String target) {
        return "http://127.0.0.1:" + server.port() + target;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
