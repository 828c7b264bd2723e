package org.oicc.relations.index;

import java.util.List;

/**
 * One page of an indexed lookup: absolute JCR paths in order, and how many match in all, so every
 * bounded list can say what it leaves out.
 */
public record IndexPage(List<String> paths, long total) {

    public IndexPage {
        paths = List.copyOf(paths);
    }

    public static IndexPage empty() {
        return new IndexPage(List.of(), 0);
    }
}
