package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.Roles;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.users.UserAccounts;
import org.oicc.relations.authoring.users.UserChangeException;
import org.oicc.relations.authoring.users.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code users}: the author instance's users from the command line, for servers without a browser.
 * It works on {@code <data>/users.json} only (no repository is opened), so it may run while the
 * server runs: each change is locked and written whole, and the server reads the file again at its
 * next request (a disabled user's sessions end then).
 *
 * <p>Exit codes: 0 done; 1 refused by the users as they are (exists, unknown, last admin); 2 bad
 * input (name, role, password, usage); 4 the users file cannot be read or written.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the authoring users in <data>/users.json (safe while the server runs).",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.SetRoles.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final InputStream stdin;
    private final boolean terminal;
    @Spec
    CommandSpec spec;

    /** As {@code java -jar} runs it: passwords from the terminal, or standard input when piped. */
    UsersCommand() {
        this(System.in, true);
    }

    /** For tests: passwords from {@code stdin}, never a terminal prompt. */
    UsersCommand(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /** {@code users} alone: which subcommands there are. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: users needs a subcommand: add, passwd, roles, disable, enable or list");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code --data}, shared by the subcommands. */
    static final class Folder {
        @Option(names = "--data", defaultValue = "./var", description = "Data folder (default: ${DEFAULT-VALUE}).")
        Path data;

        /** The production hashing cost, as the server uses: a password set here must log in there. */
        UserAccounts open() {
            try {
                return new UserAccounts(UserStore.open(data, new ObjectMapper()), new PasswordHasher());
            } catch (IllegalStateException e) {
                throw new CliError(e.getMessage(), 4);
            }
        }
    }

    /** Runs one change, its refusal a one-line error with the exit code of its kind. */
    static <T> T change(Function<UserAccounts, T> change, UserAccounts accounts) {
        try {
            return change.apply(accounts);
        } catch (UserChangeException e) {
            throw new CliError(e.getMessage(), switch (e.kind()) {
                case USER_EXISTS, UNKNOWN_USER, LAST_ADMIN, WRONG_PASSWORD, TOO_MANY_ATTEMPTS -> 1;
                case INVALID_NAME, INVALID_ROLES, WEAK_PASSWORD -> 2;
            });
        } catch (java.io.UncheckedIOException e) {
            throw new CliError(e.getMessage() + ": " + e.getCause().getMessage(), 4);
        }
    }

    char[] password(Path file, PrintWriter err, String user) {
        return PasswordInput.read(file, stdin, terminal, err, user);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; the password from a prompt, stdin or --password-file.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Folder folder;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE", description = "editor, publisher, admin (comma-separated).")
        List<String> roles;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() {
            UserAccounts accounts = folder.open();
            var parsed = change(a -> Roles.parse(roles), accounts);
            if (accounts.store().find(name).isPresent()) {
                // before asking for a password that would be thrown away
                throw new CliError("user '" + name + "' exists already", 1);
            }
            char[] password = parent.password(passwordFile, spec.commandLine().getErr(), name);
            User user = change(a -> a.add(name, parsed, password), accounts);
            Arrays.fill(password, '\0');
            spec.commandLine().getOut().println("added user '" + user.name() + "' (" + Roles.ids(user.roles()) + ")");
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password; its sessions end.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        Folder folder;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() {
            UserAccounts accounts = folder.open();
            if (accounts.store().find(name).isEmpty()) {
                throw new CliError("no user '" + name + "'", 1);
            }
            char[] password = parent.password(passwordFile, spec.commandLine().getErr(), name);
            change(a -> a.resetPassword(name, password), accounts);
            Arrays.fill(password, '\0');
            spec.commandLine().getOut().println("changed the password of '" + name + "'");
            return 0;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Set a user's roles (they replace the old ones).")
    static final class SetRoles implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Folder folder;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLES", description = "e.g. editor,publisher")
        String roles;

        @Override
        public Integer call() {
            UserAccounts accounts = folder.open();
            User user = change(a -> a.setRoles(name, Roles.parse(roles)), accounts);
            spec.commandLine().getOut().println("'" + name + "' now has the roles " + Roles.ids(user.roles()));
            return 0;
        }
    }

    /** Disable and enable: the same change of one flag, told back in its own words. */
    abstract static class Switch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Folder folder;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        abstract boolean enabled();

        @Override
        public Integer call() {
            change(a -> a.setEnabled(name, enabled()), folder.open());
            spec.commandLine().getOut().println((enabled() ? "enabled" : "disabled") + " user '" + name + "'");
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop a user from logging in; its sessions end.")
    static final class Disable extends Switch {
        @Override
        boolean enabled() {
            return false;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled user log in again.")
    static final class Enable extends Switch {
        @Override
        boolean enabled() {
            return true;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users: name, roles, enabled, last login.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Folder folder;

        @Override
        public Integer call() {
            List<User> users = folder.open().store().all();
            int width = Math.max(4, users.stream().mapToInt(u -> u.name().length()).max().orElse(0));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-" + width + "s  %-22s  %-8s  %s%n", "NAME", "ROLES", "STATUS", "LAST LOGIN");
            for (User u : users) {
                out.printf("%-" + width + "s  %-22s  %-8s  %s%n", u.name(), Roles.ids(u.roles()), u.enabled() ? "enabled" : "disabled",
                        u.lastLogin() == null ? "never" : WHEN.format(u.lastLogin()));
            }
            if (users.stream().noneMatch(User::isActiveAdmin)) {
                spec.commandLine().getErr().println("note: no enabled admin; add one with: users add NAME --roles "
                        + Role.EDITOR.id() + "," + Role.PUBLISHER.id() + "," + Role.ADMIN.id());
            }
            return 0;
        }
    }
}
