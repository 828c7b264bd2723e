/**
 * Publication as Magnolia does it: an author item (with its content children, and on request its
 * references) travels to the public side as a YAML bootstrap document
 * ({@link org.oicc.relations.authoring.publication.Publisher}); a transport carries it to the
 * public repository of the same process or, queued per subscriber ({@code .subscribers}), to public
 * instances over signed HTTP ({@link org.oicc.relations.authoring.publication.PublicationTransport},
 * received by {@link org.oicc.relations.authoring.publication.PublicationReceiverServlet}, applied
 * once per {@link org.oicc.relations.authoring.publication.StreamPosition}); each publication leaves
 * a version on the author item ({@link org.oicc.relations.authoring.publication.Versions}), of which
 * the newest N are kept ({@link org.oicc.relations.authoring.publication.VersionRetention}). A
 * combined instance's seed, bootstrapped on both sides, counts as published
 * ({@link org.oicc.relations.authoring.publication.SeedPublication}).
 *
 * <p>Uses: {@code authoring.publication.signing} (signed calls, replay memory), {@code definition}, {@code repository}. It
 * knows no content-type validation (published content was validated when it was written) and no
 * HTTP routing beyond its own receiver servlet.
 */
package org.oicc.relations.authoring.publication;
