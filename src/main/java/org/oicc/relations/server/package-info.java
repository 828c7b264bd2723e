/**
 * The standalone process: the command line ({@link org.oicc.relations.server.Main} and its
 * {@code serve}, {@code validate}, {@code export}, {@code import} commands), the data folder and
 * its lock, and the Jetty wiring that puts every package's servlets behind one connector
 * ({@link org.oicc.relations.server.HttpServer}, {@link org.oicc.relations.server.AuthoringSite}).
 *
 * <p>It is the top of the module: it may use every package, and no package may use it. Inside
 * Magnolia this package is not used at all; Magnolia is the process there.
 */
package org.oicc.relations.server;
