package org.oicc.relations.content;

import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import java.math.BigDecimal;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * Applies a checked plan to a node in the transient space; the caller saves or discards.
 * Submodel child nodes are replaced whole: entries have no identity an editor could address,
 * only an order, so rewriting them is the simplest way to keep {@code 0, 1, ...} dense.
 */
final class NodeWriter {

    static final String ENTRY_TYPE = MgnlNames.CONTENT_NODE;

    private NodeWriter() {
    }

    static void write(Node node, Map<String, PlannedValue> plan) throws RepositoryException {
        ValueFactory factory = node.getSession().getValueFactory();
        for (Map.Entry<String, PlannedValue> e : plan.entrySet()) {
            String name = e.getKey();
            // Java 17: no pattern matching for switch yet
            PlannedValue planned = e.getValue();
            if (planned instanceof PlannedValue.Single s) {
                removeIf(node, name, true);
                node.setProperty(name, value(factory, s.value()));
            } else if (planned instanceof PlannedValue.Multi m) {
                removeIf(node, name, false);
                node.setProperty(name, values(factory, m.values()));
            } else if (planned instanceof PlannedValue.Entries entries) {
                writeEntries(node, name, entries);
            } else {
                remove(node, name);
            }
        }
    }

    private static void writeEntries(Node node, String name, PlannedValue.Entries entries) throws RepositoryException {
        remove(node, name);
        Node child = node.addNode(name, ENTRY_TYPE);
        if (!entries.multiple()) {
            write(child, entries.entries().get(0));
            return;
        }
        List<Map<String, PlannedValue>> list = entries.entries();
        for (int i = 0; i < list.size(); i++) {
            write(child.addNode(String.valueOf(i), ENTRY_TYPE), list.get(i));
        }
    }

    private static void remove(Node node, String name) throws RepositoryException {
        if (node.hasProperty(name)) {
            node.getProperty(name).remove();
        }
        if (node.hasNode(name)) {
            node.getNode(name).remove();
        }
    }

    /** A property changing between single and multiple must be removed first, or JCR refuses the set. */
    private static void removeIf(Node node, String name, boolean wasMultiple) throws RepositoryException {
        if (node.hasProperty(name) && node.getProperty(name).isMultiple() == wasMultiple) {
            node.getProperty(name).remove();
        }
    }

    private static Value[] values(ValueFactory factory, List<Object> values) {
        Value[] out = new Value[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(factory, values.get(i));
        }
        return out;
    }

    private static Value value(ValueFactory factory, Object v) {
        if (v instanceof String s) {
            return factory.createValue(s);
        } else if (v instanceof Boolean b) {
            return factory.createValue(b);
        } else if (v instanceof Long l) {
            return factory.createValue(l);
        } else if (v instanceof Double d) {
            return factory.createValue(d);
        } else if (v instanceof BigDecimal d) {
            return factory.createValue(d);
        } else if (v instanceof Calendar c) {
            return factory.createValue(c);
        }
        throw new IllegalStateException("not a planned value: " + v.getClass());
    }
}
