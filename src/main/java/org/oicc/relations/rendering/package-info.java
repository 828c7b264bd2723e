/**
 * Pages: FreeMarker page and component rendering from the light module's template definitions,
 * with Magnolia's names ({@code cms} directives, {@code cmsfn}, {@code content}, {@code i18n}), at
 * {@code /[<lang>/]<path>.html}, plus the light module's web resources under {@code /.resources/}.
 *
 * <p>Entry points: {@link org.oicc.relations.rendering.PageSite} (the servlets of one module) and
 * {@link org.oicc.relations.rendering.PageServlet} (one page request: path, validators, render,
 * cache). Rich text reaches a page only through {@link org.oicc.relations.rendering.RichText}'s
 * safelist; every other value is HTML-escaped.
 *
 * <p>Uses: {@code caching}, {@code content}, {@code definition}, {@code repository}. It never uses
 * {@code delivery}: a page and a delivery answer are siblings that share caching, not layers.
 * Only {@code server} uses it.
 */
package org.oicc.relations.rendering;
