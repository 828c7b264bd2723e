package org.oicc.relations.delivery.endpoint;

import java.util.Map;

/**
 * Serves one endpoint type. {@link #prepare} checks the request without touching the repository
 * and says what the answer depends on, so the servlet can answer 304 or from its cache before any
 * repository read.
 */
public interface EndpointHandler {

    /**
     * @param subPath the URL-decoded path after the endpoint's own path ("" for the endpoint itself)
     * @throws DeliveryException for a bad parameter (400) or an impossible path (404)
     */
    PreparedAnswer prepare(String subPath, Map<String, String[]> params, String acceptLanguage);
}
