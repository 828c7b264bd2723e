package org.oicc.relations.authoring.order;

/**
 * One entry of a category in page order: its JCR identifier (what a reorder names), its path, the
 * item holding it, its position (null: none, it sorts last) and its place in the category from 0.
 */
public record OrderedEntry(String id, String path, String itemPath, Long position, long rank) {

    /** The item's node name ({@code iula}). */
    public String itemName() {
        return itemPath.substring(itemPath.lastIndexOf('/') + 1);
    }
}
