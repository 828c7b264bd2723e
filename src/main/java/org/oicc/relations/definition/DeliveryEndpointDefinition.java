package org.oicc.relations.definition;

import java.util.List;

/**
 * A Magnolia delivery endpoint v2 ({@code $type: jcrDeliveryEndpoint_v2}) with the options this
 * runtime honours; any other option in the YAML is a start-up error. Defaults are Magnolia's.
 *
 * @param depth levels of child nodes embedded in each node
 * @param limit default page size of queries
 * @param referenceDepth levels of nested reference expansion, -1 for no limit
 * @param referenceRepeat whether a node already expanded on the path may be expanded again
 *                        (false: a repeated or cyclic reference shows only its {@code @id})
 * @param orderBy the property a query without {@code orderBy} is ordered by, or null for the node
 *                name. An extension: Magnolia's endpoint has no default order, and its key is
 *                named like the query parameter it stands in for.
 */
public record DeliveryEndpointDefinition(
        String name,
        String path,
        String workspace,
        String rootPath,
        List<String> nodeTypes,
        List<String> childNodeTypes,
        boolean strict,
        int depth,
        int limit,
        boolean includeSystemProperties,
        boolean bypassWorkspaceAcls,
        List<ReferenceDefinition> references,
        int referenceDepth,
        boolean referenceRepeat,
        String orderBy,
        Location location,
        List<AssetReferenceDefinition> assetReferences) implements EndpointDefinition {

    public static final String TYPE = "jcrDeliveryEndpoint_v2";

    public DeliveryEndpointDefinition {
        nodeTypes = List.copyOf(nodeTypes);
        childNodeTypes = List.copyOf(childNodeTypes);
        references = List.copyOf(references);
        assetReferences = List.copyOf(assetReferences);
    }

    /** An endpoint without asset references ({@code assetReferenceResolver}). */
    public DeliveryEndpointDefinition(String name, String path, String workspace, String rootPath, List<String> nodeTypes,
            List<String> childNodeTypes, boolean strict, int depth, int limit, boolean includeSystemProperties,
            boolean bypassWorkspaceAcls, List<ReferenceDefinition> references, int referenceDepth, boolean referenceRepeat,
            String orderBy, Location location) {
        this(name, path, workspace, rootPath, nodeTypes, childNodeTypes, strict, depth, limit, includeSystemProperties,
                bypassWorkspaceAcls, references, referenceDepth, referenceRepeat, orderBy, location, List.of());
    }
}
