package org.oicc.relations.content;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.testing.TestRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed content obeys the same rules as an editor: every bootstrapped item, read through its
 * definition and written back unchanged, passes validation and reads back identical.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedContentRoundTripTest {

    private TestRepository repository;
    private ContentService service;

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        repository = TestRepository.seeded(home);
        service = new ContentService(module, repository, Clock.fixed(ContentFixture.NOW, ZoneOffset.UTC),
                ContentLocales.of(module), ValidationMessages.of(module));
    }

    @AfterAll
    void stop() {
        repository.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization", "relationshipCategory", "agreementAim"})
    @SuppressWarnings("unchecked")
    void everySeedItemPassesValidationAndRoundTrips(String type) {
        List<Item> items = service.list(type);
        assertThat(items).isNotEmpty();
        for (Item item : items) {
            Item written = service.update(type, item.name(), ItemInput.of((Map<String, ?>) asInput(item.properties())), "round-trip");
            assertThat(written.properties()).as(item.path()).isEqualTo(item.properties());
        }
    }

    /** An Item's values as a JSON body would carry them. */
    @SuppressWarnings("unchecked")
    private static Object asInput(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SeedContentRoundTripTest::asInput).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, asInput(v)));
            return out;
        }
        return value;
    }
}
