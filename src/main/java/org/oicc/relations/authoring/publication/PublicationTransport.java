package org.oicc.relations.authoring.publication;

/**
 * Carries published content from the author instance to a public instance. Items travel as
 * Magnolia YAML bootstrap documents, the same bytes {@code export} writes, so the local transport
 * (a second repository in this process) and a remote one (an HTTP call to another instance) send
 * exactly the same thing.
 */
public interface PublicationTransport {

    /**
     * Puts an item on the public side, replacing what was there; child items already public under it
     * stay as they are (each child item is published on its own).
     *
     * @param parentPath where the item goes; it exists on the public side (parents are published first)
     * @param item the item's YAML, with its content children (areas, components, submodel entries)
     */
    void put(String workspace, String parentPath, byte[] item) throws PublicationException;

    /**
     * Puts many items under one parent, as {@link #put} does each; a transport that can do it in one
     * step (one save, one call) overrides this. All or nothing is not promised: on failure, the
     * items already put stay public.
     */
    default void putAll(String workspace, String parentPath, java.util.List<byte[]> items) throws PublicationException {
        for (byte[] item : items) {
            put(workspace, parentPath, item);
        }
    }

    /** Removes an item (and everything under it) from the public side; absent is fine. */
    void remove(String workspace, String path) throws PublicationException;

    /** Whether an item with this identifier is public, for reference checks. */
    boolean isPublished(String workspace, String identifier) throws PublicationException;
}
