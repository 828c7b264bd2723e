package org.oicc.relations.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar oicc-relations-standalone.jar <command>}: the standalone process. */
@Command(name = "oicc-relations",
        mixinStandardHelpOptions = true,
        versionProvider = ModuleVersion.class,
        description = "OICC regional and international relations: standalone Magnolia-compatible runtime.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ExportCommand.class, ImportCommand.class, OpenApiCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        // UTF-8 whatever the platform default: exported content and messages hold Arabic text
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
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
