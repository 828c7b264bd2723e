package org.oicc.relations.delivery.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Magnolia's error body, {@code {"error":{"code":"...","message":"..."}}}: for the servlet's own
 * errors and for those the HTTP server raises before a request reaches it (bad URIs, headers).
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static byte[] body(ObjectMapper json, String code, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator out = json.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeObjectFieldStart("error");
            out.writeStringField("code", code);
            out.writeStringField("message", message);
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
