package org.oicc.relations.delivery.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.Set;

/**
 * A checked request, ready to be answered.
 *
 * @param cacheKey what the answer depends on that the URL does not say (the servlet keys the
 *                 endpoint, path and sorted parameters itself): the language negotiated from
 *                 {@code Accept-Language}, or "" when nothing beyond the URL matters
 * @param workspaces every workspace the answer reads, referenced ones included
 * @param contentLanguage the {@code Content-Language} of the answer
 * @param body writes the JSON; the only step that reads the repository
 */
public record PreparedAnswer(String cacheKey, Set<String> workspaces, String contentLanguage, Body body) {

    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator out) throws IOException, RepositoryException;
    }

    public PreparedAnswer {
        workspaces = Set.copyOf(workspaces);
    }
}
