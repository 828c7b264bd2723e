package org.oicc.relations.repository;

import java.nio.file.Path;

import javax.jcr.RepositoryException;

/**
 * The data folder is held by another repository instance (another process, or another
 * {@link StandaloneRepository} in this one). Jackrabbit's own message talks about a ".lock" file;
 * this one tells an operator what to do about it: stop the other process or pick another folder.
 */
public final class RepositoryLockedException extends RepositoryException {

    private final transient Path dataFolder;

    public RepositoryLockedException(Path dataFolder, Throwable cause) {
        super("Data folder " + dataFolder + " is in use by another process", cause);
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() {
        return dataFolder;
    }
}
