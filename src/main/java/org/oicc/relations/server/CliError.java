package org.oicc.relations.server;

/**
 * A failure the user can act on (port in use, data folder locked, bad file): printed as one line,
 * never as a stack trace, with a non-zero exit code.
 */
public final class CliError extends RuntimeException {

    private final int exitCode;

    public CliError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
