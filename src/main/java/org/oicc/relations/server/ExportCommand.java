package org.oicc.relations.server;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code export}: content in Magnolia's YAML bootstrap format. One item goes to a file (or stdout);
 * a whole workspace goes to a folder, one file per root item named as Magnolia names bootstrap
 * files ({@code organizations.iula.yaml}), so the folder can serve as bootstrap content itself.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export content in Magnolia's YAML bootstrap format.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", description = "Workspace to export from, e.g. organizations.")
    String workspace;

    @Option(names = "--all", description = "Every workspace of both sides (a backup) to --out FOLDER; import --all restores it.")
    boolean all;

    @Option(names = "--path", defaultValue = "/", description = "Node to export with its descendants (default: every root item).")
    String path;

    @Option(names = "--out", description = "File to write (one node) or folder (whole workspace); default: stdout for one node.")
    Path out;

    @Mixin
    DataOptions store;

    @Override
    public Integer call() throws IOException, RepositoryException {
        if (all) {
            if (out == null || workspace != null || !"/".equals(path)) {
                throw new CliError("export --all takes --out FOLDER and no --workspace or --path", 2);
            }
            try (Standalone standalone = store.open()) {
                new Backup(standalone, spec.commandLine().getErr()).write(out);
            }
            return 0;
        }
        if (workspace == null) {
            throw new CliError("export needs --workspace (or --all for a backup)", 2);
        }
        String nodePath = ContentPaths.checked(path, "--path");
        try (Standalone standalone = store.open()) {
            Session session = WorkspaceCheck.login(standalone, workspace);
            try {
                String stored = StoredPaths.of(session).stored(nodePath);
                if (!session.nodeExists(stored)) {
                    throw new CliError("no node " + nodePath + " in workspace '" + workspace + "'", 1);
                }
                Node node = session.getNode(stored);
                if (node.getDepth() == 0) {
                    exportWorkspace(node);
                } else {
                    exportNode(node);
                }
            } finally {
                session.logout();
            }
        }
        return 0;
    }

    private void exportNode(Node node) throws IOException, RepositoryException {
        BootstrapExporter writer = new BootstrapExporter();
        if (out == null) {
            Writer stdout = spec.commandLine().getOut();
            writer.write(node, stdout);
            stdout.flush();
            return;
        }
        if (Files.isDirectory(out)) {
            throw new CliError("--out " + out + " is a folder; give a file name for one node", 1);
        }
        write(writer, node, out);
    }

    private void exportWorkspace(Node root) throws IOException, RepositoryException {
        if (out == null) {
            throw new CliError("exporting a whole workspace needs --out FOLDER (one file per item)", 1);
        }
        Files.createDirectories(out);
        BootstrapExporter writer = new BootstrapExporter();
        int count = 0;
        for (Node item : StoredPaths.of(root).children(root)) {
            if (item.getName().startsWith("jcr:") || item.getName().startsWith("rep:")) {
                continue; // repository-internal nodes (jcr:system) are not content
            }
            write(writer, item, out.resolve(workspace + "." + item.getName() + ".yaml"));
            count++;
        }
        spec.commandLine().getErr().println("exported " + count + " item(s) of workspace '" + workspace + "' to " + out);
    }

    private static void write(BootstrapExporter writer, Node node, Path file) throws IOException, RepositoryException {
        StringWriter text = new StringWriter();
        writer.write(node, text);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
