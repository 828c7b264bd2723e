package org.oicc.relations.repository;

import java.nio.file.Path;

import javax.jcr.RepositoryException;

/**
 * The repository folder was written with another storage than the one asked for: the format of
 * before the embedded database (one file per node), or another {@code --storage}. Jackrabbit keeps
 * each workspace's persistence settings in the folder, so starting anyway would mix formats.
 */
public final class StorageFormatException extends RepositoryException {

    private final transient Path folder;

    StorageFormatException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
