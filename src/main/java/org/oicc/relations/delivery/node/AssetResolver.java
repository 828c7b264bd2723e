package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetJson;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.definition.AssetReferenceDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An endpoint's {@code assetReferenceResolver} rules, as Magnolia's: an asset key ({@code jcr:<id>})
 * becomes the asset's object ({@link AssetJson}) read from the answer's side of the {@code dam}
 * workspace, so a public answer only ever names published assets. A key that names no asset there,
 * or {@code expand: false}, stays the plain string. The first matching rule decides, as for references.
 */
final class AssetResolver {

    /** Property names remembered with their matching rules; past this many (unforeseen names) they are matched afresh. */
    private static final int KNOWN_KEYS = 1024;

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final Map<String, List<AssetReferenceDefinition>> byKey = new ConcurrentHashMap<>();

    AssetResolver(DeliveryEndpointDefinition endpoint, ContentLocales locales) {
        this.endpoint = endpoint;
        this.locales = locales;
    }

    Optional<AssetReferenceDefinition> rule(NodeSnapshot node, String key) {
        for (AssetReferenceDefinition rule : rulesFor(key)) {
            if (rule.nodeType() == null || node.isNodeType(rule.nodeType())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The rules whose name pattern matches the key, in YAML order: a regex per property name once, not per value written. */
    private List<AssetReferenceDefinition> rulesFor(String key) {
        List<AssetReferenceDefinition> known = byKey.get(key);
        if (known != null) {
            return known;
        }
        List<AssetReferenceDefinition> matching = endpoint.assetReferences().stream().filter(r -> r.appliesTo(key)).toList();
        if (byKey.size() < KNOWN_KEYS) {
            byKey.putIfAbsent(key, matching);
        }
        return matching;
    }

    void write(JsonGenerator out, StoredProperty source, AssetReferenceDefinition rule, ExpansionChain rendering)
            throws IOException, RepositoryException {
        if (source.multiple()) {
            out.writeStartArray();
            for (int i = 0; i < source.size(); i++) {
                writeOne(out, source.text(i), rule, rendering);
            }
            out.writeEndArray();
        } else {
            writeOne(out, source.text(0), rule, rendering);
        }
    }

    private void writeOne(JsonGenerator out, String text, AssetReferenceDefinition rule, ExpansionChain rendering)
            throws IOException, RepositoryException {
        Optional<AssetKey> key = AssetKey.parse(text);
        Optional<Node> node = key.isEmpty() || !rule.expand() ? Optional.empty()
                : rendering.sessions().nodeByIdentifier(LightModule.DAM, key.get().identifier());
        Optional<Asset> asset = node.isEmpty() ? Optional.empty() : AssetStore.of(node.get());
        if (asset.isEmpty()) {
            out.writeString(text);
            return;
        }
        AssetJson.write(out, asset.get(), alt(asset.get(), rendering),
                new AssetJson.Options(rule.includeAssetMetadata(), rule.includeDownloadLink(), rule.renditions()));
    }

    private Map<String, String> alt(Asset asset, ExpansionChain rendering) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rendering.language().all()) {
            out.putAll(asset.alt());
        } else {
            String tag = rendering.language().tag();
            String name = locales.isTranslation(tag) ? locales.propertyName("alt", tag) : "alt";
            out.put("alt", asset.alt(name, "alt"));
        }
        return out;
    }
}
