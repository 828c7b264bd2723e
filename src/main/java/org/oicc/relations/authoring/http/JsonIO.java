package org.oicc.relations.authoring.http;

import org.oicc.relations.caching.CacheControl;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.http.ErrorBody;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies in (bounded) and JSON answers out, for the authoring APIs. */
public final class JsonIO {

    /** Larger bodies are refused with 413 before they are parsed. */
    public static final int MAX_BODY = 1024 * 1024;

    /** Writes a JSON body. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator out) throws IOException, RepositoryException;
    }

    /**
     * Bodies are read strictly, whatever the shared mapper allows: a second key of the same name or
     * content after the object would let a proxy that reads the first key see another request
     * than the one carried out. Nesting and number lengths are bounded well below Jackson's
     * defaults (no item needs more than a few levels).
     */
    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ObjectMapper json;

    public JsonIO(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode readBody(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) {
            throw tooLarge();
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "unsupportedMediaType", "send the body as application/json");
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw tooLarge();
        }
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            // nesting or number length past the parser's limits: no location, and nothing to fix but the size
            throw ApiError.badRequest("the JSON body is too deeply nested or holds a too long number");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiError.badRequest("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()) + ": "
                    + e.getOriginalMessage());
        }
    }

    /**
     * Reads what is left of a refused request's body (up to the limit), so the connection stays
     * usable: a client that sent a body along with a request refused early would otherwise find
     * the connection closed under its next request.
     */
    public static void drain(HttpServletRequest req) {
        try (InputStream in = req.getInputStream()) {
            in.skipNBytes(Math.min(Math.max(req.getContentLengthLong(), 0), MAX_BODY));
        } catch (IOException | IllegalStateException ignored) {
            // nothing more can be done; the answer is sent either way
        }
    }

    public void write(HttpServletResponse resp, int status, Body body) throws IOException, RepositoryException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        CacheControl.noStore(resp);
        try (JsonGenerator out = json.getFactory().createGenerator(resp.getOutputStream())) {
            body.write(out);
        }
    }

    public void error(HttpServletResponse resp, ApiError e) throws IOException {
        if (e.status() == 401) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"oicc-relations author\", charset=\"UTF-8\"");
        }
        if (e.retryAfter() > 0) {
            resp.setHeader("Retry-After", Long.toString(e.retryAfter()));
        }
        try {
            write(resp, e.status(), out -> ErrorBody.write(out, e));
        } catch (RepositoryException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "payloadTooLarge", "the body is larger than " + MAX_BODY + " bytes");
    }
}
