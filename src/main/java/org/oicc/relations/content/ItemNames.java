package org.oicc.relations.content;

import java.util.regex.Pattern;

/**
 * Item node names become URL segments ({@code /.rest/delivery/organizations/v1/iula}), so only
 * slugs are accepted: no escaping, no case folding, no JCR-special characters.
 */
final class ItemNames {

    static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ItemNames() {
    }

    static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && SLUG.matcher(name).matches();
    }
}
