package org.oicc.relations.repository;

import javax.jcr.RepositoryException;

/**
 * A bootstrap file that cannot be imported. The message starts with {@code file:line} so that an
 * editor can go straight to the problem; an import that throws this has changed nothing.
 */
public final class BootstrapException extends RepositoryException {

    private final String file;
    private final int line;

    public BootstrapException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public BootstrapException(String file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The bootstrap file's name, e.g. {@code organizations.iula.yaml}. */
    public String file() {
        return file;
    }

    /** 1-based line in the file; 1 when the problem is with the file as a whole (its name). */
    public int line() {
        return line;
    }
}
