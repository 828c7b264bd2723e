package org.oicc.relations.authoring.publication;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.regex.Pattern;

/**
 * Where a publication stands in its author's queue: the author's stream id (a UUID made once per
 * author data folder) and the entry's sequence number, increasing by one per queued publication.
 * A public workspace remembers, on its root node and in the same save as the content, the highest
 * sequence it applied from each stream; a call at or below it is a duplicate or older than what is
 * already there, and changes nothing. The sender delivers strictly in order, so "at or below" can
 * only mean "already applied" or "superseded".
 */
public record StreamPosition(String stream, long sequence) {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String PROPERTY_PREFIX = "oicc-relations-publication-";

    public StreamPosition {
        if (stream == null || !UUID.matcher(stream).matches()) {
            throw new IllegalArgumentException("a stream is a lower-case UUID, found '" + stream + "'");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("a sequence starts at 1, found " + sequence);
        }
    }

    /** Whether the workspace has not yet applied this position (nor anything after it from the same stream). */
    public boolean isNewIn(Session session) throws RepositoryException {
        Node root = session.getRootNode();
        String name = property();
        return !root.hasProperty(name) || root.getProperty(name).getLong() < sequence;
    }

    /** Records this position, unsaved: the caller saves it with the content it applied. */
    public void recordIn(Session session) throws RepositoryException {
        session.getRootNode().setProperty(property(), sequence);
    }

    private String property() {
        return PROPERTY_PREFIX + stream;
    }
}
