package org.oicc.relations.index;

import java.util.List;
import java.util.Set;

/**
 * A delivery query as the index answers it: items below {@code rootPath} (and below one of
 * {@code ancestors} when given) that satisfy every condition, where the conditions on one submodel
 * must hold for the same entry, optionally only among {@code candidates} (item paths found by the
 * repository for what the index does not keep: full text, rich text); in an order, one page.
 */
public record IndexQuery(String workspace, String rootPath, List<String> ancestors, List<IndexCondition> conditions,
        Set<String> candidates, List<SortOrder> order, int offset, int limit) {

    public IndexQuery {
        ancestors = List.copyOf(ancestors);
        conditions = List.copyOf(conditions);
        candidates = candidates == null ? null : Set.copyOf(candidates);
        order = List.copyOf(order);
    }
}
