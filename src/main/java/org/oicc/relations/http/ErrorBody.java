package org.oicc.relations.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Magnolia's error body, {@code {"error":{"code":"...","message":"..."}}}, with
 * {@code "problems":[{"path","message"}]} inside {@code error} when a write was refused for them.
 * The one writer of it, for every side and for errors the HTTP server raises before a request
 * reaches a servlet (bad URIs, headers).
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static void write(JsonGenerator out, HttpError e) throws IOException {
        out.writeStartObject();
        out.writeObjectFieldStart("error");
        out.writeStringField("code", e.code());
        out.writeStringField("message", e.getMessage());
        if (!e.problems().isEmpty()) {
            out.writeArrayFieldStart("problems");
            for (HttpError.Problem p : e.problems()) {
                out.writeStartObject();
                out.writeStringField("path", p.path());
                out.writeStringField("message", p.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    /** The body as bytes, for answers that set a Content-Length. */
    public static byte[] bytes(ObjectMapper json, HttpError e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator out = json.getFactory().createGenerator(bytes)) {
            write(out, e);
        } catch (IOException io) {
            throw new UncheckedIOException("writing JSON into memory cannot fail", io);
        }
        return bytes.toByteArray();
    }
}
