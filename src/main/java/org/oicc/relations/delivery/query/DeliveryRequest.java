package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.Language;
import java.util.List;

/**
 * A parsed, checked request to a delivery endpoint.
 *
 * @param path node path relative to the endpoint's rootPath, normalised ({@code /} for the root)
 * @param offset first result of a query page
 * @param limit page size, already capped
 */
public record DeliveryRequest(
        Kind kind,
        String path,
        List<Filter> filters,
        List<Order> orderBy,
        String fullText,
        int offset,
        int limit,
        Language language) {

    public enum Kind { READ_NODE, CHILDREN, QUERY }

    public DeliveryRequest {
        filters = List.copyOf(filters);
        orderBy = List.copyOf(orderBy);
    }
}
