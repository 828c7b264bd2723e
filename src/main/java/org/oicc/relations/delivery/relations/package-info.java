/**
 * Extension beyond Magnolia ({@code $type: oiccRelationsView_v1}): everything the relations page
 * shows in one answer and in page order — the categories with their entries (organization, role,
 * since, aims) and the agreement aims
 * ({@link org.oicc.relations.delivery.relations.RelationsViewHandler}). The content types and the
 * properties that tie them together come from the light module, never from Java.
 *
 * <p>Uses: {@code delivery.endpoint}, {@code delivery.query} (parameter parsing), {@code content},
 * {@code definition}, {@code repository}.
 */
package org.oicc.relations.delivery.relations;
