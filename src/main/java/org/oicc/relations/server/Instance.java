package org.oicc.relations.server;

/**
 * The role of a standalone process, as Magnolia's author and public instances. {@code combined}
 * holds both in one process (two repositories, publication between them) so one command shows it all.
 */
public enum Instance {
    /** Editable drafts, authoring UI and APIs; publishes to a public instance elsewhere. */
    AUTHOR,
    /** Published content for anonymous visitors; receives publications from an author instance. */
    PUBLIC,
    /** Both, in one process. */
    COMBINED;

    public boolean hasAuthor() {
        return this != PUBLIC;
    }

    public boolean hasPublic() {
        return this != AUTHOR;
    }
}
