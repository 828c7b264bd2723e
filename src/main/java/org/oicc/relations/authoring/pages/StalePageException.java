package org.oicc.relations.authoring.pages;

/** A page form opened before someone else saved the page: refused, so their change is not overwritten unseen. */
public final class StalePageException extends Exception {

    private final String by;

    public StalePageException(String by) {
        super("the page was changed by " + (by == null ? "someone" : by) + " after the form was opened");
        this.by = by;
    }

    public String by() {
        return by;
    }
}
