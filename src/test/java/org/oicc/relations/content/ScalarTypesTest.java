package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DatasourceDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.Location;
import org.oicc.relations.definition.ModelDefinition;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.oicc.relations.content.ContentFixture.problem;

/**
 * Every scalar kind, good and bad, on a test-only content type (the project's own types have no
 * Boolean, Double or Decimal), stored under a non-root rootPath to exercise item addressing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScalarTypesTest {

    private static final String TYPE = "sample";
    private static final String ITEM = "/samples/one";

    private ContentFixture f;

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        f = new ContentFixture(home, withSampleType(new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"))));
        f.withSession("agreement-aims", s -> {
            StoredNodes.addTopLevel(s, "samples", "nt:unstructured");
            s.save();
            return null;
        });
        f.service.create(TYPE, "one", ItemInput.of(Map.of("text", "first", "address", Map.of("city", "Jeddah"))), "editor");
    }

    @AfterAll
    void stop() {
        f.close();
    }

    static Stream<Arguments> good() {
        return Stream.of(
                arguments("text", "Hello\tworld\n<b>x</b>", "Hello\tworld\n<b>x</b>"),
                arguments("flag", true, true),
                arguments("flag", "false", false),
                arguments("count", 42, 42L),
                arguments("count", "-7", -7L),
                arguments("count", 3.0, 3L),
                arguments("count", BigInteger.valueOf(Long.MAX_VALUE), Long.MAX_VALUE),
                arguments("ratio", 1.5, 1.5),
                arguments("ratio", "2.5e3", 2500.0),
                arguments("ratio", 7, 7.0),
                arguments("amount", "12.50", new BigDecimal("12.50")),
                arguments("amount", 0.1, new BigDecimal("0.1")),
                arguments("amount", 10, new BigDecimal("10")),
                arguments("day", "2024-02-29", OffsetDateTime.parse("2024-02-29T00:00Z")),
                arguments("day", "2024-02-29T13:45:00+03:00", OffsetDateTime.parse("2024-02-29T13:45:00+03:00")),
                arguments("tags", List.of("b", "a"), List.of("b", "a")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("good")
    void goodValueIsStoredTyped(String property, Object input, Object expected) {
        Item item = f.service.update(TYPE, ITEM, ItemInput.of(Map.of(property, input)), "editor");
        assertThat(item.properties().get(property)).isEqualTo(expected);
        assertThat(f.service.read(TYPE, "one").properties().get(property)).isEqualTo(expected);
    }

    static Stream<Arguments> bad() {
        String integer = "must be a whole number";
        String number = "must be a finite number";
        String date = "must be a date (yyyy-MM-dd) or a date-time with offset (yyyy-MM-ddTHH:mm:ss+01:00)";
        return Stream.of(
                arguments("text", 42, "must be a text"),
                arguments("text", Map.of("a", "b"), "must be a text"),
                arguments("text", "bell\u0007", "must not contain control characters"),
                arguments("flag", "yes", "must be true or false"),
                arguments("flag", 1, "must be true or false"),
                arguments("count", 1.5, integer),
                arguments("count", "12abc", integer),
                arguments("count", true, integer),
                arguments("count", BigInteger.ONE.shiftLeft(63), "must be between -9223372036854775808 and 9223372036854775807"),
                arguments("ratio", "NaN", number),
                arguments("ratio", Double.NaN, number),
                arguments("ratio", "abc", number),
                arguments("ratio", "1e400", "must be between -1.7976931348623157E308 and 1.7976931348623157E308"),
                arguments("amount", "1,5", number),
                arguments("amount", false, number),
                arguments("day", "2024-02-30", date),
                arguments("day", "29/02/2024", date),
                arguments("day", "2024-02-29T13:45:00", date),
                arguments("day", 20240229, date),
                arguments("day", "+10000-01-01T00:00Z", date));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("bad")
    void badValueIsRejected(String property, Object input, String message) {
        f.assertRejected(TYPE, "one", () -> f.service.update(TYPE, ITEM, ItemInput.of(Map.of(property, input)), "editor"),
                List.of(problem(property, message)));
    }

    @Test
    void singleSubmodelIsAChildNodeHoldingItsProperties() throws Exception {
        Item item = f.service.update(TYPE, "one", ItemInput.of(Map.of("address", Map.of("city", "Rabat", "zip", "10000"))), "editor");
        assertThat(item.properties().get("address")).isEqualTo(Map.of("city", "Rabat", "zip", "10000"));
        String type = f.withSession("agreement-aims", s -> StoredNodes.node(s, ITEM + "/address").getPrimaryNodeType().getName());
        assertThat(type).isEqualTo("mgnl:contentNode");
    }

    @Test
    void listGivenForASingleSubmodel() {
        f.assertRejected(TYPE, "one",
                () -> f.service.update(TYPE, "one", ItemInput.of(Map.of("address", List.of(Map.of("city", "Rabat")))), "editor"),
                List.of(problem("address", "must be a single value, not a list")));
    }

    @Test
    void singleSubmodelMissingItsRequiredProperty() {
        f.assertRejected(TYPE, "one",
                () -> f.service.update(TYPE, "one", ItemInput.of(Map.of("address", Map.of("zip", "1"))), "editor"),
                List.of(problem("address.city", "is required")));
    }

    private static LightModule withSampleType(LightModule module) {
        Location at = Location.of("contentTypes/sample.yaml");
        List<PropertyDefinition> props = List.of(
                scalar("text", ValueKind.STRING, false, at),
                scalar("flag", ValueKind.BOOLEAN, false, at),
                scalar("count", ValueKind.LONG, false, at),
                scalar("ratio", ValueKind.DOUBLE, false, at),
                scalar("amount", ValueKind.DECIMAL, false, at),
                scalar("day", ValueKind.DATE, false, at),
                scalar("tags", ValueKind.STRING, true, at),
                new PropertyDefinition("address", new PropertyType.SubModel("address"), false, false, false,
                        List.of(), null, List.of(), at));
        SubModelDefinition address = new SubModelDefinition("address", List.of(
                new PropertyDefinition("city", PropertyType.STRING, true, false, false, List.of(), null, List.of(), at),
                scalar("zip", ValueKind.STRING, false, at)), at);
        ContentTypeDefinition sample = new ContentTypeDefinition(TYPE,
                new DatasourceDefinition("jcrContentTypeDatasource", "agreement-aims", "/samples", Map.of(), false, null),
                new ModelDefinition("mgnl:content", props, List.of(address)), at);
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>(module.contentTypes());
        types.put(TYPE, sample);
        return new LightModule(module.name(), module.version(), types, module.apps(), module.endpoints());
    }

    private static PropertyDefinition scalar(String name, ValueKind kind, boolean multiple, Location at) {
        return new PropertyDefinition(name, new PropertyType.Scalar(kind), false, multiple, false, List.of(), null, List.of(), at);
    }
}
