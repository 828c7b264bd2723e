/**
 * Magnolia's delivery endpoint v2 ({@code jcrDeliveryEndpoint_v2}): read a node, its children, or
 * a query ({@link org.oicc.relations.delivery.query.JcrDeliveryHandler}). The path and parameters
 * are parsed into a checked request ({@link org.oicc.relations.delivery.query.RequestParser}),
 * checked against the fields the endpoint's content type has
 * ({@link org.oicc.relations.delivery.query.QueryFields},
 * {@link org.oicc.relations.delivery.query.QueryPlan}), and only then written as JCR-SQL2 with bind
 * variables ({@link org.oicc.relations.delivery.query.QueryBuilder}): no client value is ever part
 * of the statement's text. {@code like} patterns are the exception to "the repository compares":
 * Jackrabbit would run them as backtracking regular expressions, so they are capped and matched by
 * the module ({@link org.oicc.relations.delivery.query.LikePattern},
 * {@link org.oicc.relations.delivery.query.LikeFilter}) on what the statement found. Every query and
 * child list runs under a time budget ({@link org.oicc.relations.delivery.query.QueryBudget}, 503
 * {@code queryTimeout}).
 *
 * <p>Where the side's {@code index.ItemIndex} covers an endpoint, a query's filters, order, page and
 * total come from it ({@link org.oicc.relations.delivery.query.IndexedRunner},
 * {@link org.oicc.relations.delivery.query.IndexedValueTest}) with the same semantics, and the
 * repository is asked only for full text and rich-text conditions (candidates, intersected).
 *
 * <p>Uses: {@code delivery.endpoint}, {@code delivery.node}, {@code index}, {@code content},
 * {@code definition}, {@code repository}.
 */
package org.oicc.relations.delivery.query;
