/**
 * Digital assets as Magnolia's DAM keeps them: {@code mgnl:asset} nodes of the {@code dam}
 * workspace, each with a {@code jcr:content} resource (binary, mime type, size, width, height,
 * file name), named by item key {@code jcr:<identifier>}. Owns the image check (decode and
 * re-encode, so only pixels are stored), the store, width renditions with their bounded cache, and
 * the {@code /dam/jcr:<id>/<fileName>} servlet. Uses {@code definition}, {@code repository} and
 * {@code http}; delivery, rendering and authoring use it.
 */
package org.oicc.relations.dam;
