package org.oicc.relations.repository;

/**
 * Joining and taking apart absolute JCR paths, with the root {@code /} handled once: a child of
 * {@code /} is {@code /iula}, not {@code //iula}. Paths here are already checked
 * ({@link ClientPaths}, definitions) or come from the repository; nothing is normalised.
 */
public final class JcrPaths {

    public static final String ROOT = "/";

    private JcrPaths() {
    }

    /** A root path from a definition, where absent or empty means the workspace root. */
    public static String rootOrDefault(String rootPath) {
        return rootPath == null || rootPath.isEmpty() ? ROOT : rootPath;
    }

    /** {@code parent/name}: {@code /} and {@code iula} give {@code /iula}. */
    public static String child(String parent, String name) {
        return ROOT.equals(parent) ? ROOT + name : parent + "/" + name;
    }

    /** A path relative to {@code root} ({@code /iula}, or {@code /} for the root itself) made absolute again. */
    public static String absolute(String root, String relative) {
        if (ROOT.equals(root)) {
            return relative;
        }
        return ROOT.equals(relative) ? root : root + relative;
    }

    /** Whether {@code path} lies strictly below {@code root} (every path but {@code /} lies below {@code /}). */
    public static boolean isBelow(String path, String root) {
        String base = rootOrDefault(root);
        if (ROOT.equals(base)) {
            return path.startsWith(ROOT) && path.length() > 1;
        }
        String prefix = base.endsWith("/") ? base : base + "/";
        return path.startsWith(prefix) && path.length() > prefix.length();
    }

    /** The path below {@code root} with a leading slash ({@code /iula}), or null when it is not below it. */
    public static String relative(String root, String path) {
        if (!isBelow(path, root)) {
            return null;
        }
        String base = rootOrDefault(root);
        if (ROOT.equals(base)) {
            return path;
        }
        return path.substring(base.endsWith("/") ? base.length() - 1 : base.length());
    }

    /** The parent of an absolute path; {@code /} for a top-level node, null for {@code /} itself. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0 || ROOT.equals(path)) {
            return null;
        }
        return slash == 0 ? ROOT : path.substring(0, slash);
    }

    /**
     * Whether a path (or a single name) names the repository's own nodes rather than content:
     * {@code jcr:system} (version storage, node types) and any {@code jcr:}/{@code rep:} segment.
     */
    public static boolean isRepositoryInternal(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith("jcr:") || segment.startsWith("rep:")) {
                return true;
            }
        }
        return false;
    }
}
