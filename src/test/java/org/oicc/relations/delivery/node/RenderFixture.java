package org.oicc.relations.delivery.node;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.delivery.endpoint.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.Location;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared by the render, reference and golden tests: renders a node through {@link NodeRenderer}
 * with real sessions, and loads golden files whose {@code ${uuid:<workspace>:<path>}} placeholders
 * stand for identifiers the repository assigns at import (submodel entry nodes have none in the
 * bootstrap files, so theirs differ on every run).
 */
public final class RenderFixture {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{uuid:([^:}]+):([^}]+)}");

    private RenderFixture() {
    }

    public static String render(LightModule module, SessionProvider sessions, DeliveryEndpointDefinition endpoint, String path,
            Language language) throws IOException, RepositoryException {
        StringWriter text = new StringWriter();
        NodeRenderer renderer = new NodeRenderer(endpoint, module, ContentLocales.of(module));
        try (SessionScope answer = new SessionScope(sessions, Side.PUBLIC);
             JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            renderer.write(out, StoredNodes.node(answer.session(endpoint.workspace()), path), language, answer);
        }
        return text.toString();
    }

    public static DeliveryEndpointDefinition endpoint(LightModule module, String path) {
        return (DeliveryEndpointDefinition) module.endpoint(path).orElseThrow();
    }

    /** The golden file as compact JSON in its own key order, placeholders replaced. */
    public static String golden(String name, SessionProvider sessions) throws IOException, RepositoryException {
        String text;
        try (InputStream in = RenderFixture.class.getResourceAsStream("/org/oicc/relations/delivery/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            Session session = sessions.login(Side.PUBLIC, m.group(1));
            try {
                m.appendReplacement(filled, StoredNodes.node(session, m.group(2)).getIdentifier());
            } finally {
                session.logout();
            }
        }
        m.appendTail(filled);
        return compact(filled.toString());
    }

    /** Compact serialisation keeping key order, so comparing two of them compares keys, order and values. */
    public static String compact(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pretty(String json) {
        try {
            return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code e} with other depth, system properties, child types and reference settings. */
    public static DeliveryEndpointDefinition variant(DeliveryEndpointDefinition e, int depth, boolean systemProperties,
            List<String> childNodeTypes, List<ReferenceDefinition> references, int referenceDepth, boolean referenceRepeat) {
        return new DeliveryEndpointDefinition(e.name(), e.path(), e.workspace(), e.rootPath(), e.nodeTypes(), childNodeTypes,
                e.strict(), depth, e.limit(), systemProperties, e.bypassWorkspaceAcls(), references, referenceDepth,
                referenceRepeat, e.orderBy(), e.location());
    }

    public static ReferenceDefinition rule(String propertyName, String nodeType, String targetWorkspace, boolean expand,
            boolean generateLink) {
        return new ReferenceDefinition("test", Pattern.compile(propertyName), nodeType, targetWorkspace, expand, generateLink,
                Location.of("test"));
    }

    /** The keys of a JSON object in order. */
    public static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
