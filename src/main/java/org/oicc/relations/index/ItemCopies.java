package org.oicc.relations.index;

import javax.jcr.Node;

/**
 * Something that keeps its own copy of each indexed item (the delivery's on-disk copies) and is told
 * by the index's updater what it reads: every item at the build at start and every item a change
 * touched, from the same session and under the same write lock, before the writer's {@code save()}
 * returns. So the copy is as current as the index: a reader that starts after a save finds the
 * saved state in both.
 *
 * <p>Implementations must not throw (a listener that throws may be dropped by the repository);
 * what they cannot copy they drop, so a reader falls back to the repository.
 */
public interface ItemCopies {

    /** Copies nothing. */
    ItemCopies NONE = new ItemCopies() {
        @Override
        public void copy(String workspace, String path, Node item) {
        }

        @Override
        public void drop(String workspace, String path) {
        }

        @Override
        public void dropAll(String workspace) {
        }
    };

    /**
     * The item just read by the index: copy it afresh, with what lies below it.
     *
     * @param path the item's client path (as the index keeps it, see {@code StoredPaths})
     */
    void copy(String workspace, String path, Node item);

    /** The item at {@code path} is gone (removed, moved away, no longer an item): drop its copy. */
    void drop(String workspace, String path);

    /** A change could not be followed: drop every copy of the workspace, so readers go to the repository. */
    void dropAll(String workspace);
}
