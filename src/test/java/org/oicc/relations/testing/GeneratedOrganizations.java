package org.oicc.relations.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Organizations for bulk-import tests and measurements, one JSON Lines item each in the agreed
 * format (the Nodes API PUT body): a name in English, Arabic and French, an acronym, and 1–3
 * relationships over the seed's four categories, agreements with an aim. Deterministic: item
 * {@code i} is always the same, so two runs import the same file.
 */
public final class GeneratedOrganizations {

    /** The seed's category identifiers (fixed in its bootstrap files). */
    public static final List<String> CATEGORIES = List.of("1aba3ebd-e7a5-3d04-aef7-d19b678d9cb0",
            "37886d58-1419-3a5c-9632-328e39bffe89", "c0b544b5-ee85-31c9-ab75-01d19a183a9c", "0278ef32-e85f-3193-acfc-ccc603f3777b");
    /** The seed's cooperation-agreement category, whose entries get an aim. */
    public static final String AGREEMENT = "0278ef32-e85f-3193-acfc-ccc603f3777b";
    public static final String AIM = "f6f48c95-609d-33bf-85ad-4fde8569d013";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedOrganizations() {
    }

    /** Writes organizations {@code from} to {@code to - 1} ({@code org-<i>}) as a .jsonl file. */
    public static Path write(Path file, int from, int to) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = from; i < to; i++) {
                out.write(line(i));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String line(int i) {
        ObjectNode item = JSON.createObjectNode();
        item.put("name", "org-" + i);
        item.put("type", "oicc:organization");
        ArrayNode props = item.putArray("properties");
        property(props, "name", "String", "Generated Organization " + i);
        property(props, "name_ar", "String", "المنظمة " + i);
        property(props, "name_fr", "String", "Organisation générée " + i);
        property(props, "acronym", "String", "GO" + i);
        ObjectNode relationships = item.putArray("nodes").addObject();
        relationships.put("name", "relationships");
        relationships.put("type", "mgnl:contentNode");
        relationships.putArray("properties");
        ArrayNode entries = relationships.putArray("nodes");
        int count = 1 + i % 3;
        for (int r = 0; r < count; r++) {
            String category = CATEGORIES.get((i + r) % CATEGORIES.size());
            ObjectNode entry = entries.addObject();
            entry.put("name", String.valueOf(r));
            entry.put("type", "mgnl:contentNode");
            ArrayNode ep = entry.putArray("properties");
            property(ep, "category", "String", category);
            property(ep, "position", "Long", String.valueOf(1000 + i));
            if (category.equals(AGREEMENT)) {
                ObjectNode aims = ep.addObject();
                aims.put("name", "aims").put("type", "String").put("multiple", true).putArray("values").add(AIM);
            }
            entry.putArray("nodes");
        }
        return item.toString();
    }

    private static void property(ArrayNode props, String name, String type, String value) {
        ObjectNode p = props.addObject();
        p.put("name", name).put("type", type).put("multiple", false).putArray("values").add(value);
    }
}
