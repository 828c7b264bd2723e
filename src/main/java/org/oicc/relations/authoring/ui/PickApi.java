package org.oicc.relations.authoring.ui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;

import javax.jcr.RepositoryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /.author/api/pick?type=organization&q=iul[&limit=20]}: the first items of a content
 * type whose name (any language) or other text column contains {@code q}, for the reference
 * combobox as the editor types.
 *
 * <pre>{"type":"organization","q":"iul","results":[{"id":"…","name":"iula","label":"International Union of Local Authorities (IULA)"}],"total":1}</pre>
 *
 * Like every UI page it needs a logged-in session; like the UI's scripted calls it needs the
 * session's CSRF token in {@code X-CSRF-Token}, so another site cannot make a browser ask it.
 * Errors are the module's JSON envelope, never a login page; their messages are in the editor's
 * language (the session's, or the browser's before logging in), as the combobox shows them.
 */
final class PickApi {

    /** Streaming writes need no object mapping: a factory is all this answer uses. */
    private static final JsonFactory JSON = new JsonFactory();

    private final UiContext ui;
    private final ReferencePicker picker;

    PickApi(UiContext ui, ReferencePicker picker) {
        this.ui = ui;
        this.picker = picker;
    }

    void answer(HttpServletRequest req, HttpServletResponse resp, UiSession session) throws IOException {
        String browser = UiLanguage.chosenInBrowser(req);
        UiText t = session != null ? session.text()
                : ui.messages.text(browser != null ? browser : UiLanguage.fromBrowser(req.getHeader("Accept-Language")));
        try {
            if (session == null) {
                throw new HttpError(401, "unauthorized", t.get("error.api.logIn"));
            }
            String token = req.getHeader(Authentication.CSRF_HEADER);
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    session.csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new HttpError(403, "csrf", t.get("error.api.token", Authentication.CSRF_HEADER));
            }
            String typeName = req.getParameter("type");
            if (typeName == null || typeName.isEmpty()) {
                throw new HttpError(400, "badParameter", t.get("error.api.typeRequired"));
            }
            ContentTypeDefinition type = ui.module.contentType(typeName)
                    .orElseThrow(() -> new HttpError(404, "unknownType", t.get("error.noType", typeName)));
            String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
            if (q.length() > ReferencePicker.MAX_TEXT) {
                throw new HttpError(400, "badParameter", t.get("error.searchTooLong", ReferencePicker.MAX_TEXT));
            }
            int limit = limit(req.getParameter("limit"), t);
            ReferencePicker.Matches found = picker.find(type, q, limit);
            write(resp, 200, out -> results(out, type, q, found));
        } catch (HttpError e) {
            write(resp, e.status(), out -> ErrorBody.write(out, e));
        } catch (RepositoryException e) {
            throw new IllegalStateException("pick " + req.getQueryString() + " failed", e);
        }
    }

    private static int limit(String given, UiText t) {
        if (given == null) {
            return ReferencePicker.MATCHES;
        }
        if (!given.matches("\\d{1,3}") || Integer.parseInt(given) < 1 || Integer.parseInt(given) > ReferencePicker.MATCHES) {
            throw new HttpError(400, "badParameter", t.get("error.wholeNumber", "limit", 1, ReferencePicker.MATCHES));
        }
        return Integer.parseInt(given);
    }

    private static void results(JsonGenerator out, ContentTypeDefinition type, String q, ReferencePicker.Matches found)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("type", type.name());
        out.writeStringField("q", q);
        out.writeArrayFieldStart("results");
        for (ReferencePicker.Match m : found.items()) {
            out.writeStartObject();
            out.writeStringField("id", m.id());
            out.writeStringField("name", m.name());
            out.writeStringField("label", m.label());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNumberField("total", found.total());
        out.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static void write(HttpServletResponse resp, int status, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            body.write(out);
        }
        UiTemplates.secure(resp);
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setContentLength(bytes.size());
        bytes.writeTo(resp.getOutputStream());
    }
}
