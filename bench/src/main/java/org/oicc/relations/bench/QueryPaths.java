package org.oicc.relations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct query URLs for the uncached query row: a category filter, an {@code orderBy} (name or
 * acronym, either way), a language and {@code limit=20} at offsets spread over the matching items.
 * The answer cache is keyed by the whole query, so a URL seen once is never a hit while each is
 * asked only once (the table says when a row made more requests than it had URLs).
 */
final class QueryPaths {

    private static final String[] ORDERS = {"name", "name%20desc", "acronym", "acronym%20desc"};
    private static final String[] LANGS = {"en", "ar", "fr"};

    private QueryPaths() {
    }

    /** Two disjoint lists, {@code count} URLs each: one to warm up with, one to measure. */
    static List<List<String>> warmAndMeasure(int size, int count, long seed) {
        return disjoint(size, count, 2, seed);
    }

    /** {@code parts} disjoint lists of up to {@code count} URLs each (fewer when the set has fewer). */
    static List<List<String>> disjoint(int size, int count, int parts, long seed) {
        // each organization has 1-3 entries over 4 categories: about 0.4 x size match one category
        int matching = Math.max(21, (int) (size * 0.4));
        Random random = new Random(seed);
        Set<String> all = new LinkedHashSet<>();
        int possible = SeedIds.CATEGORIES.size() * ORDERS.length * LANGS.length * (matching - 20);
        int wanted = Math.min(parts * count, possible);
        while (all.size() < wanted) {
            all.add("/.rest/delivery/organizations/v1?relationships.category="
                    + SeedIds.category(SeedIds.CATEGORIES.get(random.nextInt(SeedIds.CATEGORIES.size())))
                    + "&orderBy=" + ORDERS[random.nextInt(ORDERS.length)]
                    + "&lang=" + LANGS[random.nextInt(LANGS.length)]
                    + "&limit=20&offset=" + random.nextInt(matching - 20));
        }
        List<String> list = new ArrayList<>(all);
        List<List<String>> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            out.add(list.subList(p * list.size() / parts, (p + 1) * list.size() / parts));
        }
        return out;
    }

    static Path write(Path file, List<String> paths) throws IOException {
        Files.write(file, paths);
        return file;
    }
}
