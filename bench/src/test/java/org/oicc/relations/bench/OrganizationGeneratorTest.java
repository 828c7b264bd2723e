package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationGeneratorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_seed_identifiers_are_those_of_the_bootstrap_files() throws Exception {
        Path bootstrap = Path.of(System.getProperty("bootstrap.dir", "../module/mgnl-bootstrap/oicc-relations"));
        Pattern uuid = Pattern.compile("'jcr:uuid': '([0-9a-f-]{36})'");
        for (String c : SeedIds.CATEGORIES) {
            assertThat(uuidIn(bootstrap.resolve("relationship-categories." + c + ".yaml"), uuid)).isEqualTo(SeedIds.category(c));
        }
        for (String a : SeedIds.AIMS) {
            assertThat(uuidIn(bootstrap.resolve("agreement-aims." + a + ".yaml"), uuid)).isEqualTo(SeedIds.aim(a));
        }
    }

    @Test
    void lines_are_nodes_api_bodies_with_relationships_over_the_seed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orgs.jsonl");
        OrganizationGenerator.write(file, 500, 7);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(501);
        assertThat(lines.get(0)).startsWith("# 500 generated organizations");

        Set<String> categories = new HashSet<>(SeedIds.CATEGORIES.stream().map(SeedIds::category).toList());
        Set<String> aims = new HashSet<>(SeedIds.AIMS.stream().map(SeedIds::aim).toList());
        Set<String> names = new HashSet<>();
        Set<String> positions = new HashSet<>();
        int withoutArabic = 0;
        int withoutFrench = 0;
        int withAcronym = 0;
        int agreements = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode item = json.readTree(line);
            assertThat(item.get("type").asText()).isEqualTo("oicc:organization");
            assertThat(names.add(item.get("name").asText())).isTrue();
            assertThat(item.get("identifier").asText()).isEqualTo(SeedIds.id("organizations", item.get("name").asText()));
            Set<String> props = new HashSet<>();
            for (JsonNode p : item.get("properties")) {
                props.add(p.get("name").asText());
                assertThat(p.get("type").asText()).isEqualTo("String");
                assertThat(p.get("values")).hasSize(1);
            }
            assertThat(props).contains("name");
            withoutArabic += props.contains("name_ar") ? 0 : 1;
            withoutFrench += props.contains("name_fr") ? 0 : 1;
            withAcronym += props.contains("acronym") ? 1 : 0;
            assertThat(item.get("nodes")).hasSize(1);
            JsonNode list = item.get("nodes").get(0);
            assertThat(list.get("name").asText()).isEqualTo("relationships");
            assertThat(list.get("type").asText()).isEqualTo("mgnl:contentNode");
            assertThat(list.get("nodes").size()).isBetween(1, 3);
            int n = 0;
            for (JsonNode entry : list.get("nodes")) {
                assertThat(entry.get("name").asText()).isEqualTo(Integer.toString(n++));
                String category = value(entry, "category");
                assertThat(categories).contains(category);
                assertThat(positions.add(category + "/" + value(entry, "position"))).as("positions are unique per category").isTrue();
                JsonNode entryAims = property(entry, "aims");
                if (category.equals(SeedIds.category(SeedIds.AGREEMENTS))) {
                    agreements++;
                    assertThat(entryAims.get("multiple").asBoolean()).isTrue();
                    assertThat(entryAims.get("values").size()).isBetween(1, 3);
                    entryAims.get("values").forEach(v -> assertThat(aims).contains(v.asText()));
                } else {
                    assertThat(entryAims).isNull();
                }
            }
        }
        // some without a translation, most with an acronym, agreements present
        assertThat(withoutArabic).isBetween(100, 200);
        assertThat(withoutFrench).isBetween(150, 250);
        assertThat(withAcronym).isBetween(380, 470);
        assertThat(agreements).isGreaterThan(100);
    }

    @Test
    void the_same_seed_gives_the_same_bytes(@TempDir Path dir) throws Exception {
        OrganizationGenerator.write(dir.resolve("a"), 50, 3);
        OrganizationGenerator.write(dir.resolve("b"), 50, 3);
        OrganizationGenerator.write(dir.resolve("c"), 50, 4);
        assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(Files.readAllBytes(dir.resolve("b")));
        assertThat(Files.readAllBytes(dir.resolve("a"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c")));
    }

    @Test
    void names_are_translated_phrase_by_phrase() throws Exception {
        JsonNode item = new OrganizationGenerator(1).item(0);
        assertThat(item.toString()).isEqualTo(new OrganizationGenerator(1).line(0));
        String en = value(item, "name");
        assertThat(en).matches("[A-Z][a-z]+ for [A-Z].* in .*");
        assertThat(OrganizationGenerator.acronym("Network for Water Resources in the Sahel")).isEqualTo("NWRS");
        assertThat(OrganizationGenerator.nodeName(42)).isEqualTo("bench-000042");
    }

    private static String uuidIn(Path file, Pattern uuid) throws Exception {
        Matcher m = uuid.matcher(Files.readString(file));
        assertThat(m.find()).as(file + " has a jcr:uuid").isTrue();
        return m.group(1);
    }

    private static JsonNode property(JsonNode node, String name) {
        for (JsonNode p : node.get("properties")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static String value(JsonNode node, String name) {
        return property(node, name).get("values").get(0).asText();
    }
}
