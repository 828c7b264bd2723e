package org.oicc.relations.server;

import org.oicc.relations.bulk.ImportProgress;
import org.oicc.relations.bulk.ImportReport;
import org.oicc.relations.bulk.JsonLinesImport;
import org.oicc.relations.bulk.SavedBatchListener;
import org.oicc.relations.content.BatchWriter;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.BucketMigration;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.Storage;
import org.oicc.relations.repository.StoredPaths;

import javax.jcr.Session;
import org.oicc.relations.testing.GeneratedOrganizations;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Not a test: single creates through the content service (the Nodes API PUT's path: one item with
 * a relationship, one save) as the number of stored organizations grows, in a data folder with
 * hash buckets (what a new one gets) and, with {@code --flat}, in one made flat as before buckets.
 * Each stage imports generated organizations up to the next size (the import is timed too), then
 * times {@code CREATES} creates by wall clock and by this thread's CPU time.
 *
 * <p>{@code java -cp target/test-classes:<runtime classpath> org.oicc.relations.server.BucketScaleMeasurement
 * FOLDER 1000,10000,100000 [--flat | --layout buckets-64x64] [--publish] [--from N] [--no-creates] [--index]}
 *
 * <p>{@code --layout} makes a fresh folder with that layout instead of the one new folders get
 * (made flat, its seed then moved by {@link BucketMigration}); {@code --from N} continues on a folder
 * that already holds the first N generated organizations; {@code --no-creates} only imports; {@code --index}
 * builds the drafts' index first and lets saves ask it for a category's highest position, as the server does.
 */
public final class BucketScaleMeasurement {

    private static final int CREATES = 200;

    private BucketScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String[] sizes = args[1].split(",");
        List<String> options = List.of(args).subList(2, args.length);
        boolean flat = options.contains("--flat");
        boolean publish = options.contains("--publish");
        boolean creates = !options.contains("--no-creates");
        boolean indexed = options.contains("--index");
        String layout = option(options, "--layout");
        int from = option(options, "--from") == null ? 0 : Integer.parseInt(option(options, "--from"));
        PrintWriter out = new PrintWriter(System.out, true);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (flat || layout != null) {
            makeFlat(data);
        }
        if (layout != null) {
            moveInto(data, layout);
        }
        int stored = from;
        try (Standalone standalone = Standalone.open(data, null)) {
            Session look = standalone.sessions().login(org.oicc.relations.repository.Side.AUTHOR, "organizations");
            try {
                String recorded = StoredPaths.of(look).name();
                out.println("layout (as recorded): " + (recorded == null ? "flat (one parent)" : recorded));
            } finally {
                look.logout();
            }
            ItemLocks locks = new ItemLocks();
            ContentService content = new ContentService(standalone.module(), standalone.sessions(), locks);
            org.oicc.relations.index.ContentIndex drafts = null;
            if (indexed) {
                // as AuthoringSite wires it: saves ask the drafts' index for a category's highest position
                long w = System.nanoTime();
                drafts = new org.oicc.relations.index.ContentIndex(standalone.module(),
                        org.oicc.relations.content.ContentLocales.of(standalone.module()), org.oicc.relations.index.ItemCopies.NONE);
                drafts.start(new org.oicc.relations.repository.DraftSessions(standalone.sessions()));
                content.keepPositionsIn(drafts.positions(org.oicc.relations.content.OrderedEntries.of(standalone.module()).orElseThrow()));
                out.printf("drafts index built in %.1f s%n", (System.nanoTime() - w) / 1e9);
            }
            ImportPublishing publishing = publish ? new ImportPublishing(standalone, locks, "import") : null;
            for (String size : sizes) {
                int target = Integer.parseInt(size);
                if (target > stored) {
                Path file = GeneratedOrganizations.write(Files.createTempFile("bucket-scale", ".jsonl"), stored, target);
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                long p0 = processCpu();
                ImportReport report = new JsonLinesImport(standalone.module(), content, 1000).run(file, "import",
                        BatchWriter.Existing.SKIP, new ImportReport(new PrintWriter(PrintWriter.nullWriter())), ImportProgress.NONE,
                        publishing == null ? SavedBatchListener.NONE : publishing.listener());
                if (publishing != null) {
                    publishing.close();
                    publishing = new ImportPublishing(standalone, locks, "import");
                }
                out.printf("import%s of %d (to %d generated): %s in %.1f s wall, %.1f s cpu (import thread), %.1f s cpu (process)%n",
                        publish ? " --publish" : "", target - stored, target, report.summary(), (System.nanoTime() - w0) / 1e9,
                        (threads.getCurrentThreadCpuTime() - c0) / 1e9, (processCpu() - p0) / 1e9);
                Files.delete(file);
                }
                stored = target;
                if (!creates) {
                    continue;
                }
                long w1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                long p1 = processCpu();
                for (int i = 0; i < CREATES; i++) {
                    content.create("organization", "single-" + target + "-" + i, ItemInput.of(Map.of("name", "Single " + i,
                            "relationships", List.of(Map.of("category", GeneratedOrganizations.CATEGORIES.get(i % 4), "position", i)))),
                            "editor");
                }
                out.printf("%d generated stored: single create %.2f ms wall, %.2f ms cpu (thread), %.2f ms cpu (process) each (%d creates)%n",
                        target, (System.nanoTime() - w1) / 1e6 / CREATES, (threads.getCurrentThreadCpuTime() - c1) / 1e6 / CREATES,
                        (processCpu() - p1) / 1e6 / CREATES, CREATES);
            }
            if (drafts != null) {
                drafts.close();
            }
        }
    }

    private static String option(List<String> options, String name) {
        int at = options.indexOf(name);
        return at < 0 || at + 1 >= options.size() ? null : options.get(at + 1);
    }

    /** The bucketed workspaces of both sides (flat, holding the seed) moved into {@code layout}. */
    private static void moveInto(Path data, String layout) throws Exception {
        LightModule module = Standalone.loadModule(null);
        RepositorySetup setup = ModuleRepositorySetup.of(module);
        for (String side : List.of(Standalone.AUTHOR_FOLDER, Standalone.PUBLIC_FOLDER)) {
            try (StandaloneRepository repository = StandaloneRepository.start(data.resolve(side), setup, Storage.embedded())) {
                for (String workspace : setup.bucketedWorkspaces()) {
                    Session session = repository.login(workspace);
                    try {
                        BucketMigration.migrate(session, 500, layout);
                    } finally {
                        session.logout();
                    }
                }
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Both repositories of a combined instance made as a version before buckets made them. */
    private static void makeFlat(Path data) throws Exception {
        LightModule module = Standalone.loadModule(null);
        RepositorySetup setup = ModuleRepositorySetup.of(module);
        RepositorySetup flat = new RepositorySetup(setup.namespaces(), setup.workspaces(), setup.cndResources(),
                setup.bootstrapFiles(), setup.bootstrapUser());
        for (String side : List.of(Standalone.AUTHOR_FOLDER, Standalone.PUBLIC_FOLDER)) {
            StandaloneRepository.start(data.resolve(side), flat, Storage.embedded()).close();
        }
    }
}
