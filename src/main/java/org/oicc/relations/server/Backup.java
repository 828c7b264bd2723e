package org.oicc.relations.server;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code export --all --out DIR}: every workspace of the module on each side of the instance, as
 * Magnolia YAML bootstrap files ({@code DIR/author/organizations.iula.yaml}, {@code DIR/public/...}),
 * one per root item with everything below it, identifiers and Magnolia metadata included, so
 * {@code import --all DIR} gives back the same drafts and the same public content. Versions are
 * not included (a restored item starts a new history at its next publication); the users file
 * {@code users.json} is beside the repositories in the data folder, copy it with the backup.
 */
final class Backup {

    /** Written last: a folder without it is not a complete backup, and a restore refuses it. */
    static final String MANIFEST = "oicc-relations-backup.txt";

    private final Standalone standalone;
    private final PrintWriter err;

    Backup(Standalone standalone, PrintWriter err) {
        this.standalone = standalone;
        this.err = err;
    }

    static List<Side> sides(Standalone standalone) {
        List<Side> sides = new ArrayList<>();
        if (standalone.instance().hasAuthor()) {
            sides.add(Side.AUTHOR);
        }
        if (standalone.instance().hasPublic()) {
            sides.add(Side.PUBLIC);
        }
        return sides;
    }

    static String folderOf(Side side) {
        return side == Side.AUTHOR ? Standalone.AUTHOR_FOLDER : Standalone.PUBLIC_FOLDER;
    }

    void write(Path out) throws IOException, RepositoryException {
        if (Files.exists(out) && (!Files.isDirectory(out) || hasEntries(out))) {
            throw new CliError("--out " + out + " must be a new or empty folder", 1);
        }
        List<String> manifest = new ArrayList<>();
        manifest.add("format=1");
        for (Side side : sides(standalone)) {
            Path folder = Files.createDirectories(out.resolve(folderOf(side)));
            for (String workspace : standalone.module().workspaces()) {
                int count = exportWorkspace(side, workspace, folder);
                manifest.add(folderOf(side) + "." + workspace + "=" + count);
                err.println("exported " + count + " item(s) of " + folderOf(side) + " workspace '" + workspace + "'");
            }
        }
        Files.write(out.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        err.flush();
    }

    private int exportWorkspace(Side side, String workspace, Path folder) throws IOException, RepositoryException {
        Session session = standalone.sessions().login(side, workspace);
        try {
            // versions stay behind: the mixin would make the restore start histories nobody asked for
            BootstrapExporter exporter = new BootstrapExporter(child -> true, Set.of("mix:versionable"));
            int count = 0;
            Node root = session.getRootNode();
            for (Node item : StoredPaths.of(session).children(root)) {
                if (item.getName().startsWith("jcr:") || item.getName().startsWith("rep:")) {
                    continue;
                }
                Path file = folder.resolve(workspace + "." + item.getName() + ".yaml");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    exporter.write(item, w);
                }
                count++;
            }
            return count;
        } finally {
            session.logout();
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
