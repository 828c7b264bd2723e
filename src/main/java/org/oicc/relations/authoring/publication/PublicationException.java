package org.oicc.relations.authoring.publication;

import java.util.List;

/**
 * Publication refused or failed. {@link Reason#UNPUBLISHED_REFERENCES} lists what must be published
 * first ({@code workspace:path}), so an editor can act on it or ask to publish them too.
 */
public final class PublicationException extends Exception {

    public enum Reason { NOT_FOUND, UNPUBLISHED_REFERENCES, PARENT_NOT_PUBLISHED, TRANSPORT }

    private final Reason reason;
    private final List<String> items;

    public PublicationException(Reason reason, String message, List<String> items) {
        super(message);
        this.reason = reason;
        this.items = List.copyOf(items);
    }

    public PublicationException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.TRANSPORT;
        this.items = List.of();
    }

    public Reason reason() {
        return reason;
    }

    public List<String> items() {
        return items;
    }
}
