/**
 * The benchmark harness of issue 12 ("Scale"), run by {@code bench/run}, never by {@code mvn verify}.
 *
 * <p>It generates organizations as a JSON Lines file in the agreed import format
 * ({@link org.oicc.relations.bench.OrganizationGenerator}), loads them ({@link org.oicc.relations.bench.Loader}),
 * starts the standalone jar with an in-process ceiling ({@link org.oicc.relations.bench.inprocess}),
 * measures with wrk ({@link org.oicc.relations.bench.Wrk}) against the ceiling and the Jackrabbit DavEx
 * peer ({@link org.oicc.relations.bench.DavexPeer}), and writes a table, JSON and charts under
 * {@code target/bench/}. Figures are ratios taken in one run: the machine is shared and noisy.
 */
package org.oicc.relations.bench;
