package org.oicc.relations.bench.inprocess;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code java -cp oicc-relations-standalone.jar:bench-classes ...ServeWithCeiling serve ...}: the
 * module's server, unchanged, plus a second Jetty {@link Server} in the same JVM (same heap, flags,
 * JIT and Jetty version; its own connector and thread pool) that answers
 *
 * <pre>
 * PUT /ceiling/{name}   store the body (and its Content-Type) under name
 * GET /ceiling/{name}   the stored bytes, as they are: the most any HTTP answer of that size can do here
 * GET /heap             System.gc(), then the heap in use as JSON (what the server holds, not garbage)
 * </pre>
 */
public final class ServeWithCeiling {

    private record Stored(byte[] bytes, String contentType) {
    }

    private ServeWithCeiling() {
    }

    public static void main(String[] args) throws Exception {
        // The module's logging setup, before the ceiling's Jetty logs its first line: otherwise logback
        // starts with its default (DEBUG for every logger, Jackrabbit's item cache included) and
        // Main's own setting comes too late, so the server under test would log every item it reads.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/oicc/relations/server/logback-standalone.xml");
        }
        Map<String, Stored> stored = new ConcurrentHashMap<>();
        Server ceiling = new Server();
        ServerConnector connector = new ServerConnector(ceiling);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        ceiling.addConnector(connector);
        ceiling.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = Request.getPathInContext(request);
                if (path.startsWith("/ceiling/")) {
                    String name = path.substring("/ceiling/".length());
                    if ("PUT".equals(request.getMethod())) {
                        byte[] body;
                        try (InputStream in = Content.Source.asInputStream(request)) {
                            body = in.readAllBytes();
                        }
                        stored.put(name, new Stored(body, request.getHeaders().get(HttpHeader.CONTENT_TYPE)));
                        return answer(response, callback, 204, null, new byte[0]);
                    }
                    Stored s = stored.get(name);
                    return s == null ? answer(response, callback, 404, "text/plain", bytes("not stored\n"))
                            : answer(response, callback, 200, s.contentType(), s.bytes());
                }
                if (path.equals("/heap")) {
                    return answer(response, callback, 200, "application/json", bytes(heapAfterGc()));
                }
                return answer(response, callback, 404, "text/plain", bytes("not found\n"));
            }
        });
        ceiling.start();
        System.out.println("Ceiling on http://127.0.0.1:" + connector.getLocalPort() + "/");
        System.out.flush();
        // the module's own entry point, as `java -jar` would call it
        Class.forName("org.oicc.relations.server.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static boolean answer(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        if (type != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Two collections: the first may only queue finalizable objects that the second frees. */
    private static String heapAfterGc() {
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return "{\"used\":" + heap.getUsed() + ",\"committed\":" + heap.getCommitted() + ",\"max\":" + heap.getMax() + "}";
    }
}
