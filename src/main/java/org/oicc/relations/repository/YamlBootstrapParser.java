package org.oicc.relations.repository;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a bootstrap file into a {@link BootstrapNode} tree, checking everything that can be
 * checked without a repository. SnakeYAML's node API (not its object constructor) is used so
 * that every error can name its line and quoted scalars can be told from plain ones.
 */
final class YamlBootstrapParser {

    static final String PRIMARY_TYPE = "jcr:primaryType";
    static final String MIXIN_TYPES = "jcr:mixinTypes";
    static final String UUID = "jcr:uuid";

    private final String file;
    private final YamlValueParser values;

    YamlBootstrapParser(String file) {
        this.file = file;
        this.values = new YamlValueParser(file);
    }

    /** @param expectedName the root key the file name demands, or null when any single name will do */
    BootstrapNode parse(byte[] content, String expectedName) throws BootstrapException {
        Node root = compose(content);
        if (!(root instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            throw new BootstrapException(file, root == null ? 1 : YamlValueParser.line(root),
                    "a bootstrap file must be a mapping with exactly one key, the node name"
                            + (expectedName == null ? "" : " '" + expectedName + "'"));
        }
        NodeTuple top = mapping.getValue().get(0);
        String name = key(top);
        if (expectedName != null && !name.equals(expectedName)) {
            throw new BootstrapException(file, YamlValueParser.line(top.getKeyNode()), "root key '" + name
                    + "' must equal the last name segment of the file name, '" + expectedName + "'");
        }
        return node(name, top.getValueNode(), YamlValueParser.line(top.getKeyNode()));
    }

    private Node compose(byte[] content) throws BootstrapException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        // A bootstrap file is UTF-8; malformed bytes are an error, not silently replaced characters.
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new BootstrapException(file, line, "invalid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new BootstrapException(file, 1, "invalid YAML: " + e.getMessage(), e);
        }
    }

    private BootstrapNode node(String name, Node value, int line) throws BootstrapException {
        if (!(value instanceof MappingNode mapping)) {
            throw new BootstrapException(file, YamlValueParser.line(value), "node '" + name
                    + "' must be a mapping (properties and child nodes), not a " + kind(value));
        }
        if (mapping.isMerged() || !mapping.getTag().getValue().equals("tag:yaml.org,2002:map")) {
            throw new BootstrapException(file, YamlValueParser.line(value), "unknown tag "
                    + mapping.getTag().getValue() + " on node '" + name + "'");
        }
        String primaryType = MgnlNames.CONTENT_NODE;
        List<String> mixins = List.of();
        String uuid = null;
        List<BootstrapProperty> properties = new ArrayList<>();
        List<BootstrapNode> children = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple);
            int keyLine = YamlValueParser.line(tuple.getKeyNode());
            if (!seen.add(key)) {
                throw new BootstrapException(file, keyLine, "duplicate key '" + key + "'");
            }
            Node v = tuple.getValueNode();
            switch (key) {
                case PRIMARY_TYPE -> primaryType = nameValue(key, v);
                case MIXIN_TYPES -> mixins = mixins(v);
                case UUID -> uuid = nameValue(key, v);
                default -> {
                    if (v instanceof MappingNode) {
                        children.add(node(key, v, keyLine));
                    } else {
                        BootstrapProperty p = values.property(key, v, keyLine);
                        if (p != null) {
                            properties.add(p);
                        }
                    }
                }
            }
        }
        return new BootstrapNode(name, primaryType, mixins, uuid, List.copyOf(properties), List.copyOf(children), line);
    }

    private String nameValue(String key, Node v) throws BootstrapException {
        if (!(v instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw new BootstrapException(file, YamlValueParser.line(v), "'" + key + "' must be a non-empty scalar");
        }
        return s.getValue();
    }

    private List<String> mixins(Node v) throws BootstrapException {
        if (v instanceof ScalarNode) {
            return List.of(nameValue(MIXIN_TYPES, v));
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new BootstrapException(file, YamlValueParser.line(v), "'jcr:mixinTypes' must be a sequence of names");
        }
        List<String> names = new ArrayList<>();
        for (Node element : seq.getValue()) {
            names.add(nameValue(MIXIN_TYPES, element));
        }
        return List.copyOf(names);
    }

    private String key(NodeTuple tuple) throws BootstrapException {
        if (!(tuple.getKeyNode() instanceof ScalarNode s) || s.getValue().isEmpty()) {
            throw new BootstrapException(file, YamlValueParser.line(tuple.getKeyNode()), "keys must be non-empty scalars");
        }
        String key = s.getValue();
        if (key.contains("/") || key.contains("[") || key.contains("]") || key.contains("|") || key.contains("*")
                || key.equals(".") || key.equals("..") || !key.strip().equals(key)) {
            throw new BootstrapException(file, YamlValueParser.line(s), "invalid JCR name '" + key + "'");
        }
        return key;
    }

    private static String kind(Node node) {
        return node instanceof ScalarNode ? "scalar" : node instanceof SequenceNode ? "sequence" : "mapping";
    }
}
