package org.oicc.relations.dam;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Magnolia's item key of a JCR asset, {@code jcr:<identifier>}: the value an {@code asset}
 * property stores and the second segment of the asset's URL.
 */
public record AssetKey(String identifier) {

    public static final String PREFIX = "jcr:";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public AssetKey {
        if (identifier == null || !UUID.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not an asset identifier: " + identifier);
        }
    }

    /** The key of {@code jcr:<identifier>}; empty for anything else (so nothing else reaches the repository). */
    public static Optional<AssetKey> parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || !UUID.matcher(text.substring(PREFIX.length())).matches()) {
            return Optional.empty();
        }
        return Optional.of(new AssetKey(text.substring(PREFIX.length())));
    }

    @Override
    public String toString() {
        return PREFIX + identifier;
    }
}
