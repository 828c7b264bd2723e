/**
 * Code that runs inside the standalone server's JVM during a benchmark (never in production):
 * {@link org.oicc.relations.bench.inprocess.ServeWithCeiling} starts a trivial Jetty on its own port
 * that serves bytes it was given (the ceiling) and reports the heap after a GC, then runs the
 * module's own {@code Main} unchanged. Only the JDK and Jetty (carried by the standalone jar) are used.
 */
package org.oicc.relations.bench.inprocess;
