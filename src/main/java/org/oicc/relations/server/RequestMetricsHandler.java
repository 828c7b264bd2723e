package org.oicc.relations.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.oicc.relations.metrics.RequestMeters;

/**
 * Times every request from its arrival to the last byte of its answer and counts it under its
 * endpoint's name ({@link EndpointNames}), method and status. It wraps everything else, so the
 * refusals of the URI guard and Jetty's own 404s are counted too.
 */
final class RequestMetricsHandler extends Handler.Wrapper {

    private final EndpointNames names;
    private final RequestMeters meters;

    RequestMetricsHandler(Handler handler, EndpointNames names, RequestMeters meters) {
        super(handler);
        this.names = names;
        this.meters = meters;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String endpoint = names.of(request.getHttpURI().getPath());
        String method = request.getMethod();
        Callback measured = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                meters.record(endpoint, method, response.getStatus(), System.nanoTime() - start);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                // Jetty answers a failed request with a 500 unless it was committed already
                meters.record(endpoint, method, response.isCommitted() ? response.getStatus() : 500, System.nanoTime() - start);
                super.failed(x);
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, response, measured);
        } catch (Exception | Error e) {
            meters.record(endpoint, method, 500, System.nanoTime() - start);
            throw e;
        }
        if (!handled) {
            // Jetty answers 404 itself, with the original callback
            meters.record(endpoint, method, 404, System.nanoTime() - start);
        }
        return handled;
    }
}
