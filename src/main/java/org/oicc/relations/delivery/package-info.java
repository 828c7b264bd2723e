/**
 * The delivery endpoints' front door, {@code /.rest/*}: routing by endpoint path, methods, CORS,
 * errors, and the answer through the response cache
 * ({@link org.oicc.relations.delivery.DeliveryServlet}). What each endpoint type answers lives in
 * the sub-packages: {@code delivery.query} ({@code jcrDeliveryEndpoint_v2}),
 * {@code delivery.relations} (the relations view extension), {@code delivery.openapi} (the OpenAPI
 * document); they share {@code delivery.endpoint} (the handler SPI and the request vocabulary) and
 * {@code delivery.node} (Magnolia's node JSON).
 *
 * <p>Uses: its sub-packages, {@code caching}, {@code content}, {@code definition},
 * {@code repository}. Only {@code server} uses it. {@code rendering} and {@code authoring} never
 * do: pages and the authoring APIs are siblings of delivery, not built on it.
 */
package org.oicc.relations.delivery;
