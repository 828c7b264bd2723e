package org.oicc.relations.http;

/**
 * Whether the client of the request this thread is handling is still there, for long work to stop
 * when nobody waits for its answer (issue 13, D1: "work stops when the client disconnects"). The
 * server binds a {@link Probe} for the time of each request; work that has cancellation points (the
 * delivery query's time budget) asks {@link #gone()} at them. Nothing bound (inside Magnolia, in
 * tests that call the code directly): the client counts as present, so behaviour is unchanged.
 *
 * <p>A thread-bound value rather than a parameter: the question is asked deep inside the query code,
 * which knows no request, and a request is answered on the one thread that handles it (the answer
 * is rendered before its first byte is sent; nothing here renders asynchronously).
 */
public final class ClientPresence {

    /** Asks the transport whether the client went away; cheap enough to be asked between rows. */
    @FunctionalInterface
    public interface Probe {
        boolean gone();
    }

    /** The binding of one request; closing it unbinds the probe from this thread. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private static final ThreadLocal<Probe> CURRENT = new ThreadLocal<>();

    private ClientPresence() {
    }

    /** Binds {@code probe} to this thread until the binding is closed (the one bound before comes back then). */
    public static Binding bind(Probe probe) {
        Probe before = CURRENT.get();
        CURRENT.set(probe);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** True once the client of this thread's request is known to be gone; false when nothing is bound. */
    public static boolean gone() {
        Probe probe = CURRENT.get();
        return probe != null && probe.gone();
    }
}
