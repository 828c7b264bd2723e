package org.oicc.relations.delivery.node;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bytes of one {@link NodeSnapshot} in a {@link DiskCopies} store, and back: everything the
 * snapshot holds but its model (found again from the path and its distance to the item) and its
 * workspace (the store's map). Names that repeat on every node (property names, node types, type
 * sets) are numbers into a dictionary of this process; the store is rebuilt at every start, so the
 * numbers never outlive it.
 *
 * <p>Layout: distance to the item, flags (referenceable, has children), name, identifier, primary
 * type, type set, the properties (name, flags, values), the children (a name below the node's path,
 * or a whole path when the layout says otherwise). Lengths and numbers are unsigned varints, texts
 * UTF-8.
 */
final class CopyCodec {

    private static final int REFERENCEABLE = 1;
    private static final int CHILDREN = 2;

    private static final int BINARY = 1;
    private static final int STRING = 2;
    private static final int MULTIPLE = 4;
    private static final int BLANK = 8;

    /** Beyond this many names a new one is written out in full each time (free-form names must not grow the heap). */
    private static final int MAX_NAMES = 4096;

    private final Map<String, Integer> nameIds = new ConcurrentHashMap<>();
    private final List<String> names = new CopyOnWriteArrayList<>();
    private final Map<Set<String>, Integer> typeSetIds = new ConcurrentHashMap<>();
    private final List<Set<String>> typeSets = new CopyOnWriteArrayList<>();

    /** What {@link #decode} gives back beside the snapshot. */
    record Decoded(NodeSnapshot node, int levels) {
    }

    byte[] encode(NodeSnapshot node, int levels) {
        Out out = new Out();
        out.number(levels);
        out.number((node.id().equals(node.identifier()) ? REFERENCEABLE : 0) | (node.hasChildren() ? CHILDREN : 0));
        out.text(node.name());
        out.text(node.identifier());
        name(out, node.primaryType());
        out.number(typeSet(node.types()));
        Map<String, StoredProperty> properties = node.properties();
        out.number(properties.size());
        for (Map.Entry<String, StoredProperty> e : properties.entrySet()) {
            StoredProperty p = e.getValue();
            name(out, e.getKey());
            out.number((p.binary() ? BINARY : 0) | (p.string() ? STRING : 0) | (p.multiple() ? MULTIPLE : 0)
                    | (p.blank() ? BLANK : 0));
            out.number(p.size());
            for (int i = 0; i < p.size(); i++) {
                out.text(p.text(i));
            }
        }
        if (node.hasChildren()) {
            List<String> children = node.childPaths();
            String prefix = "/".equals(node.path()) ? "/" : node.path() + "/";
            out.number(children.size());
            for (String child : children) {
                boolean below = child.startsWith(prefix) && child.indexOf('/', prefix.length()) < 0;
                out.number(below ? 0 : 1);
                out.text(below ? child.substring(prefix.length()) : child);
            }
        }
        return out.bytes();
    }

    /** Only the distance to the item, without decoding the rest. */
    static int levels(byte[] bytes) {
        return new In(bytes).number();
    }

    /** @param modelOf the node's model from its path and its distance to the item */
    Decoded decode(String workspace, String path, byte[] bytes, ModelOf modelOf) {
        In in = new In(bytes);
        int levels = in.number();
        int flags = in.number();
        String name = in.text();
        String identifier = in.text();
        String primaryType = name(in);
        Set<String> types = typeSets.get(in.number());
        int count = in.number();
        Map<String, StoredProperty> properties = new HashMap<>(Math.max(4, count * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
            String property = name(in);
            int pf = in.number();
            String[] texts = new String[in.number()];
            for (int j = 0; j < texts.length; j++) {
                texts[j] = in.text();
            }
            properties.put(property, StoredProperty.of((pf & BINARY) != 0, (pf & STRING) != 0, (pf & MULTIPLE) != 0,
                    (pf & BLANK) != 0, texts));
        }
        List<String> children = null;
        if ((flags & CHILDREN) != 0) {
            String prefix = "/".equals(path) ? "/" : path + "/";
            int size = in.number();
            List<String> paths = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                boolean below = in.number() == 0;
                String text = in.text();
                paths.add(below ? prefix + text : text);
            }
            children = List.copyOf(paths);
        }
        String id = (flags & REFERENCEABLE) != 0 ? identifier : path;
        return new Decoded(NodeSnapshot.of(workspace, name, path, identifier, id, primaryType, types,
                modelOf.model(workspace, path, levels), properties, children), levels);
    }

    /** The model of the node at {@code path}, {@code levels} below its item. */
    interface ModelOf {
        NodeModel model(String workspace, String path, int levels);
    }

    private void name(Out out, String name) {
        Integer id = nameIds.get(name);
        if (id == null && names.size() < MAX_NAMES) {
            synchronized (this) {
                id = nameIds.get(name);
                if (id == null) {
                    names.add(name);
                    id = names.size() - 1;
                    nameIds.put(name, id);
                }
            }
        }
        if (id == null) {
            out.number(0);
            out.text(name);
        } else {
            out.number(id + 1);
        }
    }

    private String name(In in) {
        int id = in.number();
        return id == 0 ? in.text() : names.get(id - 1);
    }

    /** Type sets are few (a handful per repository) and immutable: all are kept. */
    private int typeSet(Set<String> types) {
        Integer id = typeSetIds.get(types);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = typeSetIds.get(types);
            if (id == null) {
                typeSets.add(types);
                id = typeSets.size() - 1;
                typeSetIds.put(types, id);
            }
            return id;
        }
    }

    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

        void number(int n) {
            int v = n;
            while ((v & ~0x7f) != 0) {
                bytes.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            bytes.write(v);
        }

        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            bytes.write(utf8, 0, utf8.length);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int n = 0;
            int shift = 0;
            while (true) {
                int b = bytes[at++];
                n |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return n;
                }
                shift += 7;
            }
        }

        String text() {
            int length = number();
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
    }
}
