package org.oicc.relations.delivery.node;

import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.JcrPaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The {@code @link} of an expanded reference ({@code generateLink: true}). Magnolia links to the
 * node's public URL; the standalone runtime has no public URL for a content item, so the link is
 * where this runtime serves the node itself: the first delivery endpoint of the module (in file
 * order) whose workspace, root path and node types include it, as a server-relative path such as
 * {@code /.rest/delivery/organizations/v1/league-of-arab-states}. Relative, because the same
 * answer is cached for every host name it is requested under. A node that no endpoint serves gets
 * no {@code @link}: a made-up URL would be a broken link.
 */
final class ReferenceLinks {

    private final List<DeliveryEndpointDefinition> endpoints;

    ReferenceLinks(LightModule module) {
        this.endpoints = module.endpoints().values().stream()
                .filter(DeliveryEndpointDefinition.class::isInstance)
                .map(DeliveryEndpointDefinition.class::cast)
                .toList();
    }

    /** The link, or null when no endpoint serves the node. */
    String linkTo(NodeSnapshot node) {
        String workspace = node.workspace();
        for (DeliveryEndpointDefinition endpoint : endpoints) {
            if (!endpoint.workspace().equals(workspace)) {
                continue;
            }
            String relative = JcrPaths.relative(endpoint.rootPath(), node.path());
            if (relative != null && NodeTypes.matches(node, endpoint.nodeTypes(), endpoint.strict())) {
                return "/.rest/" + endpoint.path() + encode(relative);
            }
        }
        return null;
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a JCR path is always a valid URI path: " + path, e);
        }
    }
}
