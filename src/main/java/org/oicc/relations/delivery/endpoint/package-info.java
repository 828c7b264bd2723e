/**
 * What every delivery endpoint handler implements and speaks: the SPI
 * ({@link org.oicc.relations.delivery.endpoint.EndpointHandler}: {@code prepare} checks a request
 * without touching the repository, the returned
 * {@link org.oicc.relations.delivery.endpoint.PreparedAnswer} says what the answer reads and how to
 * write it), Magnolia's error shape ({@link org.oicc.relations.delivery.endpoint.DeliveryException}),
 * the answer's language and its negotiation, confined node paths and the server-side settings.
 *
 * <p>Uses: {@code content} and {@code definition}. It is the bottom of {@code delivery}: the
 * other delivery packages use it, it uses none of them.
 */
package org.oicc.relations.delivery.endpoint;
