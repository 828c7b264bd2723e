package org.oicc.relations.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep line numbers and
 * tags. A tree of Jackson's own loses both, and Magnolia's tags ({@code !content-type:},
 * {@code !include:}, {@code !inherit:}) must survive for the loader to interpret them.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /** @throws DefinitionException for malformed YAML or a duplicate key, naming file and line */
    static YamlNode read(InputStream in, String file) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, new Location(file, 1), null);
            }
            return readValue((YAMLParser) parser, file);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            throw new DefinitionException(List.of(new DefinitionProblem(new Location(file, line),
                    "malformed YAML: " + e.getOriginalMessage())));
        }
    }

    private static YamlNode readValue(YAMLParser p, String file) throws IOException {
        Location at = new Location(file, p.currentTokenLocation().getLineNr());
        String tag = p.getTypeId();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = new Location(file, p.currentTokenLocation().getLineNr());
                    if (entries.containsKey(key)) {
                        throw new DefinitionException(List.of(new DefinitionProblem(keyAt,
                                "duplicate key '" + key + "' (first at line " + keys.get(key).line() + ")")));
                    }
                    p.nextToken();
                    keys.put(key, keyAt);
                    entries.put(key, readValue(p, file));
                }
                return new YamlNode.Mapping(entries, keys, at, tag);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file));
                }
                return new YamlNode.Sequence(items, at, tag);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, at, tag);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOLEAN, at, tag);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.INTEGER, at, tag);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.FLOAT, at, tag);
            default:
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, at, tag);
        }
    }
}
