package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Calendar;

/** What the author UI shows, derived as Magnolia derives it from the activation metadata. */
public enum PublicationStatus {
    NEVER_PUBLISHED, MODIFIED, PUBLISHED;

    public static PublicationStatus of(Node node) throws RepositoryException {
        if (!node.hasProperty(MgnlNames.ACTIVATION_STATUS) || !node.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean()
                || !node.hasProperty(MgnlNames.LAST_ACTIVATED)) {
            return NEVER_PUBLISHED;
        }
        Calendar activated = node.getProperty(MgnlNames.LAST_ACTIVATED).getDate();
        Calendar modified = node.hasProperty(MgnlNames.LAST_MODIFIED) ? node.getProperty(MgnlNames.LAST_MODIFIED).getDate() : null;
        return modified != null && modified.after(activated) ? MODIFIED : PUBLISHED;
    }
}
