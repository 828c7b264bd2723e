package org.oicc.relations.delivery.endpoint;

import java.util.List;

/**
 * Server-side settings of the delivery endpoints (command line, not the light module: they belong to
 * a deployment, and Magnolia's endpoint YAML has no place for them).
 *
 * @param maxLimit cap on {@code limit}; a larger request is a 400
 * @param cacheControl the {@code Cache-Control} of successful answers
 * @param corsOrigins origins allowed to read the endpoints from a browser ({@code *} for any)
 */
public record DeliverySettings(int maxLimit, String cacheControl, List<String> corsOrigins) {

    public static final DeliverySettings DEFAULTS = new DeliverySettings(100, "public, max-age=60", List.of());

    public DeliverySettings {
        corsOrigins = List.copyOf(corsOrigins);
    }
}
