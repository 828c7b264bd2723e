package org.oicc.relations.server;

import org.oicc.relations.bulk.ImportReport;
import org.oicc.relations.bulk.JsonLinesImport;
import org.oicc.relations.bulk.SavedBatchListener;
import org.oicc.relations.content.BatchWriter;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.BootstrapImporter;
import org.oicc.relations.repository.ImportMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import}: content into the author repository, from
 * <ul>
 *   <li>a JSON Lines file ({@code *.jsonl}, {@code *.ndjson}): one item per line as the Nodes API takes it, in batches;</li>
 *   <li>a folder of Magnolia YAML bootstrap files, as {@code export} writes one: each file where its name says;</li>
 *   <li>one YAML bootstrap file, all or nothing, into {@code --workspace};</li>
 *   <li>with {@code --all}, a backup folder from {@code export --all}: every workspace of both sides, restored.</li>
 * </ul>
 * For files and folders of many items, each item is checked by the content service like an editor's
 * write, rejected ones are listed with line (or file) and reason, the rest goes in; the exit code is 1
 * when anything was rejected.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import content: a JSON Lines file, a folder of Magnolia YAML bootstrap files, one YAML file, or a backup (--all).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Recorded as creator of imported nodes that do not say who created them. */
    static final String IMPORT_USER = "import";

    @Option(names = "--workspace", description = "Workspace of a single YAML file, e.g. organizations (not needed for JSON Lines or folders).")
    String workspace;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .jsonl file, a folder of YAML bootstrap files, one YAML file, or (--all) a backup folder.")
    Path file;

    @Option(names = "--parent", description = "Parent node path of a single YAML file (default: from the file name, else /).")
    String parent;

    @Option(names = "--replace", description = "Replace an item of the same name (keeping its identifier) instead of skipping it"
            + " (JSON Lines, folders) or failing (one YAML file).")
    boolean replace;

    @Option(names = "--publish", description = "Publish what was imported in the same run (combined instance).")
    boolean publish;

    @Option(names = "--all", description = "FILE is a backup folder written by export --all: restore every workspace of both sides.")
    boolean all;

    /**
     * 250, not 1000: a batch's unsaved items, its change log and its events live through the save on
     * each side (with {@code --publish} two batches are in flight, one per repository), and at 1000 per
     * batch that peak filled a 256 MB heap (full collections; an earlier 100k run ran out of memory).
     * 5,000 organizations, {@code --publish}, A/B on a busy machine: at -Xmx256m 216 -> 156 s and
     * 164 -> 144 s with no full GC left; at -Xmx1g 159 -> 119 s and 104 -> 89 s of CPU (importfast report).
     */
    static final String DEFAULT_BATCH_SIZE = "250";

    @Option(names = "--batch-size", defaultValue = DEFAULT_BATCH_SIZE, description = "Items per save for JSON Lines (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    DataOptions store;

    @Override
    public Integer call() throws IOException, RepositoryException {
        if (!Files.exists(file)) {
            throw new CliError("no such file: " + file, 1);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new CliError("--batch-size must be between 1 and 100000", 2);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (all) {
            if (!Files.isDirectory(file)) {
                throw new CliError("--all needs the backup folder export --all wrote", 1);
            }
            try (Standalone standalone = store.open()) {
                new BackupRestore(standalone, err).restore(file);
            }
            return 0;
        }
        if (Files.isDirectory(file)) {
            return importFolder(err);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return importJsonLines(err);
        }
        return importOneFile(err, name);
    }

    private int importJsonLines(PrintWriter err) throws IOException {
        try (Standalone standalone = store.open()) {
            ItemLocks locks = new ItemLocks();
            ContentService content = new ContentService(standalone.module(), standalone.sessions(), locks);
            ImportPublishing publishing = publish ? new ImportPublishing(standalone, locks, IMPORT_USER) : null;
            long started = System.nanoTime();
            ImportReport report;
            try {
                report = new JsonLinesImport(standalone.module(), content, batchSize).run(file, IMPORT_USER,
                        replace ? BatchWriter.Existing.REPLACE : BatchWriter.Existing.SKIP, new ImportReport(err),
                        ImportProgressOutput.of(ImportProgressOutput.onTerminal(), err),
                        publishing == null ? SavedBatchListener.NONE : publishing.listener());
            } finally {
                if (publishing != null) {
                    publishing.close();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("%s: %s%s in %.1f s%n", file.getFileName(), report.summary(),
                    publishing == null ? "" : ", " + publishing.published() + " published", seconds);
            return report.rejected() == 0 ? 0 : 1;
        }
    }

    private int importFolder(PrintWriter err) throws IOException, RepositoryException {
        try (Standalone standalone = store.open()) {
            ItemLocks locks = new ItemLocks();
            ContentService content = new ContentService(standalone.module(), standalone.sessions(), locks);
            try (ImportPublishing publishing = publish ? new ImportPublishing(standalone, locks, IMPORT_USER) : null) {
                FolderImport.Counts counts = new FolderImport(standalone, content, err).run(file, replace, publishing);
                err.println(file + ": " + counts);
                return counts.rejected() == 0 ? 0 : 1;
            }
        }
    }

    private int importOneFile(PrintWriter err, String name) throws IOException, RepositoryException {
        if (workspace == null) {
            throw new CliError("importing one YAML file needs --workspace (a .jsonl file or a folder does not)", 2);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliError("no such file: " + file, 1);
        }
        String parentPath = ContentPaths.checked(parent == null ? parentFromName(name) : parent, "--parent");
        try (Standalone standalone = store.open()) {
            Session session = WorkspaceCheck.login(standalone, workspace);
            String path;
            try {
                path = new BootstrapImporter(IMPORT_USER)
                        .importInto(session, parentPath, name, content, replace ? ImportMode.REPLACE : ImportMode.FAIL_IF_EXISTS);
                err.println("imported " + path + " into workspace '" + workspace + "'");
            } catch (BootstrapException e) {
                throw new CliError(e.getMessage(), 1);
            } finally {
                session.logout();
            }
            if (publish) {
                try (ImportPublishing publishing = new ImportPublishing(standalone, new ItemLocks(), IMPORT_USER)) {
                    publishing.publish(workspace, java.util.List.of(path));
                }
                err.println("published " + path);
            }
        }
        return 0;
    }

    /** {@code organizations.iula.yaml} → {@code /}; {@code website.travel.about.yaml} → {@code /travel}. */
    private String parentFromName(String name) {
        if (!name.startsWith(workspace + ".") || !name.endsWith(".yaml")) {
            return "/";
        }
        String[] segments = name.substring(workspace.length() + 1, name.length() - ".yaml".length()).split("\\.");
        StringBuilder parentPath = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            parentPath.append('/').append(segments[i]);
        }
        return parentPath.length() == 0 ? "/" : parentPath.toString();
    }
}
