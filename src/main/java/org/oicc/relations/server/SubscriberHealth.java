package org.oicc.relations.server;

import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.authoring.publication.SubscriberStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The {@code "subscribers"} array of an author's {@code /.health}:
 * {@code {"name","url","state":"up-to-date|waiting|failing","waiting":N,"oldestWaitingSince","lastDelivered",
 * "lastError","lastErrorAt","rejected"}}, times in ISO-8601 UTC or null. Absent when there are none.
 */
final class SubscriberHealth {

    private SubscriberHealth() {
    }

    static void write(JsonGenerator out, List<SubscriberStatus> subscribers) throws IOException {
        if (subscribers.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("subscribers");
        for (SubscriberStatus s : subscribers) {
            out.writeStartObject();
            out.writeStringField("name", s.name());
            out.writeStringField("url", s.url().toString());
            out.writeStringField("state", s.state());
            out.writeNumberField("waiting", s.waiting());
            time(out, "oldestWaitingSince", s.oldestWaitingSince());
            time(out, "lastDelivered", s.lastDelivered());
            out.writeStringField("lastError", s.lastError());
            time(out, "lastErrorAt", s.lastErrorAt());
            out.writeNumberField("rejected", s.rejected());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void time(JsonGenerator out, String field, Instant at) throws IOException {
        out.writeStringField(field, at == null ? null : at.toString());
    }
}
