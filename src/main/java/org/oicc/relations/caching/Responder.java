package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Sends the successful answers of a side, whatever their content type: delivery JSON, page HTML,
 * web resources. {@link CachingResponder} validates, answers 304 and caches; {@link NoCaching}, for
 * drafts, does none of it and says so. Errors are the servlets' own: they are never cached.
 */
public interface Responder {

    /**
     * What an answer is and depends on.
     *
     * @param key the request's normalised key: same key, same bytes while the workspaces are unchanged
     * @param workspaces every workspace the answer reads
     * @param contentType the {@code Content-Type} of the answer, charset included
     */
    record Resource(String key, Set<String> workspaces, String contentType) {

        public Resource {
            workspaces = Set.copyOf(workspaces);
        }
    }

    /** A rendered body, complete before the first byte is sent. */
    record Rendered(byte[] body, String contentLanguage) {
    }

    /** Reads the repository and renders; the only step that does. */
    @FunctionalInterface
    interface Renderer {

        /** @return the answer, or null when there is none (the caller then sends its own 404) */
        Rendered render() throws Exception;
    }

    /**
     * Answers a GET or HEAD, rendering only when it must.
     *
     * @return false when the renderer found nothing; nothing was sent then
     * @throws RenderingFailed when the renderer failed with a checked exception (unchecked ones pass as they are)
     * @throws IOException when the answer cannot be sent
     */
    boolean answer(HttpServletRequest req, HttpServletResponse resp, Resource resource, Renderer renderer) throws IOException;

    /** Answers a GET or HEAD for a file whose bytes are at hand (a web resource). */
    void answerFile(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType) throws IOException;

    /** A checked exception of a {@link Renderer}, carried to the servlet that answers with an error. */
    final class RenderingFailed extends RuntimeException {

        RenderingFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
