package org.oicc.relations.authoring.users;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PasswordHasher hasher = new PasswordHasher(2000);

    @TempDir
    Path data;

    @Test
    void hashesAreSaltedAndVerifiable() {
        String a = hasher.hash("correct horse battery".toCharArray());
        String b = hasher.hash("correct horse battery".toCharArray());

        assertThat(a).startsWith("pbkdf2-sha256$2000$").isNotEqualTo(b);
        assertThat(hasher.matches("correct horse battery".toCharArray(), a)).isTrue();
        assertThat(hasher.matches("correct horse batterz".toCharArray(), a)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "garbage")).isFalse();
        assertThat(new PasswordHasher().hash("x".toCharArray())).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void theFirstStartCreatesAdminWithAGeneratedPasswordShownOnce() throws Exception {
        UserStore users = UserStore.open(data, JSON);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        assertThat(FirstAdmin.ensure(users, hasher, Map.of(), new PrintStream(console, true, StandardCharsets.UTF_8))).isTrue();

        Matcher m = Pattern.compile("password: (\\S+)").matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        User admin = users.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.EDITOR, Role.PUBLISHER, Role.ADMIN);
        assertThat(hasher.matches(m.group(1).toCharArray(), admin.passwordHash())).isTrue();
        assertThat(Files.readString(data.resolve(UserStore.FILE))).doesNotContain(m.group(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(UserStore.FILE)))).isEqualTo("rw-------");

        // a restart keeps that user and prints nothing
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        UserStore reopened = UserStore.open(data, JSON);
        assertThat(FirstAdmin.ensure(reopened, hasher, Map.of(), new PrintStream(again, true, StandardCharsets.UTF_8))).isFalse();
        assertThat(again.size()).isZero();
        assertThat(reopened.find("admin")).contains(admin);
    }

    @Test
    void theAdminPasswordMayComeFromTheEnvironmentButNotAShortOne() {
        UserStore users = UserStore.open(data, JSON);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FirstAdmin.ensure(users, hasher, Map.of(FirstAdmin.ENV, "short"), quiet))
                .hasMessage("RELATIONS_ADMIN_PASSWORD must hold at least 12 characters");
        assertThat(users.isEmpty()).isTrue();

        FirstAdmin.ensure(users, hasher, Map.of(FirstAdmin.ENV, "a long enough secret"), quiet);
        assertThat(hasher.matches("a long enough secret".toCharArray(), users.find("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void repeatedFailuresLockTheAccountWithGrowingBackOff() {
        MutableClock clock = new MutableClock();
        UserStore users = UserStore.open(data, JSON);
        users.save(new User("editor", hasher.hash("right password".toCharArray()), EnumSet.of(Role.EDITOR)));
        CredentialCheck auth = new CredentialCheck(users, hasher, new LoginGuard(clock));

        for (int i = 0; i < LoginGuard.FREE_ATTEMPTS; i++) {
            assertThat(auth.authenticate("editor", "wrong".toCharArray(), "10.0.0." + i)).isInstanceOf(CredentialCheck.Result.Failure.class);
        }
        assertThat(auth.authenticate("editor", "wrong".toCharArray(), "10.0.0.9")).isInstanceOf(CredentialCheck.Result.Failure.class);
        // now locked for 30 s, even with the right password and from another address
        assertThat(auth.authenticate("editor", "right password".toCharArray(), "10.0.0.10"))
                .isEqualTo(new CredentialCheck.Result.Locked(clock.instant().plus(LoginGuard.FIRST_LOCK)));

        clock.advance(LoginGuard.FIRST_LOCK.plusSeconds(1));
        assertThat(auth.authenticate("editor", "wrong".toCharArray(), "10.0.0.11")).isInstanceOf(CredentialCheck.Result.Failure.class);
        assertThat(auth.authenticate("editor", "right password".toCharArray(), "10.0.0.12"))
                .isEqualTo(new CredentialCheck.Result.Locked(clock.instant().plus(LoginGuard.FIRST_LOCK.multipliedBy(2))));

        clock.advance(Duration.ofMinutes(2));
        assertThat(auth.authenticate("editor", "right password".toCharArray(), "10.0.0.13"))
                .isInstanceOf(CredentialCheck.Result.Success.class);
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedToo() {
        MutableClock clock = new MutableClock();
        UserStore users = UserStore.open(data, JSON);
        CredentialCheck auth = new CredentialCheck(users, hasher, new LoginGuard(clock));

        for (int i = 0; i <= LoginGuard.FREE_ATTEMPTS; i++) {
            auth.authenticate("user" + i, "guess".toCharArray(), "192.0.2.1");
        }

        assertThat(auth.authenticate("someone", "guess".toCharArray(), "192.0.2.1")).isInstanceOf(CredentialCheck.Result.Locked.class);
        assertThat(auth.authenticate("someone", "guess".toCharArray(), "192.0.2.2")).isInstanceOf(CredentialCheck.Result.Failure.class);
    }

    @Test
    void badUserNamesAndUnreadableFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> new User("Admin Root", "x", EnumSet.of(Role.ADMIN))).hasMessageStartingWith("invalid user name");
        Files.writeString(data.resolve(UserStore.FILE), "{\"users\":[{\"name\":\"a\",\"password\":\"x\",\"roles\":[\"root\"]}]}");
        assertThatThrownBy(() -> UserStore.open(data, JSON)).hasMessageContaining("unknown role 'root'");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
