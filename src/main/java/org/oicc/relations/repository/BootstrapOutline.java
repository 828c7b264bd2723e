package org.oicc.relations.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node and property of a bootstrap file stands, so checks made after the import (against
 * content types) can still name file and line.
 *
 * @param properties property name → 1-based line of its key
 * @param children child nodes in file order
 */
public record BootstrapOutline(String name, int line, Map<String, Integer> properties, List<BootstrapOutline> children) {

    /** @throws BootstrapException when the file does not parse (the import reports the same) */
    public static BootstrapOutline of(BootstrapFile file) throws BootstrapException {
        return from(new YamlBootstrapParser(file.name()).parse(file.content(), null));
    }

    private static BootstrapOutline from(BootstrapNode node) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        node.properties().forEach(p -> lines.put(p.name(), p.line()));
        return new BootstrapOutline(node.name(), node.line(), lines,
                node.children().stream().map(BootstrapOutline::from).toList());
    }

    public BootstrapOutline child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }
}
