package org.oicc.relations.delivery.node;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.I18nValues;
import org.oicc.relations.content.RichTextPolicy;
import org.oicc.relations.definition.AssetReferenceDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
 */
final class PropertyWriter {

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final ReferenceExpander references;
    private final AssetResolver assets;

    PropertyWriter(DeliveryEndpointDefinition endpoint, ContentLocales locales, ReferenceExpander references) {
        this.endpoint = endpoint;
        this.locales = locales;
        this.references = references;
        this.assets = new AssetResolver(endpoint, locales);
    }

    void write(JsonGenerator out, Node node, NodeModel model, ExpansionChain rendering, ReferenceExpander.TargetWriter target)
            throws IOException, RepositoryException {
        Language language = rendering.language();
        // one pass over the node's properties: every look-up below is then a map access, not a
        // repository item look-up (three per i18n property and language otherwise)
        Map<String, Property> stored = new HashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            stored.put(p.getName(), p);
        }
        Set<String> done = new HashSet<>();
        for (PropertyDefinition definition : model.properties()) {
            if (definition.isSubModel()) {
                continue; // stored as child nodes, written with the children
            }
            String name = definition.name();
            boolean rich = isRichText(definition);
            done.add(name);
            if (definition.i18n()) {
                locales.translations().forEach(l -> done.add(locales.propertyName(name, l)));
            }
            if (language.all()) {
                writeStored(out, node, stored, name, rich, rendering, target);
                if (definition.i18n()) {
                    for (String locale : locales.translations()) {
                        writeStored(out, node, stored, locales.propertyName(name, locale), rich, rendering, target);
                    }
                }
            } else if (definition.i18n()) {
                writeLocalized(out, node, stored, name, rich, rendering, target);
            } else {
                writeStored(out, node, stored, name, rich, rendering, target);
            }
        }
        Set<String> others = new TreeSet<>();
        Set<String> system = new TreeSet<>();
        for (String name : stored.keySet()) {
            if (name.startsWith(MgnlNames.PREFIX)) {
                system.add(name);
            } else if (!done.contains(name) && !name.startsWith("jcr:") && !name.startsWith("rep:")
                    && (language.all() || !isTranslationKey(name))) {
                others.add(name);
            }
        }
        for (String name : others) {
            if (language.all()) {
                writeStored(out, node, stored, name, false, rendering, target);
            } else {
                writeLocalized(out, node, stored, name, false, rendering, target);
            }
        }
        if (endpoint.includeSystemProperties()) {
            for (String name : system) {
                writeStored(out, node, stored, name, false, rendering, target);
            }
        }
    }

    private boolean isTranslationKey(String name) {
        List<String> translations = locales.translations();
        for (String locale : translations) {
            if (name.endsWith("_" + locale) && name.length() > locale.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Rich text is checked against the pages' safelist on the way out too: values stored before writes were checked. */
    private static boolean isRichText(PropertyDefinition definition) {
        return definition.type() instanceof org.oicc.relations.definition.PropertyType.Scalar scalar
                && scalar.kind() == ValueKind.RICH_TEXT;
    }

    private void writeStored(JsonGenerator out, Node node, Map<String, Property> stored, String name, boolean rich,
            ExpansionChain rendering, ReferenceExpander.TargetWriter target) throws IOException, RepositoryException {
        Property property = stored.get(name);
        if (property != null) {
            writeValue(out, node, name, property, rich, rendering, target);
        }
    }

    private void writeLocalized(JsonGenerator out, Node node, Map<String, Property> stored, String name, boolean rich,
            ExpansionChain rendering, ReferenceExpander.TargetWriter target) throws IOException, RepositoryException {
        String tag = rendering.language().tag();
        Optional<Property> source = I18nValues.localized(stored, name, locales.isTranslation(tag) ? tag : null,
                I18nValues::isBlank);
        if (source.isPresent()) {
            writeValue(out, node, name, source.get(), rich, rendering, target);
        } else if (stored.containsKey(name)) {
            // blank in every language: still shown, as stored, so the key does not vanish
            writeValue(out, node, name, stored.get(name), rich, rendering, target);
        }
    }

    private void writeValue(JsonGenerator out, Node node, String key, Property source, boolean rich, ExpansionChain rendering,
            ReferenceExpander.TargetWriter target) throws IOException, RepositoryException {
        if (source.getType() == PropertyType.BINARY) {
            return; // binaries are not delivered inline
        }
        out.writeFieldName(key);
        Optional<ReferenceDefinition> rule = references.rule(node, key);
        Optional<AssetReferenceDefinition> assetRule = rule.isPresent() ? Optional.empty() : assets.rule(node, key);
        if (assetRule.isPresent()) {
            assets.write(out, source, assetRule.get(), rendering);
        } else if (rule.isPresent()) {
            references.write(out, source, rule.get(), rendering, target);
        } else if (source.isMultiple()) {
            out.writeStartArray();
            for (Value v : source.getValues()) {
                writeOne(out, v, rich);
            }
            out.writeEndArray();
        } else {
            writeOne(out, source.getValue(), rich);
        }
    }

    private static void writeOne(JsonGenerator out, Value v, boolean rich) throws IOException, RepositoryException {
        if (rich && v.getType() == PropertyType.STRING) {
            out.writeString(RichTextPolicy.safe(v.getString()));
        } else {
            JsonValues.write(out, v);
        }
    }
}
