/**
 * Bulk import of content items: a JSON Lines file, one item per line in the body the Nodes API v1
 * takes for a PUT ({@link org.oicc.relations.bulk.NodesApiLine}), written in batches with one
 * save per batch ({@link org.oicc.relations.bulk.JsonLinesImport}), each item validated by the
 * content service exactly as an editor's write, rejected lines reported with their number and
 * reason ({@link org.oicc.relations.bulk.ImportReport}) while the rest goes in.
 *
 * <p>Uses: {@code content}, {@code definition} and {@code repository}. It knows no HTTP and no
 * terminal: progress goes to an {@link org.oicc.relations.bulk.ImportProgress} and saved batches to
 * an {@link org.oicc.relations.bulk.SavedBatchListener} (the command line draws a bar and publishes).
 * It must not use {@code delivery}, {@code rendering}, {@code authoring} or {@code server}.
 */
package org.oicc.relations.bulk;
