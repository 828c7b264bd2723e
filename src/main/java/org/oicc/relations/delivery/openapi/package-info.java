/**
 * The OpenAPI 3 description of the module's delivery endpoints, {@code /.rest/delivery/openapi.json},
 * generated from the endpoint and content-type definitions
 * ({@link org.oicc.relations.delivery.openapi.OpenApiDocument}): nothing in it is written by hand, so
 * a property added to a content type is documented the moment it is served.
 *
 * <p>Uses: {@code delivery.endpoint}, {@code delivery.query} and {@code delivery.relations} (what
 * they accept is what the document says), {@code content}, {@code definition}. It reads no
 * workspace.
 */
package org.oicc.relations.delivery.openapi;
