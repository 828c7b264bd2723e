package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.server.HttpServer;
import org.oicc.relations.server.Instance;
import org.oicc.relations.server.Standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The standalone module in a temp folder with the seed content, served by the real Jetty on a free
 * port; delivery reads through a {@link CountingSessionProvider}, edits go through the content
 * service on the author side (the same repository as the public side in this standalone set-up).
 */
final class HttpFixture implements AutoCloseable {

    static final String ORGANIZATIONS = "/.rest/delivery/organizations/v1";
    static final String CATEGORIES = "/.rest/delivery/relationship-categories/v1";

    final Standalone standalone;
    final CountingSessionProvider sessions;
    final HttpServer http;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final ContentService content;

    HttpFixture(Path data, DeliverySettings settings) {
        standalone = Standalone.open(data, null, Instance.PUBLIC);
        sessions = new CountingSessionProvider(standalone.sessions());
        http = new HttpServer("127.0.0.1", 0, standalone.module(), sessions, json, settings);
        http.start();
        content = new ContentService(standalone.module(), standalone.sessions());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + http.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery));
    }

    JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return json.readTree(response.body());
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
