package org.oicc.relations.repository;

/**
 * Puts the {@code <Cluster>} element into a repository configuration, at the marker comment the
 * PostgreSQL configuration keeps for it: one configuration file for single and clustered
 * repositories, so that the two can never drift apart in what they share.
 */
final class ClusterConfig {

    static final String FRAGMENT = "/org/oicc/relations/repository/cluster-journal.xml";
    private static final String MARKER = "<!--CLUSTER:";

    private ClusterConfig() {
    }

    /** {@code fragment} null: the configuration as it is (a repository alone on its tables). */
    static String splice(String config, String fragment) {
        if (fragment == null) {
            return config;
        }
        int start = config.indexOf(MARKER);
        int end = start < 0 ? -1 : config.indexOf("-->", start);
        if (end < 0) {
            throw new IllegalStateException("the repository configuration has no " + MARKER + " marker for the cluster settings");
        }
        return config.substring(0, start) + fragment + config.substring(end + 3);
    }
}
