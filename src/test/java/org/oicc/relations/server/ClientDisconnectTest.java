package org.oicc.relations.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.http.ClientPresence;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 1, "work stops when the client disconnects", over real sockets and the server's
 * own Jetty wiring ({@link HttpServer} with its {@link ClientWatch}): a request whose work asks
 * {@link ClientPresence#gone()} between its steps, as the delivery query's budget checks do, learns
 * within a fraction of a second that its client closed or reset the connection; a client that
 * waits, or pipelines its next request on the same connection, is not taken for gone.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientDisconnectTest {

    /** What the work would run for if nobody told it to stop; the test's limit of "well before". */
    private static final Duration WORK = Duration.ofSeconds(20);
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(2);

    private TestSite site;
    private HttpServer http;
    /** One line per request of {@link Work}: "gone after N ms" or "done after N ms". */
    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().start(data);
        http = new HttpServer("127.0.0.1", 0, site.module, site.source, site.sessions, TestSite.JSON, DeliverySettings.DEFAULTS);
        http.mainContext().addServlet(new ServletHolder("work", new Work()), "/.test-work");
        http.start();
    }

    @AfterAll
    void stop() {
        try {
            http.close();
        } finally {
            site.close();
        }
    }

    @Test
    void workStopsSoonAfterTheClientClosesTheConnection() throws Exception {
        double before = abandoned();
        long closed;
        try (Socket client = connect()) {
            send(client, request("/.test-work?ms=" + WORK.toMillis()));
            Thread.sleep(300); // the work runs
            closed = System.nanoTime();
        }
        String outcome = outcomes.poll(WORK.toSeconds() + 5, TimeUnit.SECONDS);
        long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed);
        assertThat(outcome).startsWith("gone after ");
        assertThat(Duration.ofMillis(stoppedMs)).as("close to the work's end").isLessThan(STOPPED_WITHIN);
        awaitAbandoned(before + 1);
    }

    @Test
    void workStopsWhenTheClientResetsTheConnection() throws Exception {
        long reset;
        try (Socket client = connect()) {
            send(client, request("/.test-work?ms=" + WORK.toMillis()));
            Thread.sleep(300);
            client.setSoLinger(true, 0); // close with RST, as a killed client's kernel does
            reset = System.nanoTime();
        }
        String outcome = outcomes.poll(WORK.toSeconds() + 5, TimeUnit.SECONDS);
        assertThat(outcome).startsWith("gone after ");
        assertThat(Duration.ofNanos(System.nanoTime() - reset)).isLessThan(STOPPED_WITHIN);
    }

    @Test
    void aClientThatWaitsGetsItsAnswer() throws Exception {
        try (Socket client = connect()) {
            send(client, request("/.test-work?ms=800"));
            assertThat(readAnswers(client, 1)).startsWith("HTTP/1.1 200 ").contains("done after ");
        }
        assertThat(outcomes.poll(5, TimeUnit.SECONDS)).startsWith("done after ");
    }

    /** The next request already waiting on the socket is the opposite of a gone client: both are answered. */
    @Test
    void aPipelinedRequestIsNotTakenForAGoneClient() throws Exception {
        try (Socket client = connect()) {
            send(client, request("/.test-work?ms=800") + request("/.test-work?ms=1"));
            String answers = readAnswers(client, 2);
            assertThat(answers.split("HTTP/1.1 200 ", -1)).hasSize(3);
        }
        assertThat(outcomes.poll(5, TimeUnit.SECONDS)).startsWith("done after ");
        assertThat(outcomes.poll(5, TimeUnit.SECONDS)).startsWith("done after ");
    }

    @Test
    void withoutAServerNothingIsBoundAndTheClientCountsAsPresent() {
        assertThat(ClientPresence.gone()).isFalse();
        try (ClientPresence.Binding bound = ClientPresence.bind(() -> true)) {
            assertThat(ClientPresence.gone()).isTrue();
        }
        assertThat(ClientPresence.gone()).isFalse();
    }

    /** Runs for {@code ms} milliseconds unless its client goes away; says which happened. */
    private final class Work extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            long start = System.nanoTime();
            long end = start + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(req.getParameter("ms")));
            String outcome = null;
            while (outcome == null) {
                if (ClientPresence.gone()) {
                    outcome = "gone after ";
                } else if (System.nanoTime() - end > 0) {
                    outcome = "done after ";
                } else {
                    pause();
                }
            }
            outcome += TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms";
            outcomes.add(outcome);
            // as the delivery endpoint answers a query stopped for its gone client (QueryBudget)
            resp.setStatus(outcome.startsWith("gone") ? 499 : 200);
            resp.setContentType("text/plain");
            resp.getWriter().write(outcome);
        }
    }

    /** A short step of the work (sleeping rather than spinning spares the shared build machine). */
    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", http.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    private static void send(Socket socket, String requests) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(requests.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads until {@code count} complete answers (each ends with its body, "... ms") are in. */
    private static String readAnswers(Socket socket, int count) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder read = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (read.toString().split(" ms", -1).length <= count) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        return read.toString();
    }

    private double abandoned() {
        return http.metrics().registry().counter(ClientWatch.ABANDONED).count();
    }

    /** The counter moves when the request is over, which is just after the work stopped. */
    private void awaitAbandoned(double expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (abandoned() < expected && System.nanoTime() - until < 0) {
            Thread.sleep(20);
        }
        assertThat(abandoned()).isEqualTo(expected);
        String scraped = http.metrics().scrape();
        assertThat(scraped).contains("http_server_requests_abandoned_total " + expected);
        assertThat(scraped).as("a client that left is no server error").doesNotContain("status=\"500\"")
                .contains("http_server_requests_seconds_count{endpoint=\"pages\",method=\"GET\",status=\"499\"}");
    }
}
