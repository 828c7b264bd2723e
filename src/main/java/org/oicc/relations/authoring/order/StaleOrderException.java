package org.oicc.relations.authoring.order;

import java.util.List;

/** The order an editor started from is no longer the stored one (or names entries that are gone): nothing was written. */
public final class StaleOrderException extends Exception {

    private final transient List<String> current;

    StaleOrderException(String message, List<String> current) {
        super(message);
        this.current = List.copyOf(current);
    }

    /** The identifiers now at the places the editor's list covered, in page order. */
    public List<String> current() {
        return current;
    }
}
