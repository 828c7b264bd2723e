package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic organizations as JSON Lines in the agreed import format (/work/notes/jsonl-format.md):
 * one Nodes API v1 PUT body per line, with an {@code identifier}. Names are built from parallel
 * English / Arabic / French phrases (kind, theme, place), so a translation is a translation; some
 * items lack Arabic or French, most have an acronym, each has 1–3 relationships over the seed's
 * categories with positions after the seed's, and agreements carry 1–3 of the seed's aims.
 * The same count and seed give the same bytes, so runs are comparable.
 */
final class OrganizationGenerator {

    /** Parallel phrases: English, Arabic, French. */
    private record Phrase(String en, String ar, String fr) {
    }

    private static final List<Phrase> KINDS = List.of(
            new Phrase("Union", "اتحاد", "Union"), new Phrase("Network", "شبكة", "Réseau"),
            new Phrase("Association", "جمعية", "Association"), new Phrase("Council", "مجلس", "Conseil"),
            new Phrase("Forum", "منتدى", "Forum"), new Phrase("Institute", "معهد", "Institut"),
            new Phrase("Centre", "مركز", "Centre"), new Phrase("Foundation", "مؤسسة", "Fondation"),
            new Phrase("Organization", "منظمة", "Organisation"), new Phrase("Alliance", "تحالف", "Alliance"));

    // French keeps its article so that "pour" + theme reads right (pour le / pour la / pour les / pour l')
    private static final List<Phrase> THEMES = List.of(
            new Phrase("Urban Development", "التنمية الحضرية", "le développement urbain"),
            new Phrase("Local Authorities", "السلطات المحلية", "les autorités locales"),
            new Phrase("Heritage Cities", "مدن التراث", "les villes du patrimoine"),
            new Phrase("Water Resources", "الموارد المائية", "les ressources en eau"),
            new Phrase("Sustainable Transport", "النقل المستدام", "le transport durable"),
            new Phrase("Municipal Finance", "المالية البلدية", "les finances municipales"),
            new Phrase("Environmental Studies", "الدراسات البيئية", "les études environnementales"),
            new Phrase("Urban Planning", "التخطيط العمراني", "l’urbanisme"),
            new Phrase("Tourism", "السياحة", "le tourisme"),
            new Phrase("Culture and Arts", "الثقافة والفنون", "la culture et les arts"),
            new Phrase("Public Health", "الصحة العامة", "la santé publique"),
            new Phrase("Smart Cities", "المدن الذكية", "les villes intelligentes"));

    // French carries its preposition (en Afrique, au Sahel, dans le Golfe)
    private static final List<Phrase> PLACES = List.of(
            new Phrase("Africa", "أفريقيا", "en Afrique"), new Phrase("the Maghreb", "المغرب العربي", "au Maghreb"),
            new Phrase("Central Asia", "آسيا الوسطى", "en Asie centrale"), new Phrase("the Gulf", "الخليج", "dans le Golfe"),
            new Phrase("the Mediterranean", "حوض البحر المتوسط", "en Méditerranée"), new Phrase("the Sahel", "الساحل", "au Sahel"),
            new Phrase("Europe", "أوروبا", "en Europe"), new Phrase("the Middle East", "الشرق الأوسط", "au Moyen-Orient"));

    private static final List<Phrase> ROLES = List.of(
            new Phrase("Consultative status", "صفة استشارية", "Statut consultatif"),
            new Phrase("Member", "عضو", "Membre"),
            new Phrase("Observer", "مراقب", "Observateur"),
            new Phrase("Friendship and cooperation agreement", "اتفاقية صداقة وتعاون", "Accord d’amitié et de coopération"));

    /** Generated entries come after the seed's (at most 9 per category). */
    static final int FIRST_POSITION = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final int[] nextPosition = new int[SeedIds.CATEGORIES.size()];

    OrganizationGenerator(long seed) {
        this.random = new Random(seed);
        java.util.Arrays.fill(nextPosition, FIRST_POSITION);
    }

    /** Writes {@code count} lines (and a comment line first, which the import skips). */
    static void write(Path file, int count, long seed) throws IOException {
        OrganizationGenerator generator = new OrganizationGenerator(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + count + " generated organizations (bench, seed " + seed + ")\n");
            for (int i = 0; i < count; i++) {
                out.write(generator.line(i));
                out.write('\n');
            }
        }
    }

    /** The node name of the {@code i}-th organization (the same for every seed). */
    static String nodeName(int i) {
        return String.format("bench-%06d", i);
    }

    String line(int i) {
        return item(i).toString();
    }

    ObjectNode item(int i) {
        Phrase kind = pick(KINDS);
        Phrase theme = pick(THEMES);
        Phrase place = pick(PLACES);
        String name = nodeName(i);
        ObjectNode item = json.createObjectNode();
        item.put("name", name);
        item.put("identifier", SeedIds.id("organizations", name));
        item.put("type", "oicc:organization");
        ArrayNode props = item.putArray("properties");
        string(props, "name", kind.en() + " for " + theme.en() + " in " + place.en());
        if (random.nextInt(100) < 70) {
            string(props, "name_ar", kind.ar() + " " + theme.ar() + " في " + place.ar());
        }
        if (random.nextInt(100) < 60) {
            string(props, "name_fr", kind.fr() + " pour " + theme.fr() + " " + place.fr());
        }
        String acronym = acronym(kind.en() + " " + theme.en() + " " + place.en());
        if (random.nextInt(100) < 85) {
            string(props, "acronym", acronym);
        }
        if (random.nextInt(100) < 50) {
            string(props, "website", "https://www." + acronym.toLowerCase() + "-" + i + ".org/");
        }
        if (random.nextInt(100) < 40) {
            string(props, "description", "<p>A " + kind.en().toLowerCase() + " that brings cities and partners together on "
                    + theme.en().toLowerCase() + " in " + place.en() + ".</p>");
        }
        ArrayNode nodes = item.putArray("nodes");
        nodes.add(relationships());
        return item;
    }

    private ObjectNode relationships() {
        ObjectNode list = node("relationships");
        ArrayNode entries = list.putArray("nodes");
        int count = 1 + random.nextInt(3);
        for (int e = 0; e < count; e++) {
            int c = random.nextInt(SeedIds.CATEGORIES.size());
            String category = SeedIds.CATEGORIES.get(c);
            ObjectNode entry = node(Integer.toString(e));
            ArrayNode props = entry.putArray("properties");
            string(props, "category", SeedIds.category(category));
            Phrase role = ROLES.get(c);
            string(props, "role", role.en());
            if (random.nextInt(100) < 80) {
                string(props, "role_ar", role.ar());
            }
            if (random.nextInt(100) < 80) {
                string(props, "role_fr", role.fr());
            }
            ObjectNode position = props.addObject();
            position.put("name", "position").put("type", "Long").put("multiple", false);
            position.putArray("values").add(Integer.toString(nextPosition[c]++));
            if (category.equals(SeedIds.AGREEMENTS)) {
                ObjectNode aims = props.addObject();
                aims.put("name", "aims").put("type", "String").put("multiple", true);
                ArrayNode values = aims.putArray("values");
                List<String> pool = new ArrayList<>(SeedIds.AIMS);
                for (int a = 1 + random.nextInt(3); a > 0; a--) {
                    values.add(SeedIds.aim(pool.remove(random.nextInt(pool.size()))));
                }
            }
            entry.putArray("nodes");
            entries.add(entry);
        }
        return list;
    }

    private ObjectNode node(String name) {
        ObjectNode node = json.createObjectNode();
        node.put("name", name);
        node.put("type", "mgnl:contentNode");
        node.putArray("properties");
        return node;
    }

    private static void string(ArrayNode props, String name, String value) {
        ObjectNode p = props.addObject();
        p.put("name", name).put("type", "String").put("multiple", false);
        p.putArray("values").add(value);
    }

    /** Initials of the capitalized words: "Network for Water Resources in the Sahel" → NWRS. */
    static String acronym(String words) {
        StringBuilder a = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                a.append(w.charAt(0));
            }
        }
        return a.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
