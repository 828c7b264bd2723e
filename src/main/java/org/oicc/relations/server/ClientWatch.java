package org.oicc.relations.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.oicc.relations.http.ClientPresence;

/**
 * Binds a {@link ConnectionProbe} to the thread handling each request, so work with cancellation
 * points (the delivery query's budget checks) stops once its client has closed the connection, and
 * counts the requests whose client was found gone in {@value #ABANDONED} (Prometheus
 * {@code http_server_requests_abandoned_total}).
 */
final class ClientWatch extends Handler.Wrapper {

    static final String ABANDONED = "http.server.requests.abandoned";

    private final Counter abandoned;

    ClientWatch(Handler handler, MeterRegistry registry) {
        super(handler);
        this.abandoned = Counter.builder(ABANDONED)
                .description("requests whose client closed the connection before the answer, found while their work ran (the work stopped)")
                .register(registry);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ConnectionProbe probe = new ConnectionProbe(request);
        Callback released = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                release(probe);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                release(probe);
                super.failed(x);
            }
        };
        boolean handled;
        try (ClientPresence.Binding bound = ClientPresence.bind(probe)) {
            handled = super.handle(request, response, released);
        } catch (Exception | Error e) {
            probe.close();
            throw e;
        }
        if (!handled) {
            probe.close(); // Jetty answers 404 itself with the original callback
        }
        return handled;
    }

    private void release(ConnectionProbe probe) {
        probe.close();
        if (probe.wasFoundGone()) {
            abandoned.increment();
        }
    }
}
