package org.oicc.relations.caching;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state of the workspaces an answer reads, as {@link WorkspaceChanges} saw it before the answer
 * was rendered: one generation per workspace and the latest change among them.
 *
 * @param generations by workspace name, sorted so that equal stamps print alike
 * @param lastModified the latest change in any of these workspaces (the process start before any change)
 */
public record ChangeStamp(SortedMap<String, Long> generations, Instant lastModified) {

    public ChangeStamp {
        generations = Collections.unmodifiableSortedMap(new TreeMap<>(generations));
    }

    /** Same generations: nothing the answer read has changed between the two stamps. */
    public boolean sameGenerations(ChangeStamp other) {
        return generations.equals(other.generations);
    }

    /** {@code organizations=3,relationship-categories=0}: the part of an ETag that changes with content. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : generations.entrySet()) {
            out.append(out.isEmpty() ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
        }
        return out.toString();
    }
}
