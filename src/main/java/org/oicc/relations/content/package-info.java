/**
 * Typed items: reading and writing the items of the light module's content types through their
 * definitions — validation of a whole input before anything is written, references, translations
 * stored as {@code <property>_<locale>}, and Magnolia's metadata ({@code mgnl:created},
 * {@code mgnl:lastModified}).
 *
 * <p>Entry point: {@link org.oicc.relations.content.ContentService}, a door over its reader,
 * writer and check. A write is validated completely ({@link org.oicc.relations.content.InputValidator}),
 * then applied and saved ({@link org.oicc.relations.content.NodeWriter}); a rejected write changes
 * nothing and lists every problem ({@link org.oicc.relations.content.ContentValidationException}).
 * The repository a module needs (workspaces, namespaces, node types, seed) is derived from its
 * content types ({@link org.oicc.relations.content.ModuleRepositorySetup}).
 *
 * <p>Every read-check-write of author items — the content service's writes and entry edits,
 * publication's activation stamps, version restores — runs under the one
 * {@link org.oicc.relations.content.ItemLocks} of that author repository: hand the same instance to
 * each writer, keep each locked step short and never call the network inside one.
 *
 * <p>Uses: {@code definition} and {@code repository}. It knows no HTTP: the authoring APIs, the
 * authoring UI, the command line and bootstrap checks all write through it, so an item is checked
 * by the same rules whoever sends it. It must not use {@code delivery}, {@code rendering},
 * {@code authoring} or {@code server}.
 */
package org.oicc.relations.content;
