package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The module's virtual URI mappings, in file order. A URI is served by the matching mapping of the
 * highest weight (the first file on a tie), as Magnolia's registry ranks them; a forward is mapped
 * again, at most {@value #MAX_FORWARDS} times, so a chain the start-up check missed still ends.
 */
public record VirtualUriMappings(List<VirtualUriMapping> mappings) {

    public static final VirtualUriMappings NONE = new VirtualUriMappings(List.of());
    public static final int MAX_FORWARDS = 8;
    /** Longer URIs are not matched at all (they name no page either): a regular expression never runs on a huge input. */
    public static final int MAX_URI_LENGTH = 1024;

    public VirtualUriMappings {
        mappings = List.copyOf(mappings);
    }

    /** The best mapping for a URI, or empty when none matches. */
    public Optional<VirtualUriMapping.Match> map(String uri) {
        if (uri == null || uri.length() > MAX_URI_LENGTH) {
            return Optional.empty();
        }
        VirtualUriMapping.Match best = null;
        for (VirtualUriMapping mapping : mappings) {
            Optional<VirtualUriMapping.Match> m = mapping.map(uri);
            if (m.isPresent() && (best == null || m.get().weight() > best.weight())) {
                best = m.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where a URI ends after following forwards: the last match (a redirect, or the forward whose
     * target no mapping takes), or empty when no mapping takes the URI.
     *
     * @throws IllegalStateException when the forwards do not end within {@value #MAX_FORWARDS} steps
     */
    public Optional<VirtualUriMapping.Match> resolve(String uri) {
        Optional<VirtualUriMapping.Match> last = Optional.empty();
        String current = uri;
        List<String> seen = new ArrayList<>();
        for (int hop = 0; hop <= MAX_FORWARDS; hop++) {
            Optional<VirtualUriMapping.Match> m = map(pathOf(current));
            if (m.isEmpty()) {
                return last;
            }
            last = m;
            seen.add(m.get().mapping().name());
            if (m.get().action() != VirtualUriMapping.Action.FORWARD) {
                return last;
            }
            current = m.get().target();
        }
        throw new IllegalStateException("virtual URI mappings forward " + uri + " in a loop: " + String.join(" → ", seen));
    }

    /** The path part of a target: mappings match paths, as Magnolia matches the request URI without its query. */
    public static String pathOf(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }
}
