package org.oicc.relations.delivery.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.Set;

/**
 * A checked request, ready to be answered.
 *
 * @param cacheKey identifies the answer: same key, same bytes while the workspaces are unchanged
 *                 (endpoint, path, normalised query and language)
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
