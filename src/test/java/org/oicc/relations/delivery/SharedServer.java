package org.oicc.relations.delivery;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.oicc.relations.delivery.endpoint.DeliverySettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One server with the seed content for the HTTP tests that only read, started on first use and
 * closed when the test run ends: starting the repository costs seconds, a request milliseconds.
 * It allows one CORS origin and has its own Cache-Control, so both are visibly configured.
 */
final class SharedServer implements ParameterResolver {

    static final String ORIGIN = "https://www.oicc.org";
    static final String CACHE_CONTROL = "public, max-age=30";
    /**
     * Held by every class that uses the server: test classes run two at a time, and some count the
     * server's session logins or cache hits around one request, which another class's requests
     * would move.
     */
    static final String LOCK = "delivery.SharedServer";
    static final DeliverySettings SETTINGS = new DeliverySettings(100, CACHE_CONTROL, List.of(ORIGIN));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HttpFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedServer.class, k -> new Running(), Running.class).fixture;
    }

    /** Closed by JUnit with the root context: the server first, then its temp folder. */
    private static final class Running implements AutoCloseable {

        private final Path data;
        private final HttpFixture fixture;

        Running() {
            try {
                data = Files.createTempDirectory("oicc-http-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fixture = new HttpFixture(data, SETTINGS);
        }

        @Override
        public void close() throws IOException {
            fixture.close();
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
