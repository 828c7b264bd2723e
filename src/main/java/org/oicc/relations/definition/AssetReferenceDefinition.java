package org.oicc.relations.definition;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code references:} rule of a delivery endpoint with Magnolia's {@code assetReferenceResolver}:
 * values of matching properties are asset keys ({@code jcr:<id>}) written as the asset's object
 * ({@code @name @path @id @link}, {@code metadata}, {@code renditions}).
 *
 * @param renditions the rendition widths to list, as written in {@code assetRenditions}; empty for
 *                   every configured width
 */
public record AssetReferenceDefinition(
        String name,
        Pattern propertyName,
        String nodeType,
        boolean expand,
        boolean includeAssetMetadata,
        boolean includeDownloadLink,
        List<Integer> renditions,
        Location location) {

    public AssetReferenceDefinition {
        renditions = List.copyOf(renditions);
    }

    public boolean appliesTo(String property) {
        return propertyName.matcher(property).matches();
    }
}
