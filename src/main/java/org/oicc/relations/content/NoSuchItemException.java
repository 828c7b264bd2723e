package org.oicc.relations.content;

/** No item of the content type at that name or path (or the node there is of another type). */
public final class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(String contentType, String nameOrPath) {
        super("no " + contentType + " item at " + nameOrPath);
    }
}
