package org.oicc.relations.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;

import org.apache.jackrabbit.util.ISO8601;

/**
 * Exports a node and all its descendants in the YAML bootstrap format that
 * {@link BootstrapImporter} imports, so export then import reproduces the tree exactly.
 *
 * <p>Order: {@code jcr:primaryType}, {@code jcr:mixinTypes}, {@code jcr:uuid}, the other properties
 * by name, then child nodes in document order. Protected {@code jcr:*} properties (jcr:created,
 * ...) are left out: the repository sets them. Strings are single-quoted; a string that holds a
 * line break or another character YAML would fold or reject is double-quoted with escapes, the
 * only quoting in which such characters survive. Dates are plain ISO-8601 with millis and offset;
 * Long, Double and Boolean are plain; other types carry a local tag ({@code !decimal}, ...).
 * An empty multi-value property is written {@code []} and reads back as an empty String array.
 */
public final class BootstrapExporter {

    private static final String INDENT = "  ";

    private final Predicate<Node> descendInto;
    private final Set<String> omittedMixins;

    /** Exports whole trees, as {@code export} and bootstrap files need. */
    public BootstrapExporter() {
        this(child -> true, Set.of());
    }

    /**
     * @param descendInto which child nodes to include (with their own descendants, subject to the same test)
     * @param omittedMixins mixins that belong to where the node is, not to what it is (publication
     *                      leaves {@code mix:versionable} on the author side)
     */
    public BootstrapExporter(Predicate<Node> descendInto, Set<String> omittedMixins) {
        this.descendInto = descendInto;
        this.omittedMixins = Set.copyOf(omittedMixins);
    }

    /** Writes {@code node} as a bootstrap document; the caller closes the writer. */
    public void write(Node node, Writer out) throws RepositoryException, IOException {
        node(node, out, "");
        out.flush();
    }

    private void node(Node node, Writer out, String indent) throws RepositoryException, IOException {
        out.write(indent + key(node.getName()) + ":\n");
        String inner = indent + INDENT;
        out.write(inner + key("jcr:primaryType") + ": " + single(node.getPrimaryNodeType().getName()) + "\n");
        List<String> mixins = new ArrayList<>();
        for (NodeType mixin : node.getMixinNodeTypes()) {
            if (!omittedMixins.contains(mixin.getName())) {
                mixins.add(mixin.getName());
            }
        }
        if (!mixins.isEmpty()) {
            out.write(inner + key("jcr:mixinTypes") + ":\n");
            for (String mixin : mixins) {
                out.write(inner + "- " + single(mixin) + "\n");
            }
        }
        if (node.isNodeType("mix:referenceable")) {
            out.write(inner + key("jcr:uuid") + ": " + single(node.getIdentifier()) + "\n");
        }
        for (Property property : sortedProperties(node)) {
            property(property, out, inner);
        }
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (descendInto.test(child)) {
                node(child, out, inner);
            }
        }
    }

    private static List<Property> sortedProperties(Node node) throws RepositoryException {
        List<Property> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (!p.getName().startsWith("jcr:") || !p.getDefinition().isProtected()) {
                properties.add(p);
            }
        }
        properties.sort(Comparator.comparing(BootstrapExporter::name));
        return properties;
    }

    private void property(Property property, Writer out, String indent) throws RepositoryException, IOException {
        String key = indent + key(property.getName()) + ":";
        if (!property.isMultiple()) {
            out.write(key + " " + value(property.getValue()) + "\n");
            return;
        }
        Value[] values = property.getValues();
        if (values.length == 0) {
            out.write(key + " []\n");
            return;
        }
        out.write(key + "\n");
        for (Value v : values) {
            out.write(indent + "- " + value(v) + "\n");
        }
    }

    private static String value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.STRING -> quoted(value.getString());
            case PropertyType.LONG, PropertyType.BOOLEAN -> value.getString();
            case PropertyType.DOUBLE -> doubleText(value.getDouble());
            case PropertyType.DATE -> ISO8601.format(value.getDate());
            case PropertyType.BINARY -> "!binary " + single(base64(value));
            default -> "!" + PropertyType.nameFromValue(value.getType()).toLowerCase() + " " + quoted(value.getString());
        };
    }

    private static String doubleText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(d); // always has a '.' or an exponent, so it reads back as a Double
    }

    private static String base64(Value value) throws RepositoryException {
        try (InputStream in = value.getBinary().getStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new RepositoryException("cannot read binary value", e);
        }
    }

    private static String key(String name) {
        return quoted(name);
    }

    /** Single quotes when they keep the text intact, else double quotes with escapes. */
    static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || c == '\ufeff' || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c)
                            && !validSurrogatePair(text, i)) {
                return doubleQuoted(text);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return single(text);
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String single(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff' || c == '\ufffe' || c == '\uffff'
                            || Character.isSurrogate(c) && !validSurrogatePair(text, i)
                                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String name(Property p) {
        try {
            return p.getName();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
