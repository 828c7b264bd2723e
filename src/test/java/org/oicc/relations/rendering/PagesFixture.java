package org.oicc.relations.rendering;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.server.HttpServer;
import org.oicc.relations.server.Instance;
import org.oicc.relations.server.Standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** A standalone with the seed content and a real Jetty on a free port, as the tests of pages need it. */
final class PagesFixture implements AutoCloseable {

    final Standalone standalone;
    final HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();

    /** @param lightModules a folder holding a copy of the light module, or null for the packaged one */
    PagesFixture(Path data, Path lightModules) {
        this(data, lightModules, UnaryOperator.identity());
    }

    /** @param sessions wraps the standalone's sessions for the server, e.g. to count logins */
    PagesFixture(Path data, Path lightModules, UnaryOperator<SessionProvider> sessions) {
        standalone = Standalone.open(data, lightModules, Instance.PUBLIC);
        http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), sessions.apply(standalone.sessions()),
                new ObjectMapper(), DeliverySettings.DEFAULTS);
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.port() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200 with HTML, parsed. */
    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ":\n" + response.body());
        }
        return Jsoup.parse(response.body(), url(path));
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
