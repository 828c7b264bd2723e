package org.oicc.relations.dam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Names derived from an uploaded file's name: the asset node's name (URL-safe, as item names are)
 * and the stored file name, whose extension is always the stored format's, whatever the upload said.
 */
final class AssetNames {

    private AssetNames() {
    }

    /** {@code "Logo IULA (final).PNG"} → {@code logo-iula-final}; {@code asset} when nothing usable is left. */
    static String nodeName(String uploaded) {
        String base = baseName(uploaded);
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "asset" : slug;
    }

    /** The node name with the stored format's extension: {@code logo-iula.png}. */
    static String fileName(String nodeName, ImageFormat stored) {
        return nodeName + "." + stored.extension();
    }

    private static String baseName(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String urlSegment(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
