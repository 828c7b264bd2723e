package org.oicc.relations.authoring.users;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The login throttle: counted before hashing, per address and pair, decaying, logged. */
class LoginThrottleTest {

    private static final String RIGHT = "the right password";
    private final PasswordHasher hasher = new PasswordHasher(2000);
    private final UsersTest.MutableClock clock = new UsersTest.MutableClock();
    private final Logger log = (Logger) LoggerFactory.getLogger(CredentialCheck.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private CredentialCheck auth;

    @TempDir
    Path data;

    @BeforeEach
    void users() {
        UserStore users = UserStore.open(data, new ObjectMapper());
        users.save(new User("admin", hasher.hash(RIGHT.toCharArray()), EnumSet.allOf(Role.class)));
        auth = new CredentialCheck(users, hasher, new LoginGuard(clock));
        lines.start();
        log.addAppender(lines);
        log.setLevel(Level.INFO);
    }

    @AfterEach
    void quiet() {
        log.detachAppender(lines);
        log.setLevel(null);
    }

    @Test
    void fortyParallelWrongPasswordsCostAtMostSixHashes() throws Exception {
        long before = hasher.derivations();
        List<CredentialCheck.Result> results = parallel(40, i -> auth.authenticate("admin", ("guess-" + i).toCharArray(), "192.0.2.5"));

        assertThat(hasher.derivations() - before).isLessThanOrEqualTo(LoginGuard.FREE_ATTEMPTS + 1);
        assertThat(results).filteredOn(r -> r instanceof CredentialCheck.Result.Failure).hasSize(LoginGuard.FREE_ATTEMPTS + 1);
        assertThat(results).filteredOn(r -> r instanceof CredentialCheck.Result.Locked).hasSize(40 - LoginGuard.FREE_ATTEMPTS - 1);
        // and none of it keeps admin out elsewhere
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "192.0.2.6")).isInstanceOf(CredentialCheck.Result.Success.class);
    }

    @Test
    void manyNamesFromOneAddressAreBoundedByTheAddress() throws Exception {
        long before = hasher.derivations();
        parallel(40, i -> auth.authenticate("user" + i, "guess".toCharArray(), "192.0.2.7"));

        assertThat(hasher.derivations() - before).isLessThanOrEqualTo(LoginGuard.ADDRESS_FREE_ATTEMPTS + 1);
    }

    @Test
    void theBackOffDecays() {
        fail(LoginGuard.FREE_ATTEMPTS + 1, "192.0.2.8");
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "192.0.2.8"))
                .isEqualTo(new CredentialCheck.Result.Locked(clock.instant().plus(LoginGuard.FIRST_LOCK)));

        // one quiet period forgives one attempt: the next failure locks for 30 s again, not 60 s
        clock.advance(LoginGuard.FORGIVE_AFTER);
        fail(1, "192.0.2.8");
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "192.0.2.8"))
                .isEqualTo(new CredentialCheck.Result.Locked(clock.instant().plus(LoginGuard.FIRST_LOCK)));

        // after long enough, the slate is clean: the free attempts are back
        clock.advance(LoginGuard.FORGIVE_AFTER.multipliedBy(LoginGuard.FREE_ATTEMPTS + 1));
        fail(LoginGuard.FREE_ATTEMPTS + 1, "192.0.2.8");
    }

    @Test
    void aSuccessStartsThePairAfresh() {
        fail(LoginGuard.FREE_ATTEMPTS, "192.0.2.9");
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "192.0.2.9")).isInstanceOf(CredentialCheck.Result.Success.class);
        fail(LoginGuard.FREE_ATTEMPTS, "192.0.2.9");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        fail(LoginGuard.FREE_ATTEMPTS + 1, "2001:db8:1:2::1");
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "[2001:db8:1:2:ffff::7]")).isInstanceOf(CredentialCheck.Result.Locked.class);
        assertThat(auth.authenticate("admin", RIGHT.toCharArray(), "2001:db8:1:3::1")).isInstanceOf(CredentialCheck.Result.Success.class);
        assertThat(ClientAddress.group("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.group("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.group("not an address")).isEqualTo("not an address");
    }

    @Test
    void failuresAndLocksAreLoggedWithNameAndAddressButNeverThePassword() {
        fail(LoginGuard.FREE_ATTEMPTS + 1, "192.0.2.10");
        auth.authenticate("admin", "still wrong".toCharArray(), "192.0.2.10"); // refused: not logged again
        auth.authenticate("eve\nINFO forged line", "pw".toCharArray(), "192.0.2.11");

        List<String> messages = lines.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertThat(messages).filteredOn(m -> m.equals("INFO failed login for 'admin' from 192.0.2.10")).hasSize(LoginGuard.FREE_ATTEMPTS + 1);
        assertThat(messages).filteredOn(m -> m.startsWith("WARN too many failed logins for 'admin' from 192.0.2.10: that address waits until "))
                .hasSize(1);
        assertThat(messages).contains("INFO failed login for 'eve?INFO forged line' from 192.0.2.11");
        assertThat(messages).hasSize(LoginGuard.FREE_ATTEMPTS + 3);
        assertThat(String.join("\n", messages)).doesNotContain("wrong").doesNotContain("pw");
    }

    private void fail(int times, String address) {
        for (int i = 0; i < times; i++) {
            assertThat(auth.authenticate("admin", ("wrong " + i).toCharArray(), address)).as("attempt %d from %s", i + 1, address)
                    .isInstanceOf(CredentialCheck.Result.Failure.class);
        }
    }

    private interface Attempt {
        CredentialCheck.Result run(int i);
    }

    /** All at once: every thread waits at the gate until all are ready. */
    private static List<CredentialCheck.Result> parallel(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(n);
            List<Future<CredentialCheck.Result>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    gate.countDown();
                    gate.await();
                    return attempt.run(k);
                }));
            }
            List<CredentialCheck.Result> results = new ArrayList<>();
            for (Future<CredentialCheck.Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
