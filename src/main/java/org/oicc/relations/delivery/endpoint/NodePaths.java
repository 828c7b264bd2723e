package org.oicc.relations.delivery.endpoint;

import java.util.regex.Pattern;

/**
 * Node paths from URLs. Only plain names are accepted, so no path can climb out of an endpoint's
 * root or smuggle JCR syntax ({@code [1]}, {@code *}, {@code ..}) into a lookup; anything else is
 * simply not found, as a path that does not exist.
 */
public final class NodePaths {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*");

    private NodePaths() {
    }

    /** @throws DeliveryException 404 for anything but {@code /name/name...} */
    public static String normalise(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (!p.startsWith("/") || p.length() > 1000) {
            throw DeliveryException.pathNotFound(Printable.of(path));
        }
        if ("/".equals(p)) {
            return p;
        }
        for (String segment : p.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw DeliveryException.pathNotFound(Printable.of(path));
            }
        }
        return p;
    }

    /** The absolute repository path of a path relative to an endpoint's root. */
    public static String absolute(String rootPath, String relative) {
        if ("/".equals(rootPath)) {
            return relative;
        }
        return "/".equals(relative) ? rootPath : rootPath + relative;
    }
}
