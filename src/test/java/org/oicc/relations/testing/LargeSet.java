package org.oicc.relations.testing;

import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A large generated set of organizations written straight into a repository side in one session
 * and one save (seconds, not the minutes HTTP writes would take), for tests of lists that grow
 * with the content: each organization has 1 to 3 relationships over the seed's categories, with
 * positions after the seed's so the seed entries stay first. Names are English, some also Arabic
 * or French; the same seed gives the same set.
 */
public final class LargeSet {

    /** Relationships written per category name, and in all. */
    public record Written(Map<String, Integer> byCategory, int relationships) {
    }

    private LargeSet() {
    }

    public static Written write(SessionProvider sessions, Side side, int organizations, long seed) throws RepositoryException {
        Map<String, String> categories = new LinkedHashMap<>(); // identifier -> name
        Session cats = sessions.login(side, "relationship-categories");
        try {
            for (Node c : StoredNodes.topLevel(cats)) {
                if (c.isNodeType("oicc:relationshipCategory")) {
                    categories.put(c.getIdentifier(), c.getName());
                }
            }
        } finally {
            cats.logout();
        }
        String[] ids = categories.keySet().toArray(String[]::new);
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        categories.values().forEach(n -> byCategory.put(n, 0));
        Random random = new Random(seed);
        int total = 0;
        Session orgs = sessions.login(side, "organizations");
        try {
            for (int i = 0; i < organizations; i++) {
                Node org = StoredNodes.addTopLevel(orgs, String.format("generated-%05d", i), "oicc:organization");
                org.setProperty("name", "Generated Organization " + i);
                if (i % 3 == 0) {
                    org.setProperty("name_ar", "منظمة مولدة " + i);
                }
                if (i % 4 == 0) {
                    org.setProperty("name_fr", "Organisation générée " + i);
                }
                org.setProperty("acronym", "GEN" + i);
                Node relationships = org.addNode("relationships", "mgnl:contentNode");
                int count = 1 + random.nextInt(3);
                for (int r = 0; r < count; r++) {
                    String category = ids[random.nextInt(ids.length)];
                    Node entry = relationships.addNode(Integer.toString(r), "mgnl:contentNode");
                    entry.setProperty("category", category);
                    entry.setProperty("role", "Role " + r + " of " + i);
                    // a few without position: they go last, ordered by path
                    if (random.nextInt(20) != 0) {
                        entry.setProperty("position", 100L + random.nextInt(organizations * 3));
                    }
                    byCategory.merge(categories.get(category), 1, Integer::sum);
                    total++;
                }
            }
            orgs.save();
        } finally {
            orgs.logout();
        }
        return new Written(byCategory, total);
    }
}
