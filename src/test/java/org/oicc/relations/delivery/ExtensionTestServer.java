package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.server.HttpServer;
import org.oicc.relations.server.Instance;
import org.oicc.relations.server.Standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** The seed content behind a real Jetty on a free port, for the delivery extension tests. */
public final class ExtensionTestServer implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    final Standalone standalone;
    private final HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();

    ExtensionTestServer(Path data) {
        standalone = Standalone.open(data, null, Instance.PUBLIC);
        http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS);
        http.start();
    }

    /** @param pathAndQuery after the host, e.g. {@code /.rest/delivery/relations/v1?lang=ar} (already encoded) */
    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        try {
            http.close();
        } finally {
            standalone.close();
        }
    }
}
