package org.oicc.relations.content;

/**
 * The repository failed (I/O, constraint, concurrent change). Unchecked so callers above
 * {@code content} need not know JCR; the cause keeps the original {@code RepositoryException}.
 */
public final class ContentRepositoryException extends RuntimeException {

    public ContentRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
