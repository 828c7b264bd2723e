package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI side of assets: {@code Asset} (an asset as an {@code assetReferenceResolver} writes it:
 * {@code @name @path @id @link}, {@code metadata}, {@code renditions}), {@code Asset.reference}
 * (the stored item key {@code jcr:<id>}, or the asset where the endpoint resolves it), and the
 * path of asset files and renditions, {@code /dam/jcr:<id>/<fileName>}, outside {@code /.rest}.
 */
final class AssetSchemas {

    static final String ASSET = "Asset";
    static final String REFERENCE = "Asset.reference";
    static final String TAG = "dam";
    private static final String KEY_PATTERN = "^jcr:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private AssetSchemas() {
    }

    static void add(ObjectNode schemas) {
        ObjectNode asset = OpenApiNodes.object().put("type", "object")
                .put("description", "A DAM asset, as an endpoint's assetReferenceResolver writes it (Magnolia's shape).");
        asset.set("required", OpenApiNodes.array("@name", "@path", "@id"));
        ObjectNode props = OpenApiNodes.object();
        props.set("@name", OpenApiNodes.string("The asset node's name."));
        props.set("@path", OpenApiNodes.string("The asset's path in the dam workspace."));
        props.set("@id", key());
        props.set("@link", OpenApiNodes.string("The file's server-relative URL, /dam/jcr:<id>/<fileName> (with includeDownloadLink)."));
        ObjectNode metadata = OpenApiNodes.object().put("type", "object")
                .put("description", "With includeAssetMetadata. Numbers are strings, as every delivered value; alt is in the "
                        + "answer's language (lang=all: alt and each alt_<locale>).");
        ObjectNode meta = OpenApiNodes.object();
        for (String name : new String[] {"fileName", "mimeType", "fileSize", "width", "height", "format", "alt"}) {
            meta.set(name, OpenApiNodes.string());
        }
        metadata.set("properties", meta);
        metadata.put("additionalProperties", true);
        props.set("metadata", metadata);
        ObjectNode rendition = OpenApiNodes.object().put("type", "object");
        ObjectNode renditionProps = OpenApiNodes.object();
        renditionProps.set("mimeType", OpenApiNodes.string());
        renditionProps.set("link", OpenApiNodes.string("The rendition's URL: the file's with ?width=<width>."));
        rendition.set("properties", renditionProps);
        ObjectNode renditions = OpenApiNodes.object().put("type", "object")
                .put("description", "By width in pixels (the endpoint's assetRenditions narrower than the original).");
        renditions.set("additionalProperties", rendition);
        props.set("renditions", renditions);
        asset.set("properties", props);
        schemas.set(ASSET, asset);

        ObjectNode reference = OpenApiNodes.object().put("description", "An asset property: the asset's item key, or the asset "
                + "itself where the endpoint has an assetReferenceResolver for it (and the asset is published).");
        ArrayNode one = OpenApiNodes.object().arrayNode();
        one.add(key());
        one.add(OpenApiNodes.schemaRef(ASSET));
        reference.set("oneOf", one);
        schemas.set(REFERENCE, reference);
    }

    private static ObjectNode key() {
        return OpenApiNodes.string("The asset's item key, jcr:<identifier>.").put("pattern", KEY_PATTERN);
    }

    /** {@code /dam/{key}/{fileName}} with its own server (the site's root, not /.rest). */
    static ObjectNode path() {
        ObjectNode get = OpenApiNodes.object().put("operationId", "damAsset").put("summary", "An asset file or one of its renditions")
                .put("description", "The published asset's image, re-encoded when uploaded; with width, a rendition of that width "
                        + "(only the server's rendition widths, --rendition-widths, default 160, 320 and 640; a width not narrower "
                        + "than the original answers the original). Answers carry ETag and Last-Modified and are answered 304.");
        get.set("tags", OpenApiNodes.array(TAG));
        ArrayNode parameters = OpenApiNodes.object().arrayNode();
        parameters.add(pathParameter("key", "The asset's item key, jcr:<identifier>.").put("example", "jcr:0b0c5c1e-8f5e-4a4e-9d55-3a1c2c8e7b11"));
        ObjectNode keySchema = (ObjectNode) parameters.get(0).get("schema");
        keySchema.put("pattern", KEY_PATTERN);
        parameters.add(pathParameter("fileName", "The asset's file name, as in its @link."));
        ObjectNode width = OpenApiNodes.object().put("name", "width").put("in", "query").put("required", false)
                .put("description", "A rendition width in pixels.");
        width.set("schema", OpenApiNodes.object().put("type", "integer").put("minimum", 16).put("maximum", 4096));
        parameters.add(width);
        parameters.add(OpenApiNodes.ref("parameters", "ifNoneMatch"));
        parameters.add(OpenApiNodes.ref("parameters", "ifModifiedSince"));
        get.set("parameters", parameters);
        ObjectNode ok = OpenApiNodes.object().put("description", "The image.");
        ObjectNode headers = OpenApiNodes.object();
        headers.set("ETag", OpenApiNodes.ref("headers", "ETag"));
        headers.set("Last-Modified", OpenApiNodes.ref("headers", "Last-Modified"));
        headers.set("Cache-Control", OpenApiNodes.ref("headers", "Cache-Control"));
        ok.set("headers", headers);
        ObjectNode content = OpenApiNodes.object();
        for (String type : new String[] {"image/png", "image/jpeg"}) {
            ObjectNode binary = OpenApiNodes.object();
            binary.set("schema", OpenApiNodes.object().put("type", "string").put("format", "binary"));
            content.set(type, binary);
        }
        ok.set("content", content);
        ObjectNode responses = OpenApiNodes.object();
        responses.set("200", ok);
        responses.set("304", OpenApiNodes.ref("responses", "NotModified"));
        responses.set("400", OpenApiNodes.ref("responses", "BadRequest"));
        responses.set("404", OpenApiNodes.ref("responses", "NotFound"));
        get.set("responses", responses);
        ObjectNode item = DeliveryPaths.pathItem(get);
        ArrayNode servers = OpenApiNodes.object().arrayNode();
        servers.add(OpenApiNodes.object().put("url", "/").put("description", "This server's root: asset files are not below /.rest."));
        item.set("servers", servers);
        return item;
    }

    private static ObjectNode pathParameter(String name, String description) {
        ObjectNode p = OpenApiNodes.object().put("name", name).put("in", "path").put("required", true).put("description", description);
        p.set("schema", OpenApiNodes.string());
        return p;
    }
}
