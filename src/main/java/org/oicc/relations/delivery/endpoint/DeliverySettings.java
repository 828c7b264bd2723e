package org.oicc.relations.delivery.endpoint;

import java.time.Duration;
import java.util.List;

/**
 * Server-side settings of the delivery endpoints (command line, not the light module: they belong to
 * a deployment, and Magnolia's endpoint YAML has no place for them).
 *
 * @param maxLimit cap on {@code limit}; a larger request is a 400
 * @param cacheControl the {@code Cache-Control} of successful answers
 * @param corsOrigins origins allowed to read the endpoints from a browser ({@code *} for any)
 * @param queryTimeout the time one answer of a delivery endpoint may take to read; past it a 503
 */
public record DeliverySettings(int maxLimit, String cacheControl, List<String> corsOrigins, Duration queryTimeout) {

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);
    public static final DeliverySettings DEFAULTS = new DeliverySettings(100, "public, max-age=60", List.of());

    public DeliverySettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive, found " + queryTimeout);
        }
    }

    /** With the default query timeout. */
    public DeliverySettings(int maxLimit, String cacheControl, List<String> corsOrigins) {
        this(maxLimit, cacheControl, corsOrigins, DEFAULT_QUERY_TIMEOUT);
    }

    /** The same settings with another query timeout. */
    public DeliverySettings withQueryTimeout(Duration timeout) {
        return new DeliverySettings(maxLimit, cacheControl, corsOrigins, timeout);
    }
}
