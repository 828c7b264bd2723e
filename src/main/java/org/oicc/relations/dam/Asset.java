package org.oicc.relations.dam;

import java.time.Instant;
import java.util.Map;

/**
 * One asset as stored: its key, node name and path in the {@code dam} workspace, what its resource
 * records of the image, when it last changed (for validators), and its alternative text by
 * property name ({@code alt}, {@code alt_ar}, ...: the default language unsuffixed, as Magnolia's
 * i18n content stores translations).
 */
public record Asset(AssetKey key, String name, String path, String fileName, String mimeType, long size, int width,
                    int height, Instant lastModified, Map<String, String> alt) {

    public Asset {
        alt = Map.copyOf(alt);
    }

    /** The asset's stable address below the context: {@code /dam/jcr:<id>/<fileName>}, as Magnolia links assets. */
    public String link() {
        return DamServlet.PATH + "/" + key + "/" + AssetNames.urlSegment(fileName);
    }

    /** A rendition's address: the asset's with the width asked for. */
    public String renditionLink(int width) {
        return link() + "?width=" + width;
    }

    /** The alternative text in a language, or the default language's when it has none. */
    public String alt(String propertyName, String defaultName) {
        String own = alt.get(propertyName);
        return own != null && !own.isBlank() ? own : alt.getOrDefault(defaultName, "");
    }
}
