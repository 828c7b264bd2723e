package org.oicc.relations.repository;

/**
 * A cluster node's place in the journal, for {@code /.health}.
 *
 * @param nodeId this node's id in the journal
 * @param syncDelayMillis how often it reads the journal
 * @param localRevision the newest journal record it has applied (-1 before its first sync)
 * @param globalRevision the newest record in the journal; equal to {@code localRevision} when up to date
 * @param error why the revisions could not be read (then both are -1), else null
 */
public record ClusterState(String nodeId, long syncDelayMillis, long localRevision, long globalRevision, String error) {

    /** Records other nodes wrote that this one has not applied yet. */
    public long behind() {
        return localRevision < 0 || globalRevision < 0 ? -1 : Math.max(0, globalRevision - localRevision);
    }
}
