package org.oicc.relations.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar oicc-relations-standalone.jar <command>}: the standalone process. */
@Command(name = "oicc-relations",
        mixinStandardHelpOptions = true,
        versionProvider = ModuleVersion.class,
        description = "OICC regional and international relations: standalone Magnolia-compatible runtime.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ExportCommand.class, ImportCommand.class, OpenApiCommand.class,
                UsersCommand.class, RepairCommand.class})
public final class Main {

    /**
     * The standalone's logging setup is a resource of its own, not a root {@code logback.xml}: the
     * same jar is the Magnolia module, and a root {@code logback.xml} there would be picked up by
     * any logback in the webapp. An explicit {@code -Dlogback.configurationFile} still wins.
     */
    static final String LOGBACK_CONFIGURATION = "org/oicc/relations/server/logback-standalone.xml";

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIGURATION); // before the first logger
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        // UTF-8 whatever the platform default: exported content and messages hold Arabic text
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(new Main()), out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with passwords for {@code users} read from {@code stdin}. */
    static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory withInput = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == UsersCommand.class ? (K) new UsersCommand(stdin, false) : defaults.create(type);
            }
        };
        return run(new CommandLine(new Main(), withInput), out, err, args);
    }

    private static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(Main::oneLineError);
        return cli.execute(args);
    }

    private static int oneLineError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof CliError error) {
            err.println("error: " + error.getMessage());
            err.flush();
            return error.exitCode();
        }
        // Anything else is a bug in this program, not in the user's input: show where it is.
        err.println("internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 70;
    }
}
