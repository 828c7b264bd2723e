package org.oicc.relations.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the {@code users} command takes a password from, never from its arguments (they show in
 * {@code ps} and the shell's history): {@code --password-file}'s first line; else, at a terminal,
 * asked twice without echo; else the first line of standard input ({@code printf '%s\n' "$PW" | ...}).
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static char[] read(Path file, InputStream stdin, boolean fromTerminal, PrintWriter err, String user) {
        if (file != null) {
            try {
                return firstLine(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)), "--password-file " + file);
            } catch (IOException e) {
                throw new CliError("cannot read --password-file " + file + ": " + e.getMessage(), 2);
            }
        }
        Console console = System.console();
        if (fromTerminal && console != null) {
            char[] first = console.readPassword("New password for '%s': ", user);
            char[] again = console.readPassword("The same again: ");
            if (first == null || again == null) {
                throw new CliError("no password given", 2);
            }
            if (!Arrays.equals(first, again)) {
                throw new CliError("the two passwords differ; nothing was changed", 2);
            }
            return first;
        }
        try {
            return firstLine(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "standard input");
        } catch (IOException e) {
            throw new CliError("cannot read the password from standard input: " + e.getMessage(), 2);
        }
    }

    /** The first line without its line end; at most a few kilobytes are read whatever the input. */
    private static char[] firstLine(BufferedReader in, String where) throws IOException {
        char[] buffer = new char[4096];
        int n = 0;
        int c;
        while (n < buffer.length && (c = in.read()) >= 0 && c != '\n') {
            buffer[n++] = (char) c;
        }
        if (n > 0 && buffer[n - 1] == '\r') {
            n--;
        }
        if (n == 0) {
            throw new CliError("no password in " + where + " (give it on the first line)", 2);
        }
        return Arrays.copyOf(buffer, n);
    }
}
