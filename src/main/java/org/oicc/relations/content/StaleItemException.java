package org.oicc.relations.content;

/** An update was refused because the item changed after the editor read it (HTTP 412). */
public final class StaleItemException extends RuntimeException {

    private final Item current;

    public StaleItemException(Item current) {
        super("the item changed since it was read: " + (current.lastModifiedBy() == null ? "someone" : current.lastModifiedBy())
                + " saved it at " + current.lastModified());
        this.current = current;
    }

    /** The item as it is now, to show who changed it and when. */
    public Item current() {
        return current;
    }
}
