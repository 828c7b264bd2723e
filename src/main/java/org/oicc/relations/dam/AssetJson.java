package org.oicc.relations.dam;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * An asset as Magnolia's delivery endpoint writes a resolved asset reference: {@code @name},
 * {@code @path}, {@code @id} (the item key), {@code @link}, then {@code metadata} (file name, mime
 * type, size and dimensions, as strings like every delivered value, plus the alternative text) and
 * {@code renditions} (by width: mime type and link; only widths narrower than the original).
 */
public final class AssetJson {

    /** What to write: Magnolia's resolver options. */
    public record Options(boolean metadata, boolean link, Collection<Integer> renditions) {
    }

    private AssetJson() {
    }

    /**
     * @param alt the alternative text(s) to write in {@code metadata}: {@code alt} in the answer's
     *            language, or every stored {@code alt_<locale>} key for {@code lang=all}
     */
    public static void write(JsonGenerator out, Asset asset, Map<String, String> alt, Options options) throws IOException {
        out.writeStartObject();
        out.writeStringField("@name", asset.name());
        out.writeStringField("@path", asset.path());
        out.writeStringField("@id", asset.key().toString());
        if (options.link()) {
            out.writeStringField("@link", asset.link());
        }
        if (options.metadata()) {
            out.writeObjectFieldStart("metadata");
            out.writeStringField("fileName", asset.fileName());
            out.writeStringField("mimeType", asset.mimeType());
            out.writeStringField("fileSize", String.valueOf(asset.size()));
            out.writeStringField("width", String.valueOf(asset.width()));
            out.writeStringField("height", String.valueOf(asset.height()));
            out.writeStringField("format", asset.mimeType());
            for (Map.Entry<String, String> e : new TreeMap<>(alt).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
        }
        out.writeObjectFieldStart("renditions");
        for (int width : new java.util.TreeSet<>(options.renditions())) {
            if (width < asset.width()) {
                out.writeObjectFieldStart(String.valueOf(width));
                out.writeStringField("mimeType", asset.mimeType());
                out.writeStringField("link", asset.renditionLink(width));
                out.writeEndObject();
            }
        }
        out.writeEndObject();
        out.writeEndObject();
    }
}
