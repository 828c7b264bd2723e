package org.oicc.relations.index;

import org.oicc.relations.testing.StoredNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index over the seed: pages, localized order, search and entries by reference agree with a
 * walk over the repository, and writes, deletes, entry edits and publication show on the next call.
 */
class ContentIndexTest {

    static final String ORGS = "organizations";
    static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.builder().authorAndPublic().start(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void pagesByNodeNameWithTheTotal() throws Exception {
        List<String> all = oracle(Side.PUBLIC, n -> n.getName());
        IndexPage first = site.index().items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 5);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.paths()).containsExactlyElementsOf(all.subList(0, 5));
        IndexPage last = site.index().items(ORGS, ItemSearch.all(), SortOrder.byName(), 23, 5);
        assertThat(last.paths()).containsExactlyElementsOf(all.subList(23, 25));
        assertThat(site.index().items(ORGS, ItemSearch.all(), SortOrder.byName(), 25, 5).paths()).isEmpty();
    }

    @Test
    void ordersByTheValueAReaderSeesInTheLanguage() throws Exception {
        for (String language : List.of("en", "ar", "fr")) {
            String stored = language.equals("en") ? "name" : "name_" + language;
            List<String> expected = oracle(Side.PUBLIC, n -> n.hasProperty(stored) ? n.getProperty(stored).getString()
                    : n.getProperty("name").getString());
            IndexPage page = site.index().items(ORGS, ItemSearch.all(), new SortOrder("name", language, false), 0, 100);
            assertThat(page.paths()).as(language).containsExactlyElementsOf(expected);
            IndexPage down = site.index().items(ORGS, ItemSearch.all(), new SortOrder("name", language, true), 0, 100);
            assertThat(down.paths()).as(language + " desc").containsExactlyElementsOf(reversed(expected));
        }
    }

    @Test
    void missingValuesComeLastInEitherDirection() {
        // few organizations have an acronym of their own... every seed one has: remove two
        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "")), "editor");
        List<String> up = site.draftsIndex().items(ORGS, ItemSearch.all(), new SortOrder("acronym", null, false), 0, 100).paths();
        List<String> down = site.draftsIndex().items(ORGS, ItemSearch.all(), new SortOrder("acronym", null, true), 0, 100).paths();
        assertThat(up.get(up.size() - 1)).isEqualTo("/iula");
        assertThat(down.get(down.size() - 1)).isEqualTo("/iula");
        assertThat(up.subList(0, 24)).containsExactlyElementsOf(reversed(down.subList(0, 24)));
    }

    @Test
    void searchesNameAndAcronymInEveryLanguageWithoutRegardToCase() throws Exception {
        ItemSearch search = new ItemSearch("ISLAMIC", List.of("name", "acronym"));
        List<String> expected = new ArrayList<>();
        for (String path : oracle(Side.PUBLIC, Node::getName)) {
            Node n = StoredNodes.node(session(Side.PUBLIC), path);
            String all = (text(n, "name") + "|" + text(n, "name_ar") + "|" + text(n, "name_fr") + "|" + text(n, "acronym"))
                    .toLowerCase(Locale.ROOT);
            if (all.contains("islamic")) {
                expected.add(path);
            }
        }
        IndexPage page = site.index().items(ORGS, search, SortOrder.byName(), 0, 100);
        assertThat(expected).isNotEmpty();
        assertThat(page.paths()).containsExactlyElementsOf(expected);
        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(site.index().items(ORGS, new ItemSearch("المجلس", List.of("name")), SortOrder.byName(), 0, 10).paths())
                .contains("/iclei");
    }

    @Test
    void entriesPointingAtACategoryInPositionOrder() {
        IndexPage page = site.index().entries(ORGS, "relationships", "category", MEMBERSHIP, "position", 0, 3);
        assertThat(page.paths()).hasSize(3);
        assertThat(page.paths().get(1)).isEqualTo("/iclei/relationships/0"); // position 2
        IndexPage all = site.index().entries(ORGS, "relationships", "category", MEMBERSHIP, "position", 0, 1000);
        assertThat(all.total()).isEqualTo(all.paths().size());
        assertThat(all.paths()).contains("/iclei/relationships/1");
        IndexPage rest = site.index().entries(ORGS, "relationships", "category", MEMBERSHIP, "position", 3, 1000);
        assertThat(rest.paths()).containsExactlyElementsOf(all.paths().subList(3, all.paths().size()));
        assertThat(site.index().entries(ORGS, "relationships", "category", "no-such-id", "position", 0, 10))
                .isEqualTo(IndexPage.empty());
    }

    @Test
    void theAfterChangeHookIsToldOnceTheIndexHoldsTheChange() {
        ContentIndex drafts = site.draftsIndex();
        List<String> told = new ArrayList<>();
        drafts.afterEachChange(workspace -> told.add(workspace + " "
                + drafts.items(ORGS, new ItemSearch("hooked", List.of("name")), SortOrder.byName(), 0, 1).total()));
        site.content.create("organization", "hooked", ItemInput.of(Map.of("name", "Hooked")), "editor");
        // a new hash bucket is saved on its own first, so the hook may be told of that save too
        assertThat(told).as("told after the item's save, with the new item already found").last().isEqualTo("organizations 1");
        told.clear();
        site.content.delete("organization", "hooked", "editor");
        assertThat(told).containsExactly("organizations 0");
    }

    @Test
    void followsCreatesEditsEntryEditsDeletesAndPublication() throws Exception {
        ContentIndex drafts = site.draftsIndex();
        ContentIndex published = site.index();
        String before = drafts.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 1).paths().get(0);
        site.content.create("organization", "aaa-new", ItemInput.of(Map.of("name", "Zzz New",
                "relationships", List.of(Map.of("category", MEMBERSHIP, "position", 0)))), "editor");
        // visible as soon as the save returned
        assertThat(drafts.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 1).paths()).containsExactly("/aaa-new");
        assertThat(drafts.items(ORGS, ItemSearch.all(), new SortOrder("name", "en", true), 0, 1).paths()).containsExactly("/aaa-new");
        assertThat(drafts.entries(ORGS, "relationships", "category", MEMBERSHIP, "position", 0, 1).paths())
                .containsExactly("/aaa-new/relationships/0");
        assertThat(published.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 1).paths()).containsExactly(before);

        // an entry's edit: the entry leaves the category
        site.content.update("organization", "aaa-new", ItemInput.of(Map.of("relationships",
                List.of(Map.of("category", "c0b544b5-ee85-31c9-ab75-01d19a183a9c", "position", 0)))), "editor");
        assertThat(drafts.entries(ORGS, "relationships", "category", MEMBERSHIP, "position", 0, 1000).paths())
                .doesNotContain("/aaa-new/relationships/0");
        assertThat(drafts.entries(ORGS, "relationships", "category", "c0b544b5-ee85-31c9-ab75-01d19a183a9c", "position", 0, 1)
                .paths()).containsExactly("/aaa-new/relationships/0");
        site.content.update("organization", "aaa-new", ItemInput.of(Map.of("name", "Renamed")), "editor");
        assertThat(drafts.items(ORGS, new ItemSearch("renamed", List.of("name")), SortOrder.byName(), 0, 5).paths())
                .containsExactly("/aaa-new");

        Publisher publisher = new Publisher(site.module, site.sessions, new LocalTransport(site.sessions, "publication"),
                Clock.systemUTC());
        publisher.publish(ORGS, "/aaa-new", "publisher");
        assertThat(published.items(ORGS, new ItemSearch("renamed", List.of("name")), SortOrder.byName(), 0, 5).paths())
                .containsExactly("/aaa-new");
        assertThat(published.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 0).total()).isEqualTo(26);

        publisher.unpublish(ORGS, "/aaa-new", "publisher");
        assertThat(published.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 0).total()).isEqualTo(25);
        site.content.delete("organization", "aaa-new", "editor");
        assertThat(drafts.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 1).paths()).containsExactly(before);
        assertThat(drafts.entries(ORGS, "relationships", "category", "c0b544b5-ee85-31c9-ab75-01d19a183a9c", "position", 0, 100)
                .paths()).doesNotContain("/aaa-new/relationships/0");
    }

    @Test
    void theTwoSidesKeepAnEqualItemOnceAndAnEditGivesTheEditedSideARecordOfItsOwn() {
        ContentIndex published = site.index();
        ContentIndex drafts = site.draftsIndex();
        IndexedItem pub = published.workspace(ORGS).item("/iula");
        IndexedItem draft = drafts.workspace(ORGS).item("/iula");
        int name = published.workspace(ORGS).schema().item().position("name");
        int nameAr = published.workspace(ORGS).schema().item().position("name_ar");
        assertThat(pub.record).isSameAs(draft.record);
        assertThat(pub.value(name)).isEqualTo(draft.value(name));
        site.content.update("organization", "iula", ItemInput.of(Map.of("name", "Edited on the author")), "editor");
        IndexedItem edited = drafts.workspace(ORGS).item("/iula");
        assertThat(edited.value(name)).isEqualTo("Edited on the author");
        assertThat(published.workspace(ORGS).item("/iula").value(name)).isNotEqualTo("Edited on the author");
        assertThat(edited.record).isNotSameAs(pub.record);
        assertThat(edited.value(nameAr)).isEqualTo(pub.value(nameAr));
    }

    @Test
    void concurrentSavesAllArriveAndNoneWaitsForEver() throws Exception {
        ContentIndex drafts = site.draftsIndex();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Session session = site.author.login(ORGS);
                    try {
                        for (int i = 0; i < 5; i++) {
                            Node org = StoredNodes.addTopLevel(session, "t" + thread + "-" + i, "oicc:organization");
                            org.setProperty("name", "Thread " + thread + " item " + i);
                            session.save();
                            // read while others save: queries never wait for the repository
                            drafts.items(ORGS, ItemSearch.all(), SortOrder.byName(), 0, 5);
                        }
                    } finally {
                        session.logout();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(drafts.items(ORGS, new ItemSearch("thread", List.of("name")), SortOrder.byName(), 0, 0).total()).isEqualTo(20);
    }

    interface Key {
        String of(Node node) throws Exception;
    }

    /** Every organization's path, ordered by a key then path: the walk the index saves. */
    private List<String> oracle(Side side, Key key) throws Exception {
        record Keyed(String path, String key) {
        }
        List<Keyed> all = new ArrayList<>();
        for (Node n : StoredNodes.topLevel(session(side))) {
            if (n.isNodeType("oicc:organization")) {
                all.add(new Keyed(StoredNodes.clientPath(n), key.of(n)));
            }
        }
        all.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::path));
        return all.stream().map(Keyed::path).toList();
    }

    private Session session(Side side) throws Exception {
        return side == Side.PUBLIC ? site.published.login(ORGS) : site.author.login(ORGS);
    }

    /** The seed's names and acronyms are distinct, so a descending order is the ascending one reversed. */
    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String text(Node n, String property) throws Exception {
        return n.hasProperty(property) ? n.getProperty(property).getString() : "";
    }
}
