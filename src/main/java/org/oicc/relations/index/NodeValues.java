package org.oicc.relations.index;

import org.oicc.relations.repository.StoredPaths;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the index keeps of a JCR node: one pass over its properties (not one lookup per
 * column), values in their compact form (String, Long, Double, BigDecimal, Boolean, {@link Moment};
 * binaries are not kept), packed into one record per item ({@link PackedWriter}).
 */
final class NodeValues {

    private final IndexSchema schema;
    private final Labels labels;

    NodeValues(IndexSchema schema, Labels labels) {
        this.schema = schema;
        this.labels = labels;
    }

    /** @param path the node's client path ({@link StoredPaths}), which the caller has in hand for the copies too */
    IndexedItem item(Node node, String path) throws RepositoryException {
        long[] richText = {0L};
        Object[] values = values(node, schema.item(), richText);
        List<IndexedEntry> entries = new ArrayList<>();
        for (IndexSchema.SubModel sub : schema.subModels()) {
            if (!node.hasNode(sub.property())) {
                continue;
            }
            Node child = node.getNode(sub.property());
            if (!sub.multiple()) {
                entries.add(new IndexedEntry(sub.position(), null, values(child, sub.columns(), null)));
                continue;
            }
            for (NodeIterator it = child.getNodes(); it.hasNext();) {
                Node entry = it.nextNode();
                entries.add(new IndexedEntry(sub.position(), entry.getName(), values(entry, sub.columns(), null)));
            }
        }
        return IndexedItem.pack(schema, labels, path, values, entries, richText[0]);
    }

    /** @param richText when given, gets the bits of the item's written rich texts (found in the same pass) */
    private Object[] values(Node node, Columns columns, long[] richText) throws RepositoryException {
        Object[] values = new Object[columns.size()];
        RichTextPresence rich = schema.richText();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            int column = columns.position(property.getName());
            if (column < 0) {
                if (richText != null && !rich.isEmpty()) {
                    long bit = rich.bit(property.getName());
                    if (bit != 0L && !property.isMultiple() && RichTextPresence.written(property.getString())) {
                        richText[0] |= bit;
                    }
                }
                continue;
            }
            if (property.isMultiple()) {
                Value[] stored = property.getValues();
                List<Object> kept = new ArrayList<>(stored.length);
                for (Value v : stored) {
                    Object o = compact(v);
                    if (o != null) {
                        kept.add(o);
                    }
                }
                values[column] = kept.isEmpty() ? null : kept.toArray();
            } else {
                values[column] = compact(property.getValue());
            }
        }
        return values;
    }

    private Object compact(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.DATE -> new Moment(value.getDate().getTimeInMillis());
            case PropertyType.BINARY -> null;
            default -> value.getString();
        };
    }
}
