package org.oicc.relations.index;

import java.util.List;
import java.util.Set;

/**
 * A delivery query as the index answers it: items below {@code rootPath} (and below one of
 * {@code ancestors} when given) that satisfy every condition, where the conditions on one submodel
 * must hold for the same entry, optionally only among {@code candidates} (item paths found by the
 * repository for what the index does not keep: full text, rich text); in an order, one page.
 *
 * @param filterKey the same text for every query with the same root, ancestors and conditions
 *                  (whatever their order and page), so the index may keep their matches in that
 *                  order and follow them as the workspace changes; null when they must be tested
 *                  afresh (e.g. a {@code like} pattern). Ignored when there are candidates.
 */
public record IndexQuery(String workspace, String rootPath, List<String> ancestors, List<IndexCondition> conditions,
        Set<String> candidates, List<SortOrder> order, int offset, int limit, String filterKey) {

    /** A query whose matches are not kept for the next one. */
    public IndexQuery(String workspace, String rootPath, List<String> ancestors, List<IndexCondition> conditions,
            Set<String> candidates, List<SortOrder> order, int offset, int limit) {
        this(workspace, rootPath, ancestors, conditions, candidates, order, offset, limit, null);
    }

    public IndexQuery {
        ancestors = List.copyOf(ancestors);
        conditions = List.copyOf(conditions);
        candidates = candidates == null ? null : Set.copyOf(candidates);
        order = List.copyOf(order);
    }
}
