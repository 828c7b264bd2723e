package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.version.VersionManager;

/**
 * The publisher's note on a version, stored as Magnolia stores a version comment: {@code mgnl:comment}
 * on the versioned node. It is set on the draft only for the moment of the check-in and removed
 * after it, so the note lives in the version alone, is never sent to the public side and does not
 * carry over to the next publication.
 */
public final class VersionNote {

    /** Longest note kept; a longer one is refused before anything is published. */
    public static final int MAX_LENGTH = 500;

    private VersionNote() {
    }

    /** Checks the item in (with the note, when given) and out again; call under the item lock. */
    static void checkin(Session session, VersionManager versions, Node item, String note) throws RepositoryException {
        boolean noted = note != null && !note.isBlank();
        if (noted) {
            item.setProperty(MgnlNames.COMMENT, note.strip());
            session.save();
        } else if (item.hasProperty(MgnlNames.COMMENT)) {
            item.getProperty(MgnlNames.COMMENT).remove();
            session.save();
        }
        versions.checkin(item.getPath());
        versions.checkout(item.getPath());
        if (noted) {
            item.getProperty(MgnlNames.COMMENT).remove();
            session.save();
        }
    }

    /** @return null when the note is acceptable, else why not: {@code tooLong} or {@code control} */
    public static String problem(String note) {
        if (note == null) {
            return null;
        }
        if (note.length() > MAX_LENGTH) {
            return "tooLong";
        }
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return "control";
        }
        return null;
    }
}
