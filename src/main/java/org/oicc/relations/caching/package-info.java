/**
 * HTTP caching for every side of the site: change tracking by JCR observation
 * ({@link org.oicc.relations.caching.WorkspaceChanges}: one generation per workspace), change
 * stamps, strong entity tags known before rendering, conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}), the bounded response cache and content coding.
 *
 * <p>Why a package of its own: delivery answers and pages are validated the same way — an answer's
 * ETag is a digest of its key and the generations of the workspaces it reads, so a 304 or a cached
 * answer needs no session at all. Delivery, rendering and preview use it side by side; none of them
 * owns it.
 *
 * <p>Uses: {@code repository} (observation) and {@code definition}. It must not use
 * {@code delivery}, {@code rendering}, {@code authoring} or {@code server}.
 */
package org.oicc.relations.caching;
