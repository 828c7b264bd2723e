package org.oicc.relations.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Items as the index read them before they were packed: a path, an {@code Object[]} of values by
 * column and entries with theirs, random for a seed over every kind a value can be (texts in Latin,
 * accented Latin-1, Arabic and mixed scripts, long prose, canonical and upper-case UUIDs; longs,
 * doubles with NaN and infinities, decimals of any scale, booleans, dates before and after 1970,
 * multi-values, missing values). The test's oracle works on these.
 */
final class RawItems {

    record Raw(String path, Object[] values, List<IndexedEntry> entries) {
    }

    private static final String[] WORDS = {"Union", "union", "Conseil régional", "Ünïon", "اتحاد المدن", "مجلس",
        "Council اتحاد", "", " ", "a-b", "a/b", "Zeta", "ÿ", "€uro", "日本"};

    private final Random random;
    private final IndexSchema schema;

    RawItems(long seed, IndexSchema schema) {
        this.random = new Random(seed);
        this.schema = schema;
    }

    List<Raw> items(int count) {
        Set<String> paths = new LinkedHashSet<>();
        while (paths.size() < count) {
            paths.add(path());
        }
        List<Raw> items = new ArrayList<>();
        for (String path : paths) {
            items.add(new Raw(path, values(schema.item().size()), entries()));
        }
        return items;
    }

    private String path() {
        String[] parents = {"", "/f", "/f-a", "/generated/f000", "/مجلد", "/f/g"};
        String[] names = {"iula", "i", "a-b", "a", "ab", "مدينة", "é", "x" + random.nextInt(1000), "g" + random.nextInt(100)};
        return parents[random.nextInt(parents.length)] + "/" + names[random.nextInt(names.length)] + (random.nextBoolean() ? "" : random.nextInt(50));
    }

    private List<IndexedEntry> entries() {
        List<IndexedEntry> entries = new ArrayList<>();
        List<IndexSchema.SubModel> subs = schema.subModels();
        int n = random.nextInt(4);
        for (int i = 0; i < n && !subs.isEmpty(); i++) {
            IndexSchema.SubModel sub = subs.get(random.nextInt(subs.size()));
            entries.add(new IndexedEntry(sub.position(), sub.multiple() ? Integer.toString(i) : null, values(sub.columns().size())));
        }
        return entries;
    }

    private Object[] values(int columns) {
        Object[] values = new Object[columns];
        for (int c = 0; c < columns; c++) {
            values[c] = random.nextInt(4) == 0 ? null : random.nextInt(6) == 0 ? many() : one();
        }
        return values;
    }

    private Object[] many() {
        Object[] many = new Object[1 + random.nextInt(3)];
        for (int i = 0; i < many.length; i++) {
            many[i] = one();
        }
        return many;
    }

    Object one() {
        switch (random.nextInt(12)) {
            case 0, 1, 2:
                return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(100));
            case 3:
                return java.util.UUID.randomUUID().toString();
            case 4:
                return java.util.UUID.randomUUID().toString().toUpperCase();
            case 5:
                return "prose ".repeat(20 + random.nextInt(10)) + "نص";
            case 6:
                long[] edges = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 127, 128, -300};
                return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() >> random.nextInt(64);
            case 7:
                double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.5};
                return random.nextBoolean() ? odd[random.nextInt(odd.length)] : random.nextGaussian() * 1000;
            case 8:
                return new BigDecimal(java.math.BigInteger.valueOf(random.nextLong() >> random.nextInt(60)), random.nextInt(14) - 3);
            case 9:
                return random.nextBoolean();
            case 10:
                return new Moment(random.nextLong() >> random.nextInt(30));
            default:
                return (long) random.nextInt(1000); // positions: small numbers
        }
    }
}
