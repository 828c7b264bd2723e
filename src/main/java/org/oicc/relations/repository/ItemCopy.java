package org.oicc.relations.repository;

import org.apache.jackrabbit.util.ISO8601;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A node's tree as {@link BootstrapImporter} would read it back from the node's {@link BootstrapExporter}
 * document, taken without writing and parsing the YAML: what a publication inside one process (author
 * and public repository side by side, {@code import --publish}) hands from one repository to the other.
 * The YAML round trip was a fifth of the public side's work in an import; the import that follows
 * (checks, stamps, system view) is the same, so both ways give the same public nodes.
 *
 * <p>Every value is in the string form the YAML reader gives back for what the exporter writes:
 * the same order (primary type, mixins, identifier of referenceable nodes, properties by name,
 * children in order), the same protected properties left out, an empty multi-value property as an
 * empty String array. {@code ItemCopyTest} compares the two, type by type.
 */
public final class ItemCopy {

    private final BootstrapNode root;

    private ItemCopy(BootstrapNode root) {
        this.root = root;
    }

    /**
     * @param descendInto which child nodes to include, as for {@link BootstrapExporter#BootstrapExporter(Predicate, Set)}
     * @param omittedMixins mixins left out, as there
     */
    public static ItemCopy of(Node node, Predicate<Node> descendInto, Set<String> omittedMixins) throws RepositoryException {
        return new ItemCopy(node(node, descendInto, Set.copyOf(omittedMixins)));
    }

    /** The item's name, the root key of its document. */
    public String name() {
        return root.name();
    }

    BootstrapNode root() {
        return root;
    }

    private static BootstrapNode node(Node node, Predicate<Node> descendInto, Set<String> omittedMixins) throws RepositoryException {
        List<String> mixins = new ArrayList<>();
        for (NodeType mixin : node.getMixinNodeTypes()) {
            if (!omittedMixins.contains(mixin.getName())) {
                mixins.add(mixin.getName());
            }
        }
        String uuid = node.isNodeType("mix:referenceable") ? node.getIdentifier() : null;
        List<Property> sorted = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (!p.getName().startsWith("jcr:") || !p.getDefinition().isProtected()) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparing(ItemCopy::nameOf));
        List<BootstrapProperty> properties = new ArrayList<>(sorted.size());
        for (Property p : sorted) {
            properties.add(property(p));
        }
        List<BootstrapNode> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (descendInto.test(child)) {
                children.add(node(child, descendInto, omittedMixins));
            }
        }
        return new BootstrapNode(node.getName(), node.getPrimaryNodeType().getName(), List.copyOf(mixins), uuid,
                List.copyOf(properties), List.copyOf(children), 0);
    }

    private static BootstrapProperty property(Property p) throws RepositoryException {
        if (!p.isMultiple()) {
            Value v = p.getValue();
            return new BootstrapProperty(p.getName(), v.getType(), false, List.of(text(v)), 0);
        }
        Value[] values = p.getValues();
        if (values.length == 0) {
            // the exporter writes [] and the reader has no type for it but String
            return new BootstrapProperty(p.getName(), PropertyType.STRING, true, List.of(), 0);
        }
        List<String> texts = new ArrayList<>(values.length);
        for (Value v : values) {
            texts.add(text(v));
        }
        return new BootstrapProperty(p.getName(), values[0].getType(), true, List.copyOf(texts), 0);
    }

    /** The value's string as the reader normalizes what the exporter wrote for it. */
    private static String text(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.DOUBLE -> Double.toString(value.getDouble());
            case PropertyType.DATE -> ISO8601.format(value.getDate());
            case PropertyType.DECIMAL -> value.getDecimal().toString();
            case PropertyType.BINARY -> base64(value);
            default -> value.getString();
        };
    }

    private static String base64(Value value) throws RepositoryException {
        try (InputStream in = value.getBinary().getStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new RepositoryException("cannot read binary value", e);
        }
    }

    private static String nameOf(Property p) {
        try {
            return p.getName();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
