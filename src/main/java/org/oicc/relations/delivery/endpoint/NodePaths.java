package org.oicc.relations.delivery.endpoint;

import org.oicc.relations.repository.ClientPaths;

/**
 * Node paths from URLs. Only plain names are accepted ({@link ClientPaths.Rule#URL}), so no path can
 * climb out of an endpoint's root or smuggle JCR syntax ({@code [1]}, {@code *}, {@code ..}) into a
 * lookup; anything else is simply not found, as a path that does not exist.
 */
public final class NodePaths {

    private static final int MAX_LENGTH = 1000;

    private NodePaths() {
    }

    /** @throws DeliveryException 404 for anything but {@code /name/name...} */
    public static String normalise(String path) {
        return ClientPaths.checked(path, ClientPaths.Rule.URL).filter(p -> p.length() <= MAX_LENGTH)
                .orElseThrow(() -> DeliveryException.pathNotFound(Printable.of(path)));
    }
}
