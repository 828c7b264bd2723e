package org.oicc.relations.content;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a node through its definition. Only declared properties are read, so a stray property
 * (a Magnolia-internal one, or one left by an older definition) never leaks into delivery.
 */
final class ItemReader {

    private final ContentTypeDefinition type;
    private final ContentLocales locales;

    ItemReader(ContentTypeDefinition type, ContentLocales locales) {
        this.type = type;
        this.locales = locales;
    }

    Item read(Node node) throws RepositoryException {
        return new Item(node.getName(), StoredPaths.of(node).client(node), node.getIdentifier(), node.getPrimaryNodeType().getName(),
                date(node, MgnlNames.CREATED), string(node, MgnlNames.CREATED_BY),
                date(node, MgnlNames.LAST_MODIFIED), string(node, MgnlNames.LAST_MODIFIED_BY),
                properties(node, type.model().properties()));
    }

    private Map<String, Object> properties(Node node, List<PropertyDefinition> defs) throws RepositoryException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PropertyDefinition def : defs) {
            List<String> names = new ArrayList<>();
            names.add(def.name());
            if (def.i18n()) {
                locales.translations().forEach(l -> names.add(locales.propertyName(def.name(), l)));
            }
            for (String name : names) {
                Object value = def.type() instanceof PropertyType.SubModel sub
                        ? subModel(node, name, def, sub)
                        : property(node, name, def);
                if (value != null) {
                    out.put(name, value);
                }
            }
        }
        return out;
    }

    private Object subModel(Node node, String name, PropertyDefinition def, PropertyType.SubModel sub)
            throws RepositoryException {
        if (!node.hasNode(name)) {
            return null;
        }
        SubModelDefinition model = type.model().subModel(sub.name()).orElseThrow();
        Node child = node.getNode(name);
        if (!def.multiple()) {
            return Collections.unmodifiableMap(properties(child, model.properties()));
        }
        List<Object> entries = new ArrayList<>();
        for (NodeIterator it = child.getNodes(); it.hasNext(); ) {
            entries.add(Collections.unmodifiableMap(properties(it.nextNode(), model.properties())));
        }
        return Collections.unmodifiableList(entries);
    }

    private static Object property(Node node, String name, PropertyDefinition def) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return null;
        }
        Property p = node.getProperty(name);
        ValueKind kind = def.type() instanceof PropertyType.Scalar s ? s.kind() : ValueKind.STRING;
        if (p.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value v : p.getValues()) {
                values.add(typed(v, kind));
            }
            return def.multiple() ? Collections.unmodifiableList(values) : values.isEmpty() ? null : values.get(0);
        }
        Object v = typed(p.getValue(), kind);
        return def.multiple() ? List.of(v) : v;
    }

    private static Object typed(Value v, ValueKind kind) throws RepositoryException {
        return switch (kind) {
            case STRING, RICH_TEXT, ASSET -> v.getString();
            case BOOLEAN -> v.getBoolean();
            case LONG -> v.getLong();
            case DOUBLE -> v.getDouble();
            case DECIMAL -> v.getDecimal();
            case DATE -> toOffsetDateTime(v.getDate());
        };
    }

    private static OffsetDateTime date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? toOffsetDateTime(node.getProperty(name).getDate()) : null;
    }

    private static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    static OffsetDateTime toOffsetDateTime(Calendar c) {
        return OffsetDateTime.ofInstant(c.toInstant(), c.getTimeZone().toZoneId());
    }
}
