package org.oicc.relations.delivery.relations;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.I18nValues;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Calendar;
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

    LocalizedFields(ContentLocales locales, Language language) {
        this.locales = locales;
        this.language = language;
    }

    void write(JsonGenerator out, Node node, String name) throws IOException, RepositoryException {
        if (language.all()) {
            writeRaw(out, node, name);
            for (String locale : locales.translations()) {
                writeRaw(out, node, locales.propertyName(name, locale));
            }
            return;
        }
        Optional<Property> property = I18nValues.localized(node, name, language.tag());
        if (property.isPresent()) {
            writeValue(out, name, property.get());
        }
    }

    private static void writeRaw(JsonGenerator out, Node node, String name) throws IOException, RepositoryException {
        if (node.hasProperty(name)) {
            writeValue(out, name, node.getProperty(name));
        }
    }

    private static void writeValue(JsonGenerator out, String key, Property property) throws IOException, RepositoryException {
        if (property.getType() == PropertyType.BINARY) {
            return; // binaries are not delivered inline
        }
        out.writeFieldName(key);
        if (property.isMultiple()) {
            out.writeStartArray();
            for (Value v : property.getValues()) {
                out.writeString(text(v));
            }
            out.writeEndArray();
        } else {
            out.writeString(text(property.getValue()));
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
