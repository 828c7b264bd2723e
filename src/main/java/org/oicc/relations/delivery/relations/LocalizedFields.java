package org.oicc.relations.delivery.relations;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.I18nValues;
import org.oicc.relations.content.RichTextPolicy;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ValueKind;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Properties of the relations view in the answer's language: the translation where there is one and
 * English where there is not, per property, as the delivery endpoints do; {@code lang=all} writes the
 * stored keys ({@code title}, {@code title_ar}, {@code title_fr}) instead. An absent or blank
 * property is left out. Values are strings, as in Magnolia's delivery JSON; dates are plain days.
 */
final class LocalizedFields {

    private final ContentLocales locales;
    private final Language language;

    private final Map<String, Set<String>> richText;

    /** @param richText per workspace, its content type's {@code richText} properties (cleaned on output, see RichTextPolicy.safe) */
    LocalizedFields(ContentLocales locales, Language language, Map<String, Set<String>> richText) {
        this.locales = locales;
        this.language = language;
        this.richText = richText;
    }

    static Map<String, Set<String>> richTextByWorkspace(LightModule module) {
        Map<String, Set<String>> byWorkspace = new HashMap<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            Set<String> names = new HashSet<>();
            for (PropertyDefinition p : type.model().allProperties()) {
                if (p.type() instanceof org.oicc.relations.definition.PropertyType.Scalar scalar && scalar.kind() == ValueKind.RICH_TEXT) {
                    names.add(p.name());
                }
            }
            byWorkspace.merge(type.workspace(), names, (a, b) -> {
                Set<String> both = new HashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        return Map.copyOf(byWorkspace);
    }

    private boolean isRichText(Node node, String name) throws RepositoryException {
        Set<String> names = richText.get(node.getSession().getWorkspace().getName());
        return names != null && names.contains(name);
    }

    void write(JsonGenerator out, Node node, String name) throws IOException, RepositoryException {
        boolean rich = isRichText(node, name);
        if (language.all()) {
            writeRaw(out, node, name, rich);
            for (String locale : locales.translations()) {
                writeRaw(out, node, locales.propertyName(name, locale), rich);
            }
            return;
        }
        Optional<Property> property = I18nValues.localized(node, name, language.tag());
        if (property.isPresent()) {
            writeValue(out, name, property.get(), rich);
        }
    }

    private static void writeRaw(JsonGenerator out, Node node, String name, boolean rich) throws IOException, RepositoryException {
        if (node.hasProperty(name)) {
            writeValue(out, name, node.getProperty(name), rich);
        }
    }

    private static void writeValue(JsonGenerator out, String key, Property property, boolean rich) throws IOException, RepositoryException {
        if (property.getType() == PropertyType.BINARY) {
            return; // binaries are not delivered inline
        }
        out.writeFieldName(key);
        if (property.isMultiple()) {
            out.writeStartArray();
            for (Value v : property.getValues()) {
                out.writeString(rich ? RichTextPolicy.safe(text(v)) : text(v));
            }
            out.writeEndArray();
        } else {
            String text = text(property.getValue());
            out.writeString(rich ? RichTextPolicy.safe(text) : text);
        }
    }

    /** A content-type {@code Date} is a day ({@code since}): written as {@code yyyy-MM-dd} in its stored zone. */
    private static String text(Value value) throws RepositoryException {
        if (value.getType() == PropertyType.DATE) {
            Calendar c = value.getDate();
            return OffsetDateTime.ofInstant(c.toInstant(), c.getTimeZone().toZoneId()).toLocalDate().toString();
        }
        return value.getString();
    }
}
