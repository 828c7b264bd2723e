package org.oicc.relations.definition;

import java.util.Map;

/** The {@code datasource:} of a content type (JCR flavour). */
public record DatasourceDefinition(
        String type,
        String workspace,
        String rootPath,
        Map<String, String> namespaces,
        boolean autoCreate,
        String nodeTypeDefinition) {

    public DatasourceDefinition {
        namespaces = Map.copyOf(namespaces);
    }
}
