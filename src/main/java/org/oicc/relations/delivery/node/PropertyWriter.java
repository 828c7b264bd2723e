package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.SerializableString;
import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.I18nValues;
import org.oicc.relations.definition.AssetReferenceDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ReferenceDefinition;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a node's properties in a fixed order, so equal content always gives equal bytes (golden
 * answers, strong ETags):
 * <ol>
 *   <li>the properties of the node's model ({@link NodeModel}) in definition order; with
 *       {@code lang=all} each i18n property is followed by its stored translations in locale
 *       order ({@code title}, {@code title_ar}, {@code title_fr});</li>
 *   <li>any other property, by name (code-point order);</li>
 *   <li>{@code mgnl:*} system properties, by name, only with {@code includeSystemProperties}.</li>
 * </ol>
 * {@code jcr:*} and {@code rep:*} never appear (they are {@code @id}/{@code @nodeType} or
 * repository internals), nor do binaries.
 *
 * <p>In a localized answer the plain key carries the value in the answer's language, falling back
 * to English per property (blank counts as missing); suffixed keys are left out. Properties outside
 * the model are localized the same way, as the stored {@code _<locale>} keys are Magnolia's i18n
 * convention whatever the model says. Reference rules see the plain key ({@code parent}).
 *
 * <p>What depends on the model alone is worked out once ({@link PropertyPlan}), what depends on a
 * node's property names once per snapshot ({@link NodeSnapshot#rest}); a node written is then map
 * look-ups and pre-encoded strings.
 */
final class PropertyWriter {

    /** Plans by model list; model lists come from the definitions, a few per module. */
    private static final int MAX_PLANS = 256;

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final ReferenceExpander references;
    private final Map<ModelKey, PropertyPlan> plans = new ConcurrentHashMap<>();
    private final AssetResolver assets;

    PropertyWriter(DeliveryEndpointDefinition endpoint, ContentLocales locales, ReferenceExpander references) {
        this.endpoint = endpoint;
        this.locales = locales;
        this.references = references;
        this.assets = new AssetResolver(endpoint, locales);
    }

    /** A model's property list by identity: the definitions hand out the same list every time. */
    private record ModelKey(List<PropertyDefinition> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ModelKey other && other.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    private PropertyPlan plan(List<PropertyDefinition> model) {
        ModelKey key = new ModelKey(model);
        PropertyPlan plan = plans.get(key);
        if (plan == null) {
            plan = new PropertyPlan(model, locales);
            if (plans.size() < MAX_PLANS) {
                plans.putIfAbsent(key, plan);
            }
        }
        return plan;
    }

    void write(JsonGenerator out, NodeSnapshot node, NodeModel model, ExpansionChain rendering, ReferenceExpander.TargetWriter target)
            throws IOException, RepositoryException {
        Language language = rendering.language();
        Map<String, StoredProperty> stored = node.properties();
        PropertyPlan plan = plan(model.properties());
        for (PropertyPlan.Defined definition : plan.defined()) {
            if (language.all()) {
                writeStored(out, node, stored, definition.name(), definition.key(), definition.rich(), rendering, target);
                List<String> translations = definition.translations();
                for (int i = 0; i < translations.size(); i++) {
                    writeStored(out, node, stored, translations.get(i), definition.translationKeys().get(i), definition.rich(),
                            rendering, target);
                }
            } else if (definition.i18n()) {
                writeLocalized(out, node, stored, definition.name(), definition.key(), definition.rich(), rendering, target);
            } else {
                writeStored(out, node, stored, definition.name(), definition.key(), definition.rich(), rendering, target);
            }
        }
        PropertyPlan.Rest rest = node.rest(plan, language.all());
        for (int i = 0; i < rest.others().size(); i++) {
            String name = rest.others().get(i);
            if (language.all()) {
                writeStored(out, node, stored, name, rest.otherKeys().get(i), false, rendering, target);
            } else {
                writeLocalized(out, node, stored, name, rest.otherKeys().get(i), false, rendering, target);
            }
        }
        if (endpoint.includeSystemProperties()) {
            for (int i = 0; i < rest.system().size(); i++) {
                writeStored(out, node, stored, rest.system().get(i), rest.systemKeys().get(i), false, rendering, target);
            }
        }
    }

    private void writeStored(JsonGenerator out, NodeSnapshot node, Map<String, StoredProperty> stored, String name,
            SerializableString key, boolean rich, ExpansionChain rendering, ReferenceExpander.TargetWriter target)
            throws IOException, RepositoryException {
        StoredProperty property = stored.get(name);
        if (property != null) {
            writeValue(out, node, name, key, property, rich, rendering, target);
        }
    }

    private void writeLocalized(JsonGenerator out, NodeSnapshot node, Map<String, StoredProperty> stored, String name,
            SerializableString key, boolean rich, ExpansionChain rendering, ReferenceExpander.TargetWriter target)
            throws IOException, RepositoryException {
        String tag = rendering.language().tag();
        Optional<StoredProperty> source = I18nValues.localized(stored, name, locales.isTranslation(tag) ? tag : null,
                StoredProperty::blank);
        if (source.isPresent()) {
            writeValue(out, node, name, key, source.get(), rich, rendering, target);
        } else if (stored.containsKey(name)) {
            // blank in every language: still shown, as stored, so the key does not vanish
            writeValue(out, node, name, key, stored.get(name), rich, rendering, target);
        }
    }

    private void writeValue(JsonGenerator out, NodeSnapshot node, String name, SerializableString key, StoredProperty source,
            boolean rich, ExpansionChain rendering, ReferenceExpander.TargetWriter target) throws IOException, RepositoryException {
        if (source.binary()) {
            return; // binaries are not delivered inline
        }
        out.writeFieldName(key);
        Optional<ReferenceDefinition> rule = references.rule(node, name);
        Optional<AssetReferenceDefinition> assetRule = rule.isPresent() ? Optional.empty() : assets.rule(node, name);
        if (assetRule.isPresent()) {
            assets.write(out, source, assetRule.get(), rendering);
        } else if (rule.isPresent()) {
            references.write(out, source, rule.get(), rendering, target);
        } else if (source.multiple()) {
            out.writeStartArray();
            for (int i = 0; i < source.size(); i++) {
                out.writeString(source.json(i, rich));
            }
            out.writeEndArray();
        } else {
            out.writeString(source.json(0, rich));
        }
    }
}
