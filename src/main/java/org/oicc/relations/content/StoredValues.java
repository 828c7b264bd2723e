package org.oicc.relations.content;

import org.oicc.relations.definition.ModelDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored node as the input an editor would send for it: every property that is not repository or
 * Magnolia metadata, in JSON-like values, so stored content can be checked by the same validator
 * that guards writes. Nothing is filtered by the definition: an unknown property must show up.
 */
final class StoredValues {

    private StoredValues() {
    }

    static Map<String, Object> of(Node node, ModelDefinition model) throws RepositoryException {
        return of(node, model.properties());
    }

    private static Map<String, Object> of(Node node, List<PropertyDefinition> definitions) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (!MgnlNames.isSystem(p.getName())) {
                values.put(p.getName(), p.isMultiple() ? list(p.getValues()) : value(p.getValue()));
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            String name = child.getName();
            Optional<PropertyDefinition> def = definitions.stream().filter(d -> d.name().equals(name)).findFirst();
            values.put(name, child(child, def.orElse(null)));
        }
        return values;
    }

    /**
     * A multiple submodel's entries are the children of its container node; any other child is
     * passed as a map (submodels do not nest, so entries need no definitions of their own).
     */
    private static Object child(Node child, PropertyDefinition def) throws RepositoryException {
        if (def != null && def.isSubModel() && def.multiple()) {
            List<Object> entries = new ArrayList<>();
            for (NodeIterator it = child.getNodes(); it.hasNext();) {
                entries.add(of(it.nextNode(), List.of()));
            }
            return entries;
        }
        return of(child, List.of());
    }

    private static List<Object> list(Value[] values) throws RepositoryException {
        List<Object> out = new ArrayList<>();
        for (Value v : values) {
            out.add(value(v));
        }
        return out;
    }

    private static Object value(Value v) throws RepositoryException {
        return switch (v.getType()) {
            case PropertyType.BOOLEAN -> v.getBoolean();
            case PropertyType.LONG -> v.getLong();
            case PropertyType.DOUBLE -> v.getDouble();
            case PropertyType.DECIMAL -> v.getDecimal();
            // ISO-8601 text is what the validator accepts for a Date, as from a JSON body
            default -> v.getString();
        };
    }
}
