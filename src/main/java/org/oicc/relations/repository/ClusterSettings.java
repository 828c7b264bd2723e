package org.oicc.relations.repository;

import java.time.Duration;
import java.util.Objects;

/**
 * Makes a repository on {@link Storage#postgres PostgreSQL} one node of a Jackrabbit cluster: its
 * changes are written to a database journal beside its tables, and every {@link #syncDelay()} it
 * applies what the other nodes wrote there (as external events, which observation listeners see
 * like local ones). The nodes of one cluster share all tables of the same prefix; each keeps its
 * own search index in its own folder.
 *
 * @param nodeId unique among the nodes sharing the tables, e.g. {@code web1-public}; kept as the
 *               row of the journal's {@code LOCAL_REVISIONS} table that says how far this node has read
 * @param syncDelay how often the journal is read; changes from other nodes appear within about this
 * @param janitorSleep how often journal records every node has read are deleted (zero: never)
 */
public record ClusterSettings(String nodeId, Duration syncDelay, Duration janitorSleep) {

    /** Fast enough to meet "visible on every node within a second" with room for the apply itself. */
    public static final Duration DEFAULT_SYNC_DELAY = Duration.ofMillis(500);
    /** Once a day, as Jackrabbit's own default; a journal record is a few hundred bytes. */
    public static final Duration DEFAULT_JANITOR_SLEEP = Duration.ofDays(1);
    /** A node id is a table row, a log word and a part of /.health: kept plain. */
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";

    public ClusterSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        if (!nodeId.matches(ID)) {
            throw new IllegalArgumentException("a cluster node id is 1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit: "
                    + nodeId);
        }
        if (syncDelay.toMillis() < 10 || syncDelay.toMillis() > 60_000) {
            throw new IllegalArgumentException("the cluster sync delay is between 10 ms and 60 s, found " + syncDelay.toMillis() + " ms");
        }
        if (janitorSleep.isNegative()) {
            throw new IllegalArgumentException("the journal janitor interval cannot be negative");
        }
    }

    public static ClusterSettings of(String nodeId) {
        return new ClusterSettings(nodeId, DEFAULT_SYNC_DELAY, DEFAULT_JANITOR_SLEEP);
    }

    /** The same settings for another node (the public repository of the same instance). */
    public ClusterSettings withNodeId(String id) {
        return new ClusterSettings(id, syncDelay, janitorSleep);
    }
}
