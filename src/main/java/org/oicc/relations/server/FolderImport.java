package org.oicc.relations.server;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.dam.AssetVerification;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.rendering.PageTemplateCheck;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.BootstrapImporter;
import org.oicc.relations.repository.BootstrapOutline;
import org.oicc.relations.repository.ImportMode;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code import FOLDER}: a folder of Magnolia YAML bootstrap files, as {@code export --workspace W --out FOLDER}
 * writes it. Each file goes where its Magnolia name says ({@code organizations.iula.yaml} →
 * {@code /iula} of {@code organizations}), in Magnolia's order (parents first); each imported item
 * is then checked with the rules of an editor's write ({@link BootstrapCheck}'s, pages against their
 * templates). A file that fails is undone — the item it replaced comes back — and reported as
 * {@code file:line: problem}; the others stay. An existing item is skipped unless {@code --replace}.
 */
final class FolderImport {

    /** What became of the folder's files. */
    record Counts(int created, int replaced, int skipped, int rejected) {
        @Override
        public String toString() {
            return created + " created, " + replaced + " replaced, " + skipped + " skipped (exists), " + rejected + " rejected";
        }
    }

    private final Standalone standalone;
    private final ContentService content;
    private final PrintWriter err;
    private final BootstrapImporter importer = new BootstrapImporter(ImportCommand.IMPORT_USER);

    FolderImport(Standalone standalone, ContentService content, PrintWriter err) {
        this.standalone = standalone;
        this.content = content;
        this.err = err;
    }

    /** @param publishing null, or where each imported item is published */
    Counts run(Path folder, boolean replace, ImportPublishing publishing) throws RepositoryException {
        List<BootstrapFile> files;
        try {
            files = BootstrapFiles.fromFolder(folder);
        } catch (UncheckedIOException e) {
            throw new CliError("cannot read " + folder + ": " + e.getCause().getMessage(), 1);
        }
        int created = 0;
        int replaced = 0;
        int skipped = 0;
        int rejected = 0;
        for (BootstrapFile file : files) {
            String workspace;
            String path;
            try {
                workspace = BootstrapImporter.workspaceOf(file.name());
                path = BootstrapImporter.pathOf(file.name());
            } catch (BootstrapException e) {
                rejected += reject(e.getMessage());
                continue;
            }
            Optional<ContentTypeDefinition> type = standalone.module().contentTypeOfWorkspace(workspace);
            if (type.isEmpty() && !PageTemplateCheck.WORKSPACE.equals(workspace)
                    && !(LightModule.DAM.equals(workspace) && standalone.module().workspaces().contains(workspace))) {
                rejected += reject(file.name() + ":1: workspace '" + workspace + "' belongs to no content type of the module");
                continue;
            }
            Session session = standalone.sessions().login(Side.AUTHOR, workspace);
            try {
                boolean exists = session.nodeExists(StoredPaths.of(session).stored(path));
                if (exists && !replace) {
                    skipped++;
                    continue;
                }
                byte[] previous = exists ? export(session.getNode(StoredPaths.of(session).stored(path))) : null;
                importer.importFile(session, file, exists ? ImportMode.REPLACE : ImportMode.FAIL_IF_EXISTS);
                List<String> problems = check(session, file, type.orElse(null), path);
                if (!problems.isEmpty()) {
                    undo(session, path, previous);
                    problems.forEach(this::reject);
                    rejected++;
                    continue;
                }
                if (exists) {
                    replaced++;
                } else {
                    created++;
                }
            } catch (BootstrapException e) {
                rejected += reject(e.getMessage());
                continue;
            } finally {
                session.logout();
            }
            if (publishing != null) {
                publishing.publish(workspace, List.of(path));
            }
        }
        return new Counts(created, replaced, skipped, rejected);
    }

    private List<String> check(Session session, BootstrapFile file, ContentTypeDefinition type, String path)
            throws RepositoryException {
        BootstrapOutline outline = BootstrapOutline.of(file);
        List<String> problems = new ArrayList<>();
        if (type == null && LightModule.DAM.equals(session.getWorkspace().getName())) {
            // assets: Magnolia's structure and an image of the recorded type, as an upload makes them
            for (String p : AssetVerification.problems(session.getNode(StoredPaths.of(session).stored(path)), DamSettings.defaults())) {
                problems.add(file.name() + ":1: " + path + ": " + p);
            }
            return problems;
        }
        if (type == null) {
            for (PageTemplateCheck.Problem p : PageTemplateCheck.check(standalone.module(), session.getNode(StoredPaths.of(session).stored(path)))) {
                problems.add(file.name() + ":" + BootstrapCheck.line(outline, p.where()) + ": " + p.where() + ": " + p.message());
            }
            return problems;
        }
        for (ValidationProblem p : content.check(Side.AUTHOR, type.name(), path)) {
            problems.add(file.name() + ":" + BootstrapCheck.line(outline, p.path()) + ": " + p.path() + ": " + p.message());
        }
        return problems;
    }

    /** Puts back what the file replaced, or removes what it added. */
    private void undo(Session session, String path, byte[] previous) throws RepositoryException {
        if (previous == null) {
            session.getNode(StoredPaths.of(session).stored(path)).remove();
            session.save();
            return;
        }
        String parent = path.lastIndexOf('/') == 0 ? "/" : path.substring(0, path.lastIndexOf('/'));
        importer.importInto(session, parent, "previous", previous, ImportMode.REPLACE);
    }

    private static byte[] export(Node node) throws RepositoryException {
        StringWriter out = new StringWriter();
        try {
            new BootstrapExporter().write(node, out);
        } catch (IOException e) {
            throw new RepositoryException("cannot keep a copy of " + node.getPath(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int reject(String problem) {
        err.println("rejected " + problem);
        err.flush();
        return 1;
    }
}
