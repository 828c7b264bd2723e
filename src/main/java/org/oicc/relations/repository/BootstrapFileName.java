package org.oicc.relations.repository;

import java.util.regex.Pattern;

/**
 * The target of a bootstrap file, from its name as Magnolia spells it:
 * {@code <workspace>.<path.with.dots>.yaml}, so {@code website.travel.about.yaml} is
 * {@code /travel/about} in workspace {@code website}.
 */
record BootstrapFileName(String file, String workspace, String parentPath, String nodeName) {

    // A JCR name segment without the characters that would make the file name ambiguous or unsafe.
    private static final Pattern SEGMENT = Pattern.compile("[^./\\\\\\[\\]|*\\s]+");
    private static final Pattern WORKSPACE = Pattern.compile("[A-Za-z0-9_-]+");

    static BootstrapFileName parse(String file) throws BootstrapException {
        if (!file.endsWith(".yaml")) {
            throw new BootstrapException(file, 1, "bootstrap file name must end with .yaml");
        }
        String[] parts = file.substring(0, file.length() - ".yaml".length()).split("\\.", -1);
        if (parts.length < 2) {
            throw new BootstrapException(file, 1,
                    "bootstrap file name must be <workspace>.<path.with.dots>.yaml, e.g. website.travel.about.yaml");
        }
        if (!WORKSPACE.matcher(parts[0]).matches()) {
            throw new BootstrapException(file, 1, "invalid workspace name '" + parts[0] + "' in file name");
        }
        StringBuilder parent = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            if (!SEGMENT.matcher(parts[i]).matches()) {
                throw new BootstrapException(file, 1, "invalid or empty path segment '" + parts[i] + "' in file name");
            }
            if (i < parts.length - 1) {
                parent.append('/').append(parts[i]);
            }
        }
        return new BootstrapFileName(file, parts[0], parent.length() == 0 ? "/" : parent.toString(),
                parts[parts.length - 1]);
    }

    String path() {
        return JcrPaths.child(parentPath, nodeName);
    }
}
