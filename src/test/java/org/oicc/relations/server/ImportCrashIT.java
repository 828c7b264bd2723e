package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.GeneratedOrganizations;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} during a bulk {@code import --publish} ({@link #ITEMS} items) (the packaged jar as a process,
 * killed with SIGKILL once its progress shows batches saved): the data folder opens again without
 * any step by hand, every item either side holds is whole, and re-running the same import finishes
 * it with each item once, published.
 */
class ImportCrashIT {

    /**
     * The issue's figure is 10,000 ({@code -Drelations.crash.items=10000}); the suite runs fewer, as the
     * bulk publication runs at 10–30 items/s on two cores shared with a full build.
     */
    private static final int ITEMS = Integer.getInteger("relations.crash.items", 1500);
    private static final int BATCH = Math.max(50, ITEMS / 20);
    private static final int SEED_ORGANIZATIONS = 25;
    private static final Pattern PROGRESS = Pattern.compile("imported (\\d+) of " + ITEMS + " lines \\(\\d+%, (\\d+) lines/s\\)");
    private static final Pattern SUMMARY = Pattern.compile(
            "generated\\.jsonl: (\\d+) created, 0 replaced, (\\d+) skipped \\(name exists\\), 0 rejected, (\\d+) published in ");

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesNoPartialItemAndReRunningItCompletesItOnce() throws Exception {
        Path data = TestSite.seededDataFolder(work.resolve("data"));
        Path file = GeneratedOrganizations.write(work.resolve("generated.jsonl"), 0, ITEMS);

        long rate;
        try (StandaloneProcess killed = StandaloneProcess.startLongRunning(work, "import", file.toString(), "--publish",
                "--batch-size", String.valueOf(BATCH), "--data", data.toString())) {
            rate = awaitProgress(killed, ITEMS / 5);
            killed.kill();
        }
        System.out.printf("import rate before the kill: %d lines/s; left behind: author/.lock %s, author/db/db.lck %s%n", rate,
                Files.exists(data.resolve("author/.lock")), Files.exists(data.resolve("author/db/db.lck")));

        // the OS released the data folder lock with the process; Jackrabbit's .lock files stay
        // behind and are taken over (a warning, no refusal), Derby recovers from its log
        long opening = System.nanoTime();
        int firstRun;
        try (TestSite site = TestSite.builder().combined().existingData().start(data)) {
            System.out.printf("reopened after the kill in %d ms%n", (System.nanoTime() - opening) / 1_000_000);
            firstRun = wholeItems(site, Side.AUTHOR);
            int published = wholeItems(site, Side.PUBLIC);
            assertThat(firstRun).as("killed part-way: some batches saved, not all").isBetween(ITEMS / 5, ITEMS - 1);
            assertThat(published).as("public holds only what the author holds").isLessThanOrEqualTo(firstRun);
        }

        try (StandaloneProcess again = StandaloneProcess.startLongRunning(work, "import", file.toString(), "--publish",
                "--batch-size", String.valueOf(BATCH), "--data", data.toString())) {
            // bounded for a loaded machine: 10 items/s at worst
            assertThat(again.awaitExit(ITEMS / 10 + 60)).as(again.stderr()).isZero();
            Matcher summary = SUMMARY.matcher(again.stderr());
            assertThat(summary.find()).as(again.stderr()).isTrue();
            assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2))).isEqualTo(ITEMS);
            assertThat(Integer.parseInt(summary.group(2))).isEqualTo(firstRun);
        }

        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            assertThat(wholeItems(site, Side.AUTHOR)).isEqualTo(ITEMS);
            assertThat(wholeItems(site, Side.PUBLIC)).as("every item published once the re-run is done").isEqualTo(ITEMS);
            assertThat(site.json("/.rest/delivery/organizations/v1?limit=1").path("total").asInt())
                    .isEqualTo(ITEMS + SEED_ORGANIZATIONS);
            for (int i : List.of(0, 1, firstRun - 1, firstRun, firstRun + 1, ITEMS - 1)) {
                JsonNode org = site.json("/.rest/delivery/organizations/v1/org-" + i);
                assertThat(org.path("@name").asText()).isEqualTo("org-" + i);
                assertThat(org.path("name").asText()).isEqualTo("Generated Organization " + i);
                assertThat(org.path("acronym").asText()).isEqualTo("GO" + i);
                // the submodel's entries, beside its own @name, @path, @id, @nodeType
                long entries = org.path("relationships").properties().stream().filter(e -> !e.getKey().startsWith("@")).count();
                assertThat(entries).as(org.toString()).isEqualTo(1 + i % 3);
            }
        }
    }

    /** Waits for the progress line of at least {@code lines} (each batch is saved before it is told); its rate. */
    private static long awaitProgress(StandaloneProcess process, int lines) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = PROGRESS.matcher(process.stderr());
            long rate = -1;
            int reached = 0;
            while (m.find()) {
                reached = Integer.parseInt(m.group(1));
                rate = Long.parseLong(m.group(2));
            }
            if (reached >= lines) {
                return rate;
            }
            assertThat(process.isAlive()).as("import ended before the kill: " + process.stderr()).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no progress to " + lines + " lines within 5 min: " + process.stderr());
    }

    /**
     * Every generated organization of this side's {@code organizations} workspace, checked against its
     * input line (all properties, every relationship entry with its own properties); each name once.
     */
    private static int wholeItems(TestSite site, Side side) throws Exception {
        Session session = site.sessions.login(side, "organizations");
        try {
            Set<String> names = new HashSet<>();
            for (Node item : StoredNodes.topLevel(session)) {
                if (!item.getName().startsWith("org-")) {
                    continue;
                }
                assertThat(names.add(item.getName())).as("each name once: " + item.getPath()).isTrue();
                int i = Integer.parseInt(item.getName().substring("org-".length()));
                assertWhole(item, GeneratedOrganizations.line(i));
            }
            return names.size();
        } finally {
            session.logout();
        }
    }

    private static void assertWhole(Node item, String line) throws Exception {
        JsonNode expected = TestSite.JSON.readTree(line);
        String at = item.getSession().getWorkspace().getName() + " " + item.getPath();
        for (JsonNode p : expected.path("properties")) {
            assertThat(item.getProperty(p.path("name").asText()).getString()).as(at).isEqualTo(p.path("values").get(0).asText());
        }
        JsonNode entries = expected.path("nodes").get(0).path("nodes");
        Node relationships = item.getNode("relationships");
        assertThat(relationships.getNodes().getSize()).as(at).isEqualTo(entries.size());
        for (JsonNode e : entries) {
            Node entry = relationships.getNode(e.path("name").asText());
            for (JsonNode p : e.path("properties")) {
                String name = p.path("name").asText();
                String value = entry.getProperty(name).isMultiple() ? entry.getProperty(name).getValues()[0].getString()
                        : entry.getProperty(name).getString();
                assertThat(value).as(at + "/" + entry.getName() + "/" + name).isEqualTo(p.path("values").get(0).asText());
            }
        }
    }
}
