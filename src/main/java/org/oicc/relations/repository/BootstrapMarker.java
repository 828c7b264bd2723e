package org.oicc.relations.repository;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.util.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports each bootstrap file once in the life of a repository. Every imported file is recorded
 * (name and SHA-256) under {@link #PATH} in the {@code default} workspace, so a restart never
 * re-imports or overwrites what editors changed, while a file added by a later version of the
 * module is imported on the first start that sees it.
 *
 * <p>A new file whose node already exists (an editor created it first) is not forced in: it is
 * skipped with a warning and recorded, so the warning appears once. A changed recorded file is
 * also left alone, with a warning: editors own the content once it is in.
 */
final class BootstrapMarker {

    static final String PATH = "/oicc-relations/bootstrap";

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapMarker.class);

    private BootstrapMarker() {
    }

    /** Opens an admin session on a workspace. */
    interface Workspaces {
        Session login(String workspace) throws RepositoryException;
    }

    /**
     * @param available the repository's workspaces; a file for another one is an error
     * @param sessions opens a session on a workspace; each is logged out here
     * @return the names of the files imported by this call
     */
    static List<String> importNew(Session defaultSession, Workspaces sessions, List<String> available, List<BootstrapFile> files,
            String user) throws RepositoryException {
        Node marker = markerNode(defaultSession);
        BootstrapImporter reader = new BootstrapImporter(user);
        List<String> imported = new java.util.ArrayList<>();
        for (BootstrapFile file : files.stream().sorted(BootstrapFiles.IMPORT_ORDER).toList()) {
            String key = Text.escapeIllegalJcrChars(file.name());
            if (marker.hasProperty(key)) {
                if (!marker.getProperty(key).getString().equals(file.sha256())) {
                    LOG.warn("Bootstrap file {} changed since it was imported; the repository keeps its content",
                            file.name());
                }
                continue;
            }
            String workspace = BootstrapImporter.workspaceOf(file.name());
            if (!available.contains(workspace)) {
                throw new BootstrapException(file.name(), 1, "workspace '" + workspace
                        + "' does not exist (known: " + String.join(", ", available) + ")");
            }
            Session session = sessions.login(workspace);
            try {
                if (session.nodeExists(StoredPaths.of(session).stored(BootstrapImporter.pathOf(file.name())))) {
                    LOG.warn("Bootstrap file {} not imported: {} already exists", file.name(),
                            BootstrapImporter.pathOf(file.name()));
                } else {
                    reader.importFile(session, file, ImportMode.FAIL_IF_EXISTS);
                    imported.add(file.name());
                }
            } finally {
                session.logout();
            }
            marker.setProperty(key, file.sha256());
            defaultSession.save();
        }
        return List.copyOf(imported);
    }

    private static Node markerNode(Session session) throws RepositoryException {
        Node node = session.getRootNode();
        for (String name : PATH.substring(1).split("/")) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "nt:unstructured");
        }
        session.save();
        return node;
    }
}
