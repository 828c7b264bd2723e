package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.ReferenceDefinition;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An endpoint's {@code references} rules ({@code jcrReferenceResolver}) applied to property values.
 *
 * <ul>
 *   <li>The first rule (in YAML order) whose {@code propertyName} regex matches the whole key and
 *       whose {@code nodeType}, if any, the owning node is (subtypes included) decides.</li>
 *   <li>{@code expand: true}: the identifier (each element of a multi-value) is replaced by the
 *       referenced node's object from {@code targetWorkspace}, in the same language, with its
 *       properties but no children ({@code "@nodes": []}); with {@code generateLink} it carries an
 *       {@code @link} (see {@link ReferenceLinks}). {@code expand: false} keeps the identifier.</li>
 *   <li>{@code referenceDepth} counts nested expansions: 0 expands nothing, 1 the references of
 *       the requested node and its children, 2 also those inside the expanded nodes; -1 has no
 *       configured limit. Whatever the configuration, at most {@link #HARD_LIMIT} levels are
 *       expanded, so {@code referenceRepeat: true} with -1 still terminates. A reference past the
 *       limit keeps its identifier, as one with {@code expand: false}.</li>
 *   <li>{@code referenceRepeat: false}: a reference to a node that is already being expanded on the
 *       current chain (a cycle, including a self-reference) keeps its identifier, as a reference that is not expanded.
 *       A node referenced twice side by side (two relationships in one category) is expanded
 *       both times: it repeats, but does not recurse.</li>
 *   <li>An identifier that resolves to no node stays the plain string.</li>
 * </ul>
 */
public final class ReferenceExpander {

    /** Expansion levels never exceeded, whatever {@code referenceDepth} says. */
    public static final int HARD_LIMIT = 8;

    /** Writes an expanded reference target as a node object. */
    @FunctionalInterface
    interface TargetWriter {
        void write(JsonGenerator out, NodeSnapshot target, String link, ExpansionChain rendering) throws IOException, RepositoryException;
    }

    private static final int KNOWN_KEYS = 1024;

    private final DeliveryEndpointDefinition endpoint;
    private final ReferenceLinks links;
    private final NodeSnapshots snapshots;
    private final Map<String, List<ReferenceDefinition>> byKey = new ConcurrentHashMap<>();
    private final int levels;

    ReferenceExpander(DeliveryEndpointDefinition endpoint, ReferenceLinks links, NodeSnapshots snapshots) {
        this.endpoint = endpoint;
        this.snapshots = snapshots;
        this.links = links;
        int configured = endpoint.referenceDepth();
        this.levels = configured < 0 ? HARD_LIMIT : Math.min(configured, HARD_LIMIT);
    }

    /** The rule for key {@code key} (in a localized answer: the base name) of {@code node}. */
    Optional<ReferenceDefinition> rule(NodeSnapshot node, String key) {
        for (ReferenceDefinition rule : rulesFor(key)) {
            if (rule.nodeType() == null || node.isNodeType(rule.nodeType())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The rules whose name pattern matches the key, in YAML order: matched once per key rather
     * than once per value written. Keys are property names, few per content type; past
     * {@link #KNOWN_KEYS} (content with unforeseen names) they are matched afresh each time.
     */
    private List<ReferenceDefinition> rulesFor(String key) {
        List<ReferenceDefinition> known = byKey.get(key);
        if (known != null) {
            return known;
        }
        List<ReferenceDefinition> matching = endpoint.references().stream().filter(r -> r.appliesTo(key)).toList();
        if (byKey.size() < KNOWN_KEYS) {
            byKey.putIfAbsent(key, matching);
        }
        return matching;
    }

    /** Writes the value of {@code source} (already chosen for the language) under the rule. */
    void write(JsonGenerator out, StoredProperty source, ReferenceDefinition rule, ExpansionChain rendering, TargetWriter target)
            throws IOException, RepositoryException {
        if (source.multiple()) {
            out.writeStartArray();
            for (int i = 0; i < source.size(); i++) {
                writeOne(out, source.text(i), rule, rendering, target);
            }
            out.writeEndArray();
        } else {
            writeOne(out, source.text(0), rule, rendering, target);
        }
    }

    private void writeOne(JsonGenerator out, String id, ReferenceDefinition rule, ExpansionChain rendering, TargetWriter target)
            throws IOException, RepositoryException {
        if (!rule.expand() || rendering.referenceLevel() >= levels) {
            out.writeString(id);
            return;
        }
        Optional<NodeSnapshot> node = snapshots.byIdentifier(rendering.sessions(), rule.targetWorkspace(), id);
        if (node.isEmpty()) {
            out.writeString(id);
            return;
        }
        String targetId = node.get().identifier();
        if (!endpoint.referenceRepeat() && rendering.isExpanding(targetId)) {
            // the identifier, as an unexpanded reference is written: one shape fewer for clients
            out.writeString(targetId);
            return;
        }
        rendering.enter(targetId);
        try {
            target.write(out, node.get(), rule.generateLink() ? links.linkTo(node.get()) : null, rendering);
        } finally {
            rendering.leave();
        }
    }
}
