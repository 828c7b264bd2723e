package org.oicc.relations.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packed record gives back every value as it was read (each kind, multi-values, missing
 * values, entries, paths), and orders and filters over packed items are the ones the index
 * answered when it kept the same values as objects ({@code Object[]} per item): the oracle here is
 * that representation with delivery's documented rules (localized value with fallback, first of
 * several, missing last, typed compare, ties by path; any value of several passes a filter).
 */
class PackedRecordTest {

    private static final LightModule MODULE = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
    private static final ContentLocales LOCALES = ContentLocales.of(MODULE);
    private static final IndexSchema SCHEMA = new IndexSchema(organizations(), LOCALES);

    private static ContentTypeDefinition organizations() {
        return MODULE.allContentTypes().stream().filter(t -> t.workspace().equals("organizations")).findFirst().orElseThrow();
    }

    private static List<IndexedItem> pack(List<RawItems.Raw> raws, Labels labels) {
        List<IndexedItem> slots = new ArrayList<>();
        for (RawItems.Raw raw : raws) {
            IndexedItem item = IndexedItem.pack(SCHEMA, labels, raw.path(), raw.values(), raw.entries(), 0L);
            item.slot = slots.size();
            slots.add(item);
        }
        return slots;
    }

    @Property(tries = 60)
    void everyValueKindPathAndEntryComesBackAsItWasRead(@ForAll long seed) {
        List<RawItems.Raw> raws = new RawItems(seed, SCHEMA).items(40);
        List<IndexedItem> items = pack(raws, Labels.of(new Object()));
        int columns = SCHEMA.item().size();
        for (int i = 0; i < raws.size(); i++) {
            RawItems.Raw raw = raws.get(i);
            IndexedItem item = items.get(i);
            assertThat(item.values(columns)).as(raw.path()).isEqualTo(raw.values());
            for (int c = 0; c < columns; c++) {
                assertThat(item.value(c)).isEqualTo(raw.values()[c]);
            }
            IndexedEntry[] entries = item.entries(SCHEMA);
            assertThat(entries).hasSize(raw.entries().size());
            assertThat(item.entryCount()).isEqualTo(raw.entries().size());
            for (int e = 0; e < entries.length; e++) {
                IndexedEntry want = raw.entries().get(e);
                assertThat(entries[e].subModel).isEqualTo(want.subModel);
                assertThat(entries[e].name).isEqualTo(want.name);
                assertThat(entries[e].values).isEqualTo(want.values);
            }
            String path = raw.path();
            assertThat(item.path()).isEqualTo(path);
            assertThat(item.name()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
            assertThat(item.hasPath(path)).isTrue();
            assertThat(item.hasPath(path + "x")).isFalse();
            assertThat(item.hasPath(path.substring(0, path.length() - 1))).isFalse();
            assertThat(item.pathHash()).isEqualTo(path.hashCode());
            assertThat(item.pathBelow(path.substring(0, path.lastIndexOf('/') + 1))).isTrue();
            assertThat(item.pathBelow(path + "/")).isFalse();
            for (IndexedItem other : items) {
                assertThat(Integer.signum(item.comparePath(other))).isEqualTo(Integer.signum(path.compareTo(other.path())));
            }
        }
    }

    @Property(tries = 40)
    void ordersAreTheOnesOfTheValuesKeptAsObjects(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll boolean descending) {
        List<RawItems.Raw> raws = new RawItems(seed, SCHEMA).items(80);
        List<IndexedItem> slots = pack(raws, Labels.of(new Object()));
        String[] properties = {"name", "name", "acronym", "website", SortOrder.NAME, "mgnl:created"};
        String[] languages = {"ar", "fr", null, "ar", null, null};
        List<SortOrder> order = List.of(new SortOrder(properties[which], languages[which], descending));

        SlotComparator packed = new SlotComparator(order, SCHEMA.item(), slots);
        Integer[] bySlots = new Integer[slots.size()];
        Arrays.setAll(bySlots, i -> i);
        Arrays.sort(bySlots, packed::compare);
        ItemOrders orders = new ItemOrders(SCHEMA);
        SortedSlots kept = orders.order(order, slots).sorted;

        Integer[] byOracle = new Integer[raws.size()];
        Arrays.setAll(byOracle, i -> i);
        Arrays.sort(byOracle, oracleOrder(raws, order.get(0)));
        assertThat(bySlots).containsExactly(byOracle);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i)).isEqualTo(byOracle[i]);
        }
    }

    @Property(tries = 40)
    void filtersAndSearchesMatchTheItemsTheValuesKeptAsObjectsMatched(@ForAll long seed, @ForAll boolean negative,
            @ForAll @IntRange(min = 0, max = 2) int language) {
        List<RawItems.Raw> raws = new RawItems(seed, SCHEMA).items(80);
        List<IndexedItem> slots = pack(raws, Labels.of(new Object()));
        String lang = new String[] {null, "ar", "fr"}[language];
        Predicate<Object> text = v -> v instanceof String s && s.compareTo("M") < 0;
        Predicate<Object> number = v -> v instanceof Number n && n.doubleValue() > 100;
        List<IndexCondition> conditions = List.of(new IndexCondition(null, "name", lang, text, negative),
                new IndexCondition("relationships", "position", null, number, false),
                new IndexCondition("relationships", "role", lang, text, false));
        QueryMatch match = new QueryMatch(new IndexQuery("organizations", "/", List.of(), conditions, null,
                List.of(SortOrder.byName()), 0, 10), SCHEMA);
        TextMatch search = new TextMatch(new ItemSearch("union", List.of("name", SortOrder.NAME, "acronym")), SCHEMA.item());
        int name = SCHEMA.item().position("name");
        IndexSchema.SubModel rel = SCHEMA.subModel("relationships");
        int position = rel.columns().position("position");
        int role = rel.columns().position("role");
        for (int i = 0; i < raws.size(); i++) {
            RawItems.Raw raw = raws.get(i);
            boolean own = holds(effective(raw.values(), SCHEMA.item(), name, lang), text, negative);
            boolean entry = raw.entries().stream().anyMatch(e -> e.subModel == rel.position()
                    && holds(e.values[position], number, false)
                    && holds(effective(e.values, rel.columns(), role, lang), text, false));
            assertThat(match.test(slots.get(i))).as(raw.path()).isEqualTo(own && entry);
            assertThat(search.test(slots.get(i))).as(raw.path()).isEqualTo(oracleSearch(raw, "union"));
        }
    }

    // ---- the oracle: the rules applied to the values as objects ----

    private static Comparator<Integer> oracleOrder(List<RawItems.Raw> raws, SortOrder o) {
        return (a, b) -> {
            RawItems.Raw x = raws.get(a);
            RawItems.Raw y = raws.get(b);
            int c = SlotComparator.compareKeys(key(x, o), key(y, o), o.descending());
            return c != 0 ? c : x.path().compareTo(y.path());
        };
    }

    private static Object key(RawItems.Raw raw, SortOrder o) {
        if (SortOrder.NAME.equals(o.property())) {
            return raw.path().substring(raw.path().lastIndexOf('/') + 1);
        }
        int column = SCHEMA.item().position(o.property());
        return IndexValues.first(effective(raw.values(), SCHEMA.item(), column, o.language()));
    }

    private static Object effective(Object[] values, Columns columns, int column, String language) {
        int translated = columns.translation(column, language);
        return translated >= 0 && values[translated] != null ? values[translated] : values[column];
    }

    private static boolean holds(Object stored, Predicate<Object> test, boolean negative) {
        if (stored == null) {
            return false;
        }
        boolean any = stored instanceof Object[] many ? Arrays.stream(many).anyMatch(test) : test.test(stored);
        return negative != any;
    }

    private static boolean oracleSearch(RawItems.Raw raw, String text) {
        List<Object> texts = new ArrayList<>();
        texts.add(raw.path().substring(raw.path().lastIndexOf('/') + 1));
        for (String property : List.of("name", "acronym")) {
            int base = SCHEMA.item().position(property);
            List<Integer> columns = new ArrayList<>(List.of(base));
            columns.addAll(SCHEMA.item().translationsOf(base));
            for (int c : columns) {
                Object v = raw.values()[c];
                texts.addAll(v instanceof Object[] many ? Arrays.asList(many) : Arrays.asList(v));
            }
        }
        return texts.stream().anyMatch(v -> v instanceof String s && s.toLowerCase(java.util.Locale.ROOT).contains(text));
    }
}
