package org.oicc.relations.server;

import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.BootstrapImporter;
import org.oicc.relations.repository.ImportMode;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import --all DIR}: restores a {@link Backup}. Each workspace of each side in the backup is
 * emptied and filled from its files (what the instance held before, seed included, is replaced:
 * afterwards it holds what the backed-up one held), saved every {@value #FILES_PER_SAVE} files.
 * The files are taken as they are, not re-validated: they are what a running instance stored.
 */
final class BackupRestore {

    static final int FILES_PER_SAVE = 500;

    private final Standalone standalone;
    private final PrintWriter err;

    BackupRestore(Standalone standalone, PrintWriter err) {
        this.standalone = standalone;
        this.err = err;
    }

    void restore(Path folder) throws RepositoryException {
        if (!Files.isRegularFile(folder.resolve(Backup.MANIFEST))) {
            throw new CliError(folder + " is not a backup written by export --all (no " + Backup.MANIFEST + ")", 1);
        }
        for (Side side : Backup.sides(standalone)) {
            Path sideFolder = folder.resolve(Backup.folderOf(side));
            if (!Files.isDirectory(sideFolder)) {
                err.println("the backup has no " + Backup.folderOf(side) + " side; left as it is");
                continue;
            }
            List<BootstrapFile> files;
            try {
                files = BootstrapFiles.fromFolder(sideFolder);
            } catch (UncheckedIOException e) {
                throw new CliError("cannot read " + sideFolder + ": " + e.getCause().getMessage(), 1);
            }
            for (String workspace : standalone.module().workspaces()) {
                int count = restoreWorkspace(side, workspace, files);
                err.println("restored " + count + " item(s) of " + Backup.folderOf(side) + " workspace '" + workspace + "'");
            }
        }
        err.flush();
    }

    private static String workspaceOf(BootstrapFile file) {
        try {
            return BootstrapImporter.workspaceOf(file.name());
        } catch (BootstrapException e) {
            throw new CliError("not a backup file: " + e.getMessage(), 1);
        }
    }

    private int restoreWorkspace(Side side, String workspace, List<BootstrapFile> all) throws RepositoryException {
        List<BootstrapFile> files = new ArrayList<>();
        for (BootstrapFile f : all) {
            if (workspace.equals(workspaceOf(f))) {
                files.add(f);
            }
        }
        BootstrapImporter importer = new BootstrapImporter(ImportCommand.IMPORT_USER);
        Session session = standalone.sessions().login(side, workspace);
        try {
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
                Node item = it.nextNode();
                if (!item.getName().startsWith("jcr:") && !item.getName().startsWith("rep:")) {
                    item.remove();
                }
            }
            session.save();
            int staged = 0;
            for (BootstrapFile file : files) {
                importer.stageFile(session, file, ImportMode.FAIL_IF_EXISTS);
                if (++staged % FILES_PER_SAVE == 0) {
                    session.save();
                }
            }
            session.save();
            return files.size();
        } catch (BootstrapException e) {
            throw new CliError("restore of " + Backup.folderOf(side) + " workspace '" + workspace + "' stopped: " + e.getMessage()
                    + " (the workspace holds what was restored before it)", 1);
        } finally {
            session.logout();
        }
    }
}
