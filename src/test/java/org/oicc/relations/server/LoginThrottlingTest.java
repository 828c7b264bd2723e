package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins on a combined instance as {@code serve} wires it, from several loopback addresses: the
 * probe's lockout (D3), the raced limit (D4) and stray credentials on public reads (D28). Each test
 * uses addresses of its own, so the throttle's memory of one does not reach another.
 */
class LoginThrottlingTest {

    private static final String PASSWORD = ServedSite.PASSWORD;
    private static final String ITEM = "/.rest/nodes/v1/organizations/iula";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The site's own hasher: its count of derivations is what logins cost. */
    private static final PasswordHasher HASHER = new PasswordHasher(2000);

    // admin as the first start makes it, and a script's user whose header no other test sends
    @RegisterExtension
    static final ServedSite served = ServedSite.combined().hasher(HASHER).user("script", EnumSet.of(Role.EDITOR));

    @Test
    void anAttackersSixWrongPasswordsDoNotLockAdminOutFromAnotherAddress() throws Exception {
        FromAddress attacker = client("127.0.0.2");
        FromAddress admin = client("127.0.0.3");
        for (int i = 1; i <= 6; i++) {
            assertThat(attacker.get(ITEM, FromAddress.basic("admin", "wrong" + i)).status()).isEqualTo(401);
        }

        // admin, elsewhere, is not locked out: the API and the login form both accept the password
        assertThat(admin.postForm("/.author/login", form("admin", PASSWORD)).status()).isEqualTo(303);
        assertThat(admin.get(ITEM, FromAddress.basic("admin", PASSWORD)).status()).isEqualTo(200);

        // the attacker's address waits: a clear 429 with Retry-After, on the API and (even with the
        // right password) on the login form; the API is asked with a seventh guess, since a Basic header
        // another test verified is trusted for a minute wherever it comes from
        FromAddress.Answer throttled = attacker.get(ITEM, FromAddress.basic("admin", "wrong7"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 30L);
        assertThat(throttled.header("Content-Type")).startsWith("application/json");
        JsonNode error = JSON.readTree(throttled.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("tooManyAttempts");
        assertThat(error.path("message").asText()).startsWith("too many failed logins from this address; try again in ");
        FromAddress.Answer page = attacker.postForm("/.author/login", form("admin", PASSWORD));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(page.body()).contains("Too many failed attempts. Logging in is blocked until ").contains("from this address");
    }

    @Test
    void fortyParallelWrongPasswordsComputeAtMostAFewHashes() throws Exception {
        FromAddress attacker = client("127.0.0.4");
        long before = HASHER.derivations();
        List<Integer> statuses = parallel(40, i -> attacker.get(ITEM, FromAddress.basic("admin", "guess-" + i)).status());

        assertThat(HASHER.derivations() - before).as("PBKDF2 runs for 40 guesses").isLessThanOrEqualTo(6);
        assertThat(statuses).containsOnly(401, 429).contains(429);
        assertThat(client("127.0.0.5").postForm("/.author/login", form("admin", PASSWORD)).status()).isEqualTo(303);
    }

    @Test
    void aScriptsParallelCallsWithTheRightPasswordAreOneCheckAndAllAnswered() throws Exception {
        FromAddress script = client("127.0.0.8");
        long before = HASHER.derivations();
        List<Integer> statuses = parallel(20, i -> script.get(ITEM, FromAddress.basic("script", PASSWORD)).status());

        assertThat(statuses).containsOnly(200);
        assertThat(HASHER.derivations() - before).as("PBKDF2 runs for 20 identical headers").isLessThanOrEqualTo(6);
    }

    @Test
    void aStrayOrWrongAuthorizationOnPublicReadsIsIgnored() throws Exception {
        FromAddress reader = client("127.0.0.6");
        String path = "/.rest/delivery/organizations/v1/iula";
        FromAddress.Answer anonymous = reader.get(path, null);
        assertThat(anonymous.status()).isEqualTo(200);

        // more wrong headers than the throttle lets through: the throttled ones are public reads too
        for (int i = 0; i < 8; i++) {
            FromAddress.Answer r = reader.get(path, FromAddress.basic("admin", "stale password"));
            assertThat(r.status()).as("wrong Basic, request %d", i + 1).isEqualTo(200);
            assertThat(r.body()).isEqualTo(anonymous.body());
            assertThat(r.header("Cache-Control")).isEqualTo(anonymous.header("Cache-Control"));
        }
        for (String stray : List.of("Bearer some-token", "Basic !!!not-base64", "Basic " + "bm8tY29sb24=", "Negotiate")) {
            assertThat(reader.get(path, stray).status()).as(stray).isEqualTo(200);
        }
        assertThat(reader.get("/relations.html", FromAddress.basic("admin", "stale password")).status()).isEqualTo(200);

        // an editor's valid credentials still get drafts; a preview URL still needs them
        assertThat(client("127.0.0.7").get(path, FromAddress.basic("admin", PASSWORD)).header("Cache-Control")).contains("no-store");
        assertThat(reader.get("/.author/preview/relations.html", FromAddress.basic("admin", "stale password")).status()).isIn(401, 429);
    }

    private static FromAddress client(String address) {
        return new FromAddress(address, served.port());
    }

    private static String form(String user, String password) {
        return "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private interface Call {
        int status(int i) throws Exception;
    }

    private static List<Integer> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(n);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    gate.countDown();
                    gate.await();
                    return call.status(k);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
