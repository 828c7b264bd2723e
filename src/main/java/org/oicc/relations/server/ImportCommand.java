package org.oicc.relations.server;

import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.ImportMode;
import org.oicc.relations.repository.BootstrapImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import}: one file in Magnolia's YAML bootstrap format into a workspace, all or nothing. A file
 * named the Magnolia way ({@code website.travel.about.yaml}) goes where its name says; any other name
 * goes under {@code --parent}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file in Magnolia's YAML bootstrap format.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Recorded as creator of imported nodes that do not say who created them. */
    static final String IMPORT_USER = "import";

    @Option(names = "--workspace", required = true, description = "Workspace to import into, e.g. organizations.")
    String workspace;

    @Parameters(index = "0", paramLabel = "FILE", description = "The YAML file to import.")
    Path file;

    @Option(names = "--parent", description = "Parent node path (default: from the file name, else /).")
    String parent;

    @Option(names = "--replace", description = "Replace a node of the same name or identifier instead of failing.")
    boolean replace;

    @Mixin
    DataOptions store;

    @Override
    public Integer call() throws IOException, RepositoryException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliError("no such file: " + file, 1);
        }
        String name = file.getFileName().toString();
        String parentPath = ContentPaths.checked(parent == null ? parentFromName(name) : parent, "--parent");
        try (Standalone standalone = store.open()) {
            Session session = WorkspaceCheck.login(standalone, workspace);
            try {
                String path = new BootstrapImporter(IMPORT_USER)
                        .importInto(session, parentPath, name, content, replace ? ImportMode.REPLACE : ImportMode.FAIL_IF_EXISTS);
                spec.commandLine().getErr().println("imported " + path + " into workspace '" + workspace + "'");
            } catch (BootstrapException e) {
                throw new CliError(e.getMessage(), 1);
            } finally {
                session.logout();
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
