package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.BootstrapImporter;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.StandaloneRepository;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.version.VersionManager;
import java.util.List;

/**
 * The seed's first version: the bootstrap files mark the seed published, so each seeded item (and
 * page) gets, at the first start, the version a publication would have left. Without it an editor
 * who changes a seeded item has no published state to compare with or go back to.
 */
public final class SeedVersions {

    /** The note of the first version, shown in the versions list. */
    public static final String NOTE = "Seed content, as first installed";

    private SeedVersions() {
    }

    /**
     * @param author the author repository
     * @param files  the bootstrap files it imported on this start (nothing on later starts)
     * @return how many versions were taken
     */
    public static int takeFirst(StandaloneRepository author, List<String> files) throws RepositoryException {
        int taken = 0;
        for (String file : files) {
            String workspace;
            String path;
            try {
                workspace = BootstrapImporter.workspaceOf(file);
                path = BootstrapImporter.pathOf(file);
            } catch (BootstrapException e) {
                continue; // an invalid name was never imported
            }
            Session session = author.login(workspace);
            try {
                if (session.nodeExists(StoredPaths.of(session).stored(path)) && first(session, session.getNode(StoredPaths.of(session).stored(path)))) {
                    taken++;
                }
            } finally {
                session.logout();
            }
        }
        return taken;
    }

    private static boolean first(Session session, Node item) throws RepositoryException {
        boolean published = item.hasProperty(MgnlNames.ACTIVATION_STATUS) && item.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean();
        if (!published || !item.isNodeType(MgnlNames.ACTIVATABLE) || item.isNodeType(PublishedNodes.VERSIONABLE)) {
            return false; // a draft has nothing published to keep; a versioned item has its history already
        }
        item.addMixin(PublishedNodes.VERSIONABLE);
        session.save();
        VersionManager versions = session.getWorkspace().getVersionManager();
        VersionNote.checkin(session, versions, item, NOTE);
        return true;
    }
}
