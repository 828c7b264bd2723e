package org.oicc.relations.repository;

import javax.jcr.RepositoryException;

/** The database of a {@link Storage} does not answer or refuses the login; the message names the URL, never the password. */
public final class StorageUnavailableException extends RepositoryException {

    StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
