package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserStore;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code users add|passwd|roles|disable|enable|list} in this JVM, on a data folder of its own. */
class UsersCommandTest {

    private static final PasswordHasher CHECK = new PasswordHasher(1000);

    @TempDir
    Path data;

    @Test
    void addListChangeRolesDisableAndEnable() throws Exception {
        Result added = run("new editor password\n", "users", "add", "nadia", "--roles", "editor,publisher", "--data", data.toString());
        assertThat(added).isEqualTo(new Result(0, "added user 'nadia' (editor,publisher)\n", ""));
        User nadia = store().find("nadia").orElseThrow();
        assertThat(nadia.roles()).containsExactly(Role.EDITOR, Role.PUBLISHER);
        assertThat(nadia.enabled()).isTrue();
        assertThat(CHECK.matches("new editor password".toCharArray(), nadia.passwordHash())).isTrue();
        assertThat(Files.readString(data.resolve(UserStore.FILE))).doesNotContain("new editor password");

        assertThat(run("", "users", "roles", "nadia", "editor", "--data", data.toString()))
                .isEqualTo(new Result(0, "'nadia' now has the roles editor\n", ""));
        assertThat(run("", "users", "disable", "nadia", "--data", data.toString())).isEqualTo(new Result(0, "disabled user 'nadia'\n", ""));
        assertThat(store().find("nadia").orElseThrow().enabled()).isFalse();

        Result list = run("", "users", "list", "--data", data.toString());
        assertThat(list.out).isEqualTo("""
                NAME   ROLES                   STATUS    LAST LOGIN
                nadia  editor                  disabled  never
                """);
        assertThat(list.err).startsWith("note: no enabled admin; add one with: users add NAME --roles editor,publisher,admin");

        assertThat(run("", "users", "enable", "nadia", "--data", data.toString())).isEqualTo(new Result(0, "enabled user 'nadia'\n", ""));
        assertThat(store().find("nadia").orElseThrow().enabled()).isTrue();
    }

    @Test
    void passwordsComeFromAFileOrStdinNeverFromAnArgument() throws Exception {
        Path file = data.resolve("pw.txt");
        Files.writeString(file, "from the file 123\r\nsecond line ignored\n");
        assertThat(run("", "users", "add", "omar", "--roles", "editor", "--password-file", file.toString(), "--data", data.toString()).exit)
                .isZero();
        assertThat(CHECK.matches("from the file 123".toCharArray(), store().find("omar").orElseThrow().passwordHash())).isTrue();

        assertThat(run("piped in password\n", "users", "passwd", "omar", "--data", data.toString()))
                .isEqualTo(new Result(0, "changed the password of 'omar'\n", ""));
        assertThat(CHECK.matches("piped in password".toCharArray(), store().find("omar").orElseThrow().passwordHash())).isTrue();

        Result asArgument = run("", "users", "add", "eve", "--roles", "editor", "--password", "on the command line", "--data", data.toString());
        assertThat(asArgument.exit).isEqualTo(2);
        assertThat(asArgument.err).startsWith("Unknown options: '--password'");
        assertThat(store().find("eve")).isEmpty();
    }

    @Test
    void badInputIsOneLineAndAnExitCodeAndChangesNothing() throws Exception {
        assertThat(run("a long enough pass\n", "users", "add", "nadia", "--roles", "editor", "--data", data.toString()).exit).isZero();
        String before = Files.readString(data.resolve(UserStore.FILE));

        assertThat(run("a long enough pass\n", "users", "add", "sam", "--roles", "editor,reviewer", "--data", data.toString()))
                .isEqualTo(new Result(2, "", "error: unknown role 'reviewer' (roles: editor, publisher, admin)\n"));
        assertThat(run("a long enough pass\n", "users", "add", "nadia", "--roles", "editor", "--data", data.toString()))
                .isEqualTo(new Result(1, "", "error: user 'nadia' exists already\n"));
        assertThat(run("short\n", "users", "add", "sam", "--roles", "editor", "--data", data.toString()))
                .isEqualTo(new Result(2, "", "error: the password is too short: at least 12 characters\n"));
        assertThat(run("", "users", "add", "sam", "--roles", "editor", "--data", data.toString()))
                .isEqualTo(new Result(2, "", "error: no password in standard input (give it on the first line)\n"));
        assertThat(run("a long enough pass\n", "users", "add", "Sam Smith", "--roles", "editor", "--data", data.toString()).err)
                .startsWith("error: invalid user name 'Sam Smith': lower-case letters");
        assertThat(run("a long enough pass\n", "users", "passwd", "nobody", "--data", data.toString()))
                .isEqualTo(new Result(1, "", "error: no user 'nobody'\n"));
        assertThat(run("", "users", "disable", "nobody", "--data", data.toString()))
                .isEqualTo(new Result(1, "", "error: no user 'nobody'\n"));
        assertThat(run("", "users", "roles", "nadia", ",", "--data", data.toString()))
                .isEqualTo(new Result(2, "", "error: a user needs at least one role (editor, publisher, admin); to stop a user, disable it\n"));
        assertThat(run("", "users", "--data", data.toString()).exit).isEqualTo(2);

        assertThat(Files.readString(data.resolve(UserStore.FILE))).isEqualTo(before);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() throws Exception {
        store().save(new User("root", CHECK.hash("the admin's password".toCharArray()), EnumSet.allOf(Role.class)));

        assertThat(run("", "users", "disable", "root", "--data", data.toString())).isEqualTo(new Result(1, "",
                "error: refused: 'root' is the last enabled admin; cannot disable it (make another user admin first)\n"));
        assertThat(run("", "users", "roles", "root", "editor", "--data", data.toString()).exit).isEqualTo(1);
        assertThat(store().find("root").orElseThrow().isActiveAdmin()).isTrue();

        // with a second admin, either may go
        assertThat(run("a long enough pass\n", "users", "add", "amina", "--roles", "admin", "--data", data.toString()).exit).isZero();
        assertThat(run("", "users", "roles", "root", "editor", "--data", data.toString()).exit).isZero();
        assertThat(run("", "users", "disable", "amina", "--data", data.toString()).exit).isEqualTo(1);
    }

    @Test
    void aRunningServerSeesTheCommandsChangesAtItsNextRequest() throws Exception {
        try (TestSite site = TestSite.builder().authorAndPublic().nodesApi().start(data)) {
            assertThat(site.send("GET", "/.rest/nodes/v1/organizations/iula", "editor", null).statusCode()).isEqualTo(200);

            assertThat(run("", "users", "disable", "editor", "--data", data.toString()).exit).isZero();
            // the Basic check cached a minute ago does not outlive the disabling
            assertThat(site.send("GET", "/.rest/nodes/v1/organizations/iula", "editor", null).statusCode()).isEqualTo(401);

            assertThat(run("", "users", "enable", "editor", "--data", data.toString()).exit).isZero();
            assertThat(site.send("GET", "/.rest/nodes/v1/organizations/iula", "editor", null).statusCode()).isEqualTo(200);
        }
    }

    private UserStore store() {
        return UserStore.open(data, TestSite.JSON);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
