/**
 * The module's meters, in one place: a Micrometer registry exposed in Prometheus' text format
 * ({@link org.oicc.relations.metrics.Metrics}), the JVM's meters, and one small class per family of
 * module meters, each naming its meters and tags once: requests by endpoint and status
 * ({@link org.oicc.relations.metrics.RequestMeters}), response caches
 * ({@link org.oicc.relations.metrics.CacheMeters}), repository logins
 * ({@link org.oicc.relations.metrics.RepositoryMeters}), and the hooks for publication queues per
 * subscriber ({@link org.oicc.relations.metrics.QueueMeters}) and imports
 * ({@link org.oicc.relations.metrics.ImportMeters}).
 *
 * <p>Every tag value comes from a bounded set the caller chooses (an endpoint's definition name,
 * never a URL) and {@link org.oicc.relations.metrics.Metrics} caps each tag besides, so no request
 * can add series without bound.
 *
 * <p>Uses: Micrometer only. What is measured is passed in as numbers or suppliers of numbers, so
 * no other package of the module is known here and any package may report through it.
 */
package org.oicc.relations.metrics;
