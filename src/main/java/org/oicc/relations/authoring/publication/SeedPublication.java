package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.BootstrapImporter;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/**
 * A combined instance bootstraps the seed into its author and its public repository alike, so the
 * seed is public from the first run; the author items must then say so, or every one of them would
 * show as "never published" although visitors see it.
 */
public final class SeedPublication {

    private SeedPublication() {
    }

    /** @param files bootstrap files the public repository imported on this start */
    public static void markPublished(StandaloneRepository author, List<String> files) throws RepositoryException {
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
                if (!session.nodeExists(StoredPaths.of(session).stored(path))) {
                    continue;
                }
                Node item = session.getNode(StoredPaths.of(session).stored(path));
                if (item.isNodeType(MgnlNames.ACTIVATABLE) && !item.hasProperty(MgnlNames.LAST_ACTIVATED)) {
                    // activated when last modified: published and unchanged since
                    item.setProperty(MgnlNames.LAST_ACTIVATED, item.hasProperty(MgnlNames.LAST_MODIFIED)
                            ? item.getProperty(MgnlNames.LAST_MODIFIED).getDate() : java.util.Calendar.getInstance());
                    item.setProperty(MgnlNames.LAST_ACTIVATED_BY, "bootstrap");
                    item.setProperty(MgnlNames.ACTIVATION_STATUS, true);
                    session.save();
                }
            } finally {
                session.logout();
            }
        }
    }
}
