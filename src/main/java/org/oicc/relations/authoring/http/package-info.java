/**
 * The authoring APIs on an author instance, in Magnolia's shapes: the Nodes API v1
 * ({@link org.oicc.relations.authoring.http.NodesApiServlet}) and the publication commands v2
 * ({@link org.oicc.relations.authoring.http.CommandsServlet}), and who is asking
 * ({@link org.oicc.relations.authoring.http.Authentication}: HTTP Basic or the UI's session
 * cookie, which never authorises a change alone).
 *
 * <p>Uses: {@code authoring.users}, {@code authoring.publication}, {@code content},
 * {@code definition}, {@code repository}. Every write goes through {@code content}, so the API
 * refuses what the UI refuses. Used by {@code authoring.ui} and {@code server}.
 */
package org.oicc.relations.authoring.http;
