/**
 * The JCR repository and everything about it that does not depend on the content model: the
 * embedded Jackrabbit start-up ({@link org.oicc.relations.repository.StandaloneRepository}),
 * namespace and node type registration, Magnolia's YAML bootstrap format in both directions
 * ({@link org.oicc.relations.repository.BootstrapImporter},
 * {@link org.oicc.relations.repository.BootstrapExporter}), and the session SPI
 * ({@link org.oicc.relations.repository.SessionProvider} with its {@link org.oicc.relations.repository.Side}:
 * author drafts or published content).
 *
 * <p>The small helpers every layer above shares, each written once here:
 * {@link org.oicc.relations.repository.SessionScope} (the sessions of one request or write, one per
 * workspace, all closed together), {@link org.oicc.relations.repository.JcrPaths} (joining, parent,
 * is-below, relative), {@link org.oicc.relations.repository.ClientPaths} (which client-given paths
 * and names are safe, by rule set: URL, page, item name, command line) and
 * {@link org.oicc.relations.repository.MgnlNames} (Magnolia's property and node-type names).
 *
 * <p>Uses: JCR and Jackrabbit only. It does not know the module's definitions: what a repository
 * must hold arrives as plain values ({@link org.oicc.relations.repository.RepositorySetup}).
 * Everything that reads or writes content gets its sessions through {@code SessionProvider}, never
 * from a global, so the same code runs on a standalone author, a public instance and inside
 * Magnolia. It must not use any other package of the module.
 */
package org.oicc.relations.repository;
