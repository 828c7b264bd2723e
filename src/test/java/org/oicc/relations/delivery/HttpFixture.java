package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@link TestSite} with the seed content and the public site on a free port, asked with byte
 * bodies (gzip, exact bytes); delivery reads through a {@link CountingSessionProvider}, edits go
 * through the content service (the same repository as the public side on a single-repository site).
 */
final class HttpFixture implements AutoCloseable {

    static final String ORGANIZATIONS = "/.rest/delivery/organizations/v1";
    static final String CATEGORIES = "/.rest/delivery/relationship-categories/v1";

    final TestSite site;
    final CountingSessionProvider sessions;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final ContentService content;

    HttpFixture(Path data, DeliverySettings settings) {
        site = TestSite.builder().site(settings).siteReadsThrough(CountingSessionProvider::new).start(data);
        sessions = (CountingSessionProvider) site.served;
        content = site.content;
    }

    int port() {
        return site.port();
    }

    URI uri(String pathAndQuery) {
        return site.uri(pathAndQuery);
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
        site.close();
    }
}
