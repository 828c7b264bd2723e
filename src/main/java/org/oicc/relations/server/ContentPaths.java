package org.oicc.relations.server;

/** Checks a JCR path given on the command line before it reaches the repository. */
final class ContentPaths {

    private ContentPaths() {
    }

    /** An absolute path of plain names: no {@code ..}, no empty segments, no JCR syntax characters. */
    static String checked(String path, String option) {
        if (path == null || !path.startsWith("/")) {
            throw new CliError(option + " must be an absolute path such as /iula, found '" + path + "'", 2);
        }
        if ("/".equals(path)) {
            return path;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String segment : trimmed.substring(1).split("/", -1)) {
            if (segment.isEmpty() || ".".equals(segment) || "..".equals(segment)
                    || segment.chars().anyMatch(c -> "[]|*\"'".indexOf(c) >= 0 || Character.isISOControl(c))) {
                throw new CliError(option + " has an invalid segment '" + segment + "' in '" + path + "'", 2);
            }
        }
        return trimmed;
    }
}
