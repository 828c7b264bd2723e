package org.oicc.relations.server;

import org.oicc.relations.repository.ClientPaths;

/** Checks a JCR path given on the command line before it reaches the repository. */
final class ContentPaths {

    private ContentPaths() {
    }

    /** An absolute path of plain names ({@link ClientPaths.Rule#COMMAND_LINE}), without a trailing slash. */
    static String checked(String path, String option) {
        if (path == null || !path.startsWith("/")) {
            throw new CliError(option + " must be an absolute path such as /iula, found '" + path + "'", 2);
        }
        ClientPaths.refusedName(path, ClientPaths.Rule.COMMAND_LINE).ifPresent(segment -> {
            throw new CliError(option + " has an invalid segment '" + segment + "' in '" + path + "'", 2);
        });
        return ClientPaths.checked(path, ClientPaths.Rule.COMMAND_LINE).orElseThrow();
    }
}
