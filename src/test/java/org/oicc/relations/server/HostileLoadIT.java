package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's load test, bounded and on loopback: 32 connections of mixed ordinary reads against the
 * jar as a process, first alone, then with an attacker sending the worst accepted {@code like}
 * patterns (each one new, so no cache answers it) and wrong admin passwords from other addresses in
 * parallel. Ordinary reads keep their p99 within 3× of the quiet run, none fails, and admin can still
 * log in. {@code -Drelations.load.seconds=N} sets each phase's length (default 30).
 */
class HostileLoadIT {

    private static final String PASSWORD = "an admin password";
    private static final int CONNECTIONS = 32;
    private static final long PHASE_SECONDS = Long.getLong("relations.load.seconds", 30);
    private static final List<String> ORDINARY = List.of(
            "/.rest/delivery/organizations/v1?limit=20",
            "/.rest/delivery/organizations/v1/iula",
            "/relations.html",
            "/ar/relations.html",
            "/.rest/delivery/organizations/v1?orderBy=name&limit=5&offset=",
            "/.rest/delivery/relationship-categories/v1");

    @TempDir
    Path work;

    /** One phase's ordinary reads: latencies in microseconds, and what went wrong. */
    record Phase(long[] micros, int requests, Map<String, Integer> failures) {
        long p99() {
            return micros[(int) Math.min(micros.length - 1, Math.ceil(micros.length * 0.99) - 1)];
        }
    }

    @Test
    void ordinaryReadsKeepTheirP99WhileAnAttackerSendsExpensivePatternsAndWrongPasswords() throws Exception {
        Path data = work.resolve("data");
        TestSite.seededDataFolder(data);
        UserStore.open(data, new ObjectMapper()).save(new User("admin",
                new PasswordHasher(2000).hash(PASSWORD.toCharArray()), EnumSet.allOf(Role.class)));
        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", data.toString())) {
            int port = server.awaitServing();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            run(client, port, 3, false); // warm-up: templates compiled, caches filled, JIT at work

            Phase quiet = run(client, port, PHASE_SECONDS, false);
            Phase attacked = run(client, port, PHASE_SECONDS, true);

            System.out.printf("HostileLoadIT: quiet %d reads p99 %d µs; attacked %d reads p99 %d µs (ratio %.2f)%n",
                    quiet.requests(), quiet.p99(), attacked.requests(), attacked.p99(),
                    attacked.p99() / (double) Math.max(1, quiet.p99()));
            assertThat(quiet.failures()).isEmpty();
            assertThat(attacked.failures()).isEmpty();
            assertThat(attacked.p99()).as("p99 µs with the attacker vs %d µs without", quiet.p99())
                    .isLessThanOrEqualTo(3 * Math.max(quiet.p99(), 1_000));
            FromAddress admin = new FromAddress("127.0.0.1", port);
            assertThat(admin.postForm("/.author/login", "username=admin&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)).status()).isEqualTo(303);
            assertThat(admin.get("/.rest/nodes/v1/organizations/iula", FromAddress.basic("admin", PASSWORD)).status()).isEqualTo(200);
        }
    }

    private static Phase run(HttpClient client, int port, long seconds, boolean attack) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS + (attack ? 4 : 0));
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Future<long[]>> readers = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int first = c;
            readers.add(pool.submit(() -> reads(client, port, end, first, failures)));
        }
        AtomicLong attacks = new AtomicLong();
        if (attack) {
            for (int a = 0; a < 2; a++) {
                int n = a;
                pool.submit(() -> expensivePatterns(client, port, end, n, attacks));
                pool.submit(() -> wrongPasswords(port, end, n, attacks));
            }
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : readers) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] micros = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        assertThat(micros).isNotEmpty();
        if (attack) {
            assertThat(attacks.get()).as("attacker requests answered").isPositive();
        }
        return new Phase(micros, micros.length, failures);
    }

    private static long[] reads(HttpClient client, int port, long end, int first, Map<String, Integer> failures) {
        long[] micros = new long[1 << 16];
        int n = 0;
        for (int i = first; System.nanoTime() < end; i++) {
            String path = ORDINARY.get(i % ORDINARY.size());
            if (path.endsWith("offset=")) {
                path += i % 20;
            }
            long start = System.nanoTime();
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    failures.merge(status + " " + path, 1, Integer::sum);
                }
            } catch (IOException | InterruptedException e) {
                failures.merge(e.getClass().getSimpleName() + " " + path, 1, Integer::sum);
            }
            if (n == micros.length) {
                micros = Arrays.copyOf(micros, n * 2);
            }
            micros[n++] = (System.nanoTime() - start) / 1_000;
        }
        return Arrays.copyOf(micros, n);
    }

    /** The longest accepted pattern with the most wildcard runs, on rich text, never the same twice. */
    private static Void expensivePatterns(HttpClient client, int port, long end, int n, AtomicLong answered) throws Exception {
        AtomicInteger i = new AtomicInteger();
        while (System.nanoTime() < end) {
            String pattern = "%25e".repeat(9) + "%25Q" + n + "x" + i.incrementAndGet();
            int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/.rest/delivery/agreement-aims/v1?description%5Blike%5D=" + pattern)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("an attacker's pattern is answered, never a 5xx").isLessThan(500);
            answered.incrementAndGet();
        }
        return null;
    }

    /** Wrong admin passwords, by form and by Basic header, from addresses that are not admin's. */
    private static Void wrongPasswords(int port, long end, int n, AtomicLong answered) throws Exception {
        FromAddress attacker = new FromAddress("127.0.0." + (20 + n), port);
        for (int i = 0; System.nanoTime() < end; i++) {
            int status = i % 2 == 0
                    ? attacker.postForm("/.author/login", "username=admin&password=wrong" + i).status()
                    : attacker.get("/.rest/nodes/v1/organizations/iula", FromAddress.basic("admin", "wrong" + i)).status();
            assertThat(status).as("a wrong password is refused, never a 5xx").isIn(200, 401, 403, 429);
            answered.incrementAndGet();
        }
        return null;
    }
}
