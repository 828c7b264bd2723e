package org.oicc.relations.testing;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

/**
 * Many organizations written straight into a JCR session, a batch per {@code save()}: what a large
 * site holds, made in seconds rather than through thousands of requests. Deterministic for a seed.
 * Names repeat (so orders need their path tie-break), about two in three have an Arabic name and
 * one in two a French one (so localized orders fall back to English), one in five has no acronym
 * (missing values), each has 1-3 relationships over the seed's four categories, most with a
 * position and a start date, agreements with aims.
 */
public final class GeneratedOrganizationNodes {

    public static final List<String> CATEGORIES = List.of("1aba3ebd-e7a5-3d04-aef7-d19b678d9cb0",
            "37886d58-1419-3a5c-9632-328e39bffe89", "c0b544b5-ee85-31c9-ab75-01d19a183a9c",
            "0278ef32-e85f-3193-acfc-ccc603f3777b");
    public static final String AGREEMENT = "0278ef32-e85f-3193-acfc-ccc603f3777b";
    public static final List<String> AIMS = List.of("f6f48c95-609d-33bf-85ad-4fde8569d013",
            "f6ddb102-d4cd-3db2-b232-9db73ea4ea48", "feadc912-af1a-3d36-afda-81338b73ef80",
            "db9e9d94-96b6-3c36-a04e-4ba1c4afe4ac", "800be3e4-a9f2-355e-ab7d-7aa5616a922a");

    private static final String[] WORDS = {"Union", "Council", "Cities", "Towns", "Islamic", "Arab", "Regional",
        "Development", "Heritage", "Planning", "Water", "Culture", "Capitals", "Network", "Forum", "Local"};
    private static final String[] WORDS_AR = {"اتحاد", "مجلس", "مدن", "بلدات", "الإسلامية", "العربية", "الإقليمي",
        "التنمية", "التراث", "التخطيط", "المياه", "الثقافة", "العواصم", "شبكة", "منتدى", "المحلية"};
    private static final String[] WORDS_FR = {"Union", "Conseil", "Villes", "Communes", "islamique", "arabe",
        "régional", "Développement", "Patrimoine", "Urbanisme", "Eau", "Culture", "Capitales", "Réseau", "Forum", "local"};

    private GeneratedOrganizationNodes() {
    }

    /**
     * Adds {@code count} organizations named {@code g00000}, {@code g00001}, ... in folders of 100
     * ({@code /generated/f000/g00000}: Jackrabbit 2 checks a parent's whole child list on every added
     * child, so one parent of thousands makes writing quadratic), saving every {@code batch}.
     */
    public static void write(Session session, int count, long seed, int batch) throws RepositoryException {
        Random random = new Random(seed);
        Node top = StoredNodes.addTopLevel(session, "generated", "mgnl:folder");
        Node root = top;
        for (int i = 0; i < count; i++) {
            if (i % 100 == 0) {
                root = top.addNode(String.format("f%03d", i / 100), "mgnl:folder");
            }
            // a small pool of names: several items share each, so ties fall back to the path
            int a = random.nextInt(WORDS.length);
            int b = random.nextInt(WORDS.length);
            int n = random.nextInt(Math.max(2, count / 4));
            Node org = root.addNode(String.format("g%05d", i), "oicc:organization");
            org.setProperty("name", WORDS[a] + " " + WORDS[b] + " " + n);
            if (random.nextInt(3) > 0) {
                org.setProperty("name_ar", WORDS_AR[a] + " " + WORDS_AR[b] + " " + n);
            }
            if (random.nextBoolean()) {
                org.setProperty("name_fr", WORDS_FR[a] + " " + WORDS_FR[b] + " " + n);
            }
            if (random.nextInt(5) > 0) {
                org.setProperty("acronym", "" + WORDS[a].charAt(0) + WORDS[b].charAt(0) + (char) ('A' + random.nextInt(26)));
            }
            org.setProperty("website", "https://example.org/" + i);
            Node relationships = org.addNode("relationships", "mgnl:contentNode");
            int entries = 1 + random.nextInt(3);
            for (int e = 0; e < entries; e++) {
                Node entry = relationships.addNode(Integer.toString(e), "mgnl:contentNode");
                String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                entry.setProperty("category", category);
                entry.setProperty("role", random.nextBoolean() ? "Member" : "Observer");
                if (random.nextBoolean()) {
                    entry.setProperty("role_ar", "عضو");
                }
                if (random.nextInt(4) > 0) {
                    entry.setProperty("position", (long) random.nextInt(1000));
                }
                if (random.nextInt(3) > 0) {
                    entry.setProperty("since", day(1970 + random.nextInt(55), random.nextInt(12), 1 + random.nextInt(28)));
                }
                if (category.equals(AGREEMENT)) {
                    entry.setProperty("aims", new String[] {AIMS.get(random.nextInt(AIMS.size())),
                        AIMS.get(random.nextInt(AIMS.size()))});
                }
            }
            if ((i + 1) % batch == 0) {
                session.save();
            }
        }
        session.save();
    }

    private static Calendar day(int year, int month, int day) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month, day);
        return c;
    }
}
