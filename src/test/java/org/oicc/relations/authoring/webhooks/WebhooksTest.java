package org.oicc.relations.authoring.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks against a real local HTTP receiver. */
class WebhooksTest {

    private static final byte[] SECRET = "0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Received(String event, String delivery, String signature, byte[] body) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aNotificationArrivesSignedAndComplete() throws Exception {
        int port = startReceiver(0);
        byte[] payload = "{\"event\":\"publish\",\"item\":{\"@name\":\"iula\"}}".getBytes(StandardCharsets.UTF_8);
        try (WebhookDispatcher hooks = dispatcher(port)) {
            hooks.notify("publish", payload);

            Received r = received.poll(10, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            assertThat(r.event()).isEqualTo("publish");
            assertThat(r.body()).isEqualTo(payload);
            assertThat(new Signature(SECRET).verify(r.signature(), r.body())).isTrue();
            assertThat(new Signature(SECRET).verify(r.signature(), "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
            awaitEmptyOutbox();
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheNotificationAfterARestart() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free now, nobody listening: the receiver is "down"
        }
        try (WebhookDispatcher hooks = dispatcher(port)) {
            hooks.notify("unpublish", "{\"path\":\"/isprs\"}".getBytes(StandardCharsets.UTF_8));
            awaitAFailedAttempt();
        }
        // the process stopped with the call still owed: it is on disk
        List<Notification> owed = new Outbox(data.resolve("outbox"), JSON).pending();
        assertThat(owed).singleElement().satisfies(n -> assertThat(n.attempts()).isPositive());

        startReceiver(port);
        try (WebhookDispatcher restarted = dispatcher(port)) {
            Received r = received.poll(10, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            assertThat(r.event()).isEqualTo("unpublish");
            assertThat(r.delivery()).isEqualTo(owed.get(0).id());
            assertThat(new Signature(SECRET).verify(r.signature(), r.body())).isTrue();
            awaitEmptyOutbox();
        }
    }

    /** Until the sender has tried once and failed (the receiver is down). */
    private void awaitAFailedAttempt() throws InterruptedException {
        Outbox outbox = new Outbox(data.resolve("outbox"), JSON);
        for (int i = 0; i < 500 && outbox.pending().stream().noneMatch(n -> n.attempts() > 0); i++) {
            Thread.sleep(10);
        }
    }

    /** The receiver has the body before the sender has its answer; the file goes once the answer is in. */
    private void awaitEmptyOutbox() throws InterruptedException {
        Outbox outbox = new Outbox(data.resolve("outbox"), JSON);
        for (int i = 0; i < 100 && !outbox.pending().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(outbox.pending()).isEmpty();
    }

    private WebhookDispatcher dispatcher(int port) {
        return new WebhookDispatcher(new Outbox(data.resolve("outbox"), JSON), List.of(URI.create("http://127.0.0.1:" + port + "/hook")),
                new Signature(SECRET), Clock.systemUTC(), Duration.ofMillis(50), Duration.ofMillis(100));
    }

    private int startReceiver(int port) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Relations-Event"),
                    exchange.getRequestHeaders().getFirst("X-Relations-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Relations-Signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        return receiver.getAddress().getPort();
    }
}
