package org.oicc.relations.repository;

import java.util.List;

/**
 * A node read from a bootstrap file, validated for syntax but not yet against a repository.
 * Values are kept in their JCR string form (what a system-view document carries), so one
 * representation serves validation, stamping and the import itself.
 *
 * @param uuid the file's {@code jcr:uuid}, or null to let the repository assign one
 * @param line 1-based line of the node's key, for error messages
 */
record BootstrapNode(String name, String primaryType, List<String> mixins, String uuid,
        List<BootstrapProperty> properties, List<BootstrapNode> children, int line) {

    boolean hasProperty(String propertyName) {
        return properties.stream().anyMatch(p -> p.name().equals(propertyName));
    }
}
