package org.oicc.relations.index;

import org.oicc.relations.content.KeptPositions;
import org.oicc.relations.content.OrderedEntries;

import java.util.OptionalLong;

/**
 * Paged lookups over one side's content workspaces (published, or drafts on an author), answered
 * from an index rather than by reading the workspace: a page of 20 costs about the same at 1,000
 * and at 100,000 items. Paths are absolute JCR paths of the side's workspace.
 */
public interface ItemIndex {

    /** Items of a workspace matching the search, in the order, one page and the total. */
    IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit);

    /**
     * Submodel entries that point at {@code targetId}: e.g. the relationships
     * ({@code subModelProperty = "relationships"}) whose {@code category} ({@code referenceProperty})
     * holds the category's identifier, ordered by the numeric {@code orderProperty} (entries without
     * one last), ties by the entry's path. The paths are the entries' own ({@code /iula/relationships/1}).
     */
    IndexPage entries(String workspace, String subModelProperty, String referenceProperty, String targetId,
            String orderProperty, int offset, int limit);

    /**
     * The highest {@code orderProperty} among the entries of {@link #entries} that point at {@code targetId}
     * and are not entries of the item at {@code itemPath}, 0 when there is none; empty when this index
     * cannot say (the workspace or the submodel is not indexed).
     */
    default OptionalLong highestEntryPosition(String workspace, String subModelProperty, String referenceProperty,
            String targetId, String orderProperty, String itemPath) {
        return OptionalLong.empty();
    }

    /** This index as the content service's source of a category's highest page position ({@link KeptPositions}). */
    default KeptPositions positions(OrderedEntries entries) {
        return (category, itemPath) -> highestEntryPosition(entries.workspace(), entries.entriesProperty(),
                entries.categoryProperty(), category, entries.orderProperty(), itemPath);
    }

    /**
     * Whether {@link #query} answers for items of this node type in this workspace; a caller that gets
     * false asks the repository as before.
     */
    default boolean covers(String workspace, String nodeType) {
        return false;
    }

    /**
     * Filters, order and page of a delivery query, with the exact total: a pass over the kept values
     * of the workspace's items (no node is read), then a walk of a ready order of all items.
     *
     * @throws UnsupportedOperationException when {@link #covers} is false
     */
    default IndexPage query(IndexQuery query) {
        throw new UnsupportedOperationException("this index answers no delivery queries");
    }
}
