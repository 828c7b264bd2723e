package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Calendar;

/**
 * What the author UI shows, derived as Magnolia derives it from the activation metadata. An item
 * published once and unpublished since is {@link #UNPUBLISHED}, not "never published": its
 * versions are still listed beside it.
 */
public enum PublicationStatus {
    NEVER_PUBLISHED, MODIFIED, PUBLISHED, UNPUBLISHED;

    public static PublicationStatus of(Node node) throws RepositoryException {
        if (!node.hasProperty(MgnlNames.LAST_ACTIVATED)) {
            return NEVER_PUBLISHED;
        }
        if (!node.hasProperty(MgnlNames.ACTIVATION_STATUS) || !node.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean()) {
            return UNPUBLISHED;
        }
        Calendar activated = node.getProperty(MgnlNames.LAST_ACTIVATED).getDate();
        Calendar modified = node.hasProperty(MgnlNames.LAST_MODIFIED) ? node.getProperty(MgnlNames.LAST_MODIFIED).getDate() : null;
        return modified != null && modified.after(activated) ? MODIFIED : PUBLISHED;
    }
}
