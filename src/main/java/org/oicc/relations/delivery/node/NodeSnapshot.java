package org.oicc.relations.delivery.node;

import org.oicc.relations.repository.StoredPaths;
import com.fasterxml.jackson.core.io.SerializedString;
import org.oicc.relations.definition.LightModule;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What delivery writes of one node, read from the repository once: name, path, identifiers, node
 * types (every type it {@code isNodeType}, so rules and filters need no repository), its model,
 * its properties ({@link StoredProperty}) and, when read with them, its children's paths in order.
 * Immutable, so one snapshot serves many answers at once; {@link NodeSnapshots} decides how long
 * it may.
 */
final class NodeSnapshot {

    /** Type sets by primary type and mixins: a handful per repository, shared by every snapshot. */
    private static final Map<String, Set<String>> TYPE_SETS = new ConcurrentHashMap<>();
    private static final int MAX_TYPE_SETS = 512;

    private final String workspace;
    private final String name;
    private final String path;
    private final String identifier;
    private final String id;
    private final String primaryType;
    private final Set<String> types;
    private final NodeModel model;
    private final Map<String, StoredProperty> properties;
    private final List<String> childPaths;
    private final long weight;
    /** Pre-encoded for Jackson: the four header values every answer writes. */
    private final SerializedString jsonName;
    private final SerializedString jsonPath;
    private final SerializedString jsonId;
    private final SerializedString jsonType;
    /** {@link PropertyPlan#rest} of this node's names, per plan, localized and with every language. */
    private volatile Rest localizedRest;
    private volatile Rest allRest;

    private record Rest(PropertyPlan plan, PropertyPlan.Rest rest) {
    }

    private NodeSnapshot(String workspace, String name, String path, String identifier, String id, String primaryType,
            Set<String> types, NodeModel model, Map<String, StoredProperty> properties, List<String> childPaths) {
        this.workspace = workspace;
        this.name = name;
        this.path = path;
        this.identifier = identifier;
        this.id = id;
        this.primaryType = primaryType;
        this.types = types;
        this.model = model;
        this.properties = properties;
        this.childPaths = childPaths;
        this.jsonName = new SerializedString(name);
        this.jsonPath = new SerializedString(path);
        this.jsonId = new SerializedString(id);
        this.jsonType = new SerializedString(primaryType);
        long w = 400 + 5L * (name.length() + path.length() + identifier.length() + id.length());
        for (Map.Entry<String, StoredProperty> e : properties.entrySet()) {
            w += 48 + 2L * e.getKey().length() + e.getValue().weight();
        }
        if (childPaths != null) {
            for (String child : childPaths) {
                w += 48 + 2L * child.length();
            }
        }
        this.weight = w;
    }

    /** A snapshot made again from its parts (an on-disk copy, {@link CopyCodec}). */
    static NodeSnapshot of(String workspace, String name, String path, String identifier, String id, String primaryType,
            Set<String> types, NodeModel model, Map<String, StoredProperty> properties, List<String> childPaths) {
        return new NodeSnapshot(workspace, name, path, identifier, id, primaryType, types, model, properties, childPaths);
    }

    /**
     * Reads the node.
     *
     * @param children also list the children's paths (needed where the answer shows children)
     */
    static NodeSnapshot read(LightModule module, Node node, boolean children) throws RepositoryException {
        return read(module, node, children, null);
    }

    /** @param childNodes when not null and {@code children}, receives the children as listed (to read them next) */
    static NodeSnapshot read(LightModule module, Node node, boolean children, List<Node> childNodes) throws RepositoryException {
        StoredPaths layout = StoredPaths.of(node);
        String path = layout.client(node);
        String identifier = node.getIdentifier();
        Set<String> types = typesOf(node);
        Map<String, StoredProperty> properties = new HashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            javax.jcr.Property p = it.nextProperty();
            properties.put(p.getName(), StoredProperty.read(p));
        }
        List<String> childPaths = null;
        if (children) {
            childPaths = new ArrayList<>();
            for (Node child : layout.children(node)) {
                childPaths.add(layout.client(child));
                if (childNodes != null) {
                    childNodes.add(child);
                }
            }
            childPaths = List.copyOf(childPaths);
        }
        return new NodeSnapshot(node.getSession().getWorkspace().getName(), node.getDepth() == 0 ? "" : node.getName(), path,
                identifier, types.contains("mix:referenceable") ? identifier : path, node.getPrimaryNodeType().getName(), types,
                NodeModel.of(module, node), properties, childPaths);
    }

    /** The primary type, the mixins and all their supertypes: exactly the names {@code isNodeType} is true for. */
    private static Set<String> typesOf(Node node) throws RepositoryException {
        NodeType primary = node.getPrimaryNodeType();
        NodeType[] mixins = node.getMixinNodeTypes();
        StringBuilder key = new StringBuilder(primary.getName());
        for (NodeType mixin : mixins) {
            key.append(' ').append(mixin.getName());
        }
        Set<String> known = TYPE_SETS.get(key.toString());
        if (known != null) {
            return known;
        }
        Set<String> all = new HashSet<>();
        add(all, primary);
        for (NodeType mixin : mixins) {
            add(all, mixin);
        }
        Set<String> types = Set.copyOf(all);
        if (TYPE_SETS.size() < MAX_TYPE_SETS) {
            TYPE_SETS.putIfAbsent(key.toString(), types);
        }
        return types;
    }

    private static void add(Set<String> all, NodeType type) {
        all.add(type.getName());
        for (NodeType supertype : type.getSupertypes()) {
            all.add(supertype.getName());
        }
    }

    String workspace() {
        return workspace;
    }

    /** {@code ""} for the root node, as {@code @name} shows it. */
    String name() {
        return name;
    }

    String path() {
        return path;
    }

    String identifier() {
        return identifier;
    }

    /** {@code @id}: the identifier of a referenceable node, else its path. */
    String id() {
        return id;
    }

    String primaryType() {
        return primaryType;
    }

    boolean isNodeType(String type) {
        return types.contains(type);
    }

    /** Every type {@link #isNodeType} is true for (a set shared by the nodes of equal types). */
    Set<String> types() {
        return types;
    }

    /** The node's model as {@link NodeModel#of} finds it from the repository. */
    NodeModel model() {
        return model;
    }

    Map<String, StoredProperty> properties() {
        return properties;
    }

    boolean hasChildren() {
        return childPaths != null;
    }

    /** The children's paths in the repository's order; only when read with children. */
    List<String> childPaths() {
        if (childPaths == null) {
            throw new IllegalStateException("read without its children: " + path);
        }
        return childPaths;
    }

    SerializedString jsonName() {
        return jsonName;
    }

    SerializedString jsonPath() {
        return jsonPath;
    }

    SerializedString jsonId() {
        return jsonId;
    }

    SerializedString jsonType() {
        return jsonType;
    }

    /** The properties outside {@code plan}'s model, worked out once per snapshot and plan (a benign race: equal results). */
    PropertyPlan.Rest rest(PropertyPlan plan, boolean all) {
        Rest kept = all ? allRest : localizedRest;
        if (kept != null && kept.plan() == plan) {
            return kept.rest();
        }
        Rest made = new Rest(plan, plan.rest(properties.keySet(), all));
        if (all) {
            allRest = made;
        } else {
            localizedRest = made;
        }
        return made.rest();
    }

    /** Bytes held, roughly (the shared type sets and model definitions not counted). */
    long weight() {
        return weight;
    }
}
