package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;

import java.util.Map;
import java.util.Set;

/**
 * Serves {@code /.rest/delivery/openapi.json}. The document depends on definitions only, so it is
 * generated once and reads no workspace (an empty workspace set: nothing in the repository changes it).
 */
public final class OpenApiHandler implements EndpointHandler {

    private final ObjectNode document;
    private final String defaultLocale;

    public OpenApiHandler(LightModule module, ContentLocales locales, DeliverySettings settings) {
        this.document = OpenApiDocument.generate(module, locales, settings, module.version() == null ? "0" : module.version());
        this.defaultLocale = locales.defaultLocale();
    }

    @Override
    public PreparedAnswer prepare(String subPath, Map<String, String[]> params, String acceptLanguage) {
        if (subPath != null && !subPath.isEmpty()) {
            throw DeliveryException.pathNotFound(shown(subPath));
        }
        for (String name : params.keySet()) {
            throw DeliveryException.badParameter(shown(name), "is not supported here (the document takes no parameters)");
        }
        return new PreparedAnswer("", Set.of(), defaultLocale, out -> out.writeTree(document));
    }

    /** Client text in a message: short, without control characters. */
    private static String shown(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** The generated document (a copy), for tests and tools. */
    public ObjectNode document() {
        return document.deepCopy();
    }
}
