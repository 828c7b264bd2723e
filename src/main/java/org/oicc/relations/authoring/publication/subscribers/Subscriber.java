package org.oicc.relations.authoring.publication.subscribers;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A public instance the author publishes to, as a Magnolia subscriber (receiver): a name, the
 * instance's URL and the secret the two share.
 *
 * @param name letters, digits, {@code -} and {@code _}, at most 40 (it names files and an env variable)
 */
public record Subscriber(String name, URI url, byte[] secret) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    public Subscriber {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a subscriber name is 1 to 40 letters, digits, '-' or '_' (starting with a letter or "
                    + "digit), found '" + name + "'");
        }
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the secret of subscriber " + name + " needs at least 16 bytes");
        }
        secret = secret.clone();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return name + "=" + url;
    }
}
