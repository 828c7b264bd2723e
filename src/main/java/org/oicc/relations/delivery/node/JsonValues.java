package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.JsonGenerator;

import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

/**
 * JCR values as Magnolia's delivery endpoint writes them: every scalar as a string, dates as
 * ISO-8601 with milliseconds and offset ({@code 2024-03-01T10:15:30.123+01:00}).
 */
final class JsonValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private JsonValues() {
    }

    static String text(Value value) throws RepositoryException {
        if (value.getType() == PropertyType.DATE) {
            return date(value.getDate());
        }
        return value.getString();
    }

    static String date(Calendar calendar) {
        return OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId()).format(DATE);
    }

    static void write(JsonGenerator out, Value value) throws IOException, RepositoryException {
        out.writeString(text(value));
    }
}
