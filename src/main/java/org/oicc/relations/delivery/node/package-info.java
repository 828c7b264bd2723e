/**
 * A node in Magnolia's delivery JSON, streamed with Jackson's {@code JsonGenerator}:
 * {@code @name @path @id @nodeType}, properties in definition order, child nodes, and references
 * expanded by the endpoint's {@code references} rules
 * ({@link org.oicc.relations.delivery.node.NodeRenderer},
 * {@link org.oicc.relations.delivery.node.PropertyWriter},
 * {@link org.oicc.relations.delivery.node.ReferenceExpander}). Every traversal is bounded (depth,
 * reference depth, a hard limit), and equal content always gives equal bytes, which strong ETags
 * and golden tests rely on.
 *
 * <p>Nodes are written from immutable snapshots ({@code NodeSnapshot}) that the published side
 * keeps between answers ({@link org.oicc.relations.delivery.node.NodeSnapshots}): exact while the
 * workspace stays at the generation a snapshot was read at (JCR observation, cluster included),
 * bounded by bytes, so an answer the response cache lacks is still JSON made afresh from memory.
 * Below the heap, each side keeps an on-disk copy of every indexed item
 * ({@link org.oicc.relations.delivery.node.DiskCopies}, H2's MVStore; {@code CopyCodec}, {@code ItemTree}),
 * written by the index's updater before a {@code save()} returns, so a node the heap lacks costs a
 * B-tree look-up, not Jackrabbit bundle reads.
 *
 * <p>Uses: {@code delivery.endpoint}, {@code content}, {@code definition}, {@code repository},
 * {@code index} (the {@code ItemCopies} hook the copies implement).
 * Used by {@code delivery.query} and the webhook payloads; it must not use the query or relations
 * packages.
 */
package org.oicc.relations.delivery.node;
