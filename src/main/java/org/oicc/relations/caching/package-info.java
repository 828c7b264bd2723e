/**
 * HTTP caching for every side of the site, in one place: change tracking by JCR observation
 * ({@link org.oicc.relations.caching.WorkspaceChanges}: one generation per workspace), change
 * stamps, strong entity tags ({@link org.oicc.relations.caching.EntityTags}, the one ETag maker),
 * conditional requests ({@link org.oicc.relations.caching.ConditionalRequest}, the one reader of
 * {@code If-None-Match} and {@code If-Modified-Since}), the bounded response cache, content coding,
 * and the {@code Cache-Control} policy ({@link org.oicc.relations.caching.CacheControl}: nothing
 * else in the module writes that header).
 *
 * <p>Entry point: a {@link org.oicc.relations.caching.Responder} answers a GET or HEAD whose body
 * only it may render. {@link org.oicc.relations.caching.CachingResponder} serves published content:
 * an answer's ETag is a digest of its key and the generations of the workspaces it reads, known
 * before rendering, so a 304 or a cached answer opens no session at all.
 * {@link org.oicc.relations.caching.NoCaching} serves drafts: no tracker, no cache, {@code no-store}.
 * Delivery answers, pages and web resources go through the same responder; none of those packages
 * owns caching.
 *
 * <p>Uses: {@code repository} (observation sessions). It must not use {@code definition},
 * {@code content}, {@code delivery}, {@code rendering}, {@code authoring} or {@code server}.
 */
package org.oicc.relations.caching;
