package org.oicc.relations.authoring.publication;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Calendar;

/** What the author UI shows, derived as Magnolia derives it from the activation metadata. */
public enum PublicationStatus {
    NEVER_PUBLISHED, MODIFIED, PUBLISHED;

    public static PublicationStatus of(Node node) throws RepositoryException {
        if (!node.hasProperty("mgnl:activationStatus") || !node.getProperty("mgnl:activationStatus").getBoolean()
                || !node.hasProperty("mgnl:lastActivated")) {
            return NEVER_PUBLISHED;
        }
        Calendar activated = node.getProperty("mgnl:lastActivated").getDate();
        Calendar modified = node.hasProperty("mgnl:lastModified") ? node.getProperty("mgnl:lastModified").getDate() : null;
        return modified != null && modified.after(activated) ? MODIFIED : PUBLISHED;
    }
}
