package org.oicc.relations.delivery.relations;

import org.oicc.relations.definition.ContentTypeDefinition;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a relations view shows, with one query per workspace: the categories, the aims, and
 * the organizations whose relationship entries are then grouped by the category they reference.
 * References are resolved against what was read, never by a further lookup per entry.
 */
final class RelationsReader {

    /** One line of a category: an organization in a role. */
    record Entry(Node organization, Node relationship, long position) {
    }

    /** Everything an answer needs, in page order; aims by identifier for the entries. */
    record Relations(List<Node> categories, Map<String, List<Entry>> entriesByCategory, List<Node> aims,
            Map<String, Node> aimsById) {
    }

    private final RelationsModel model;

    RelationsReader(RelationsModel model) {
        this.model = model;
    }

    /** The sessions are the caller's; the nodes returned are read through them. */
    Relations read(Session organizations, Session categories, Session aims) throws RepositoryException {
        List<Node> cats = items(categories, model.categories());
        List<Node> aimList = items(aims, model.aims());
        Map<String, Node> aimsById = new HashMap<>();
        for (Node aim : aimList) {
            aimsById.put(aim.getIdentifier(), aim);
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (Node cat : cats) {
            entries.put(cat.getIdentifier(), new ArrayList<>());
        }
        for (Node org : items(organizations, model.organizations())) {
            for (Node relationship : relationships(org)) {
                String category = relationship.hasProperty(model.view().categoryProperty())
                        ? relationship.getProperty(model.view().categoryProperty()).getString() : null;
                List<Entry> list = category == null ? null : entries.get(category);
                if (list != null) { // an entry whose category is gone has no place on the page
                    list.add(new Entry(org, relationship, position(relationship)));
                }
            }
        }
        Comparator<Entry> order = Comparator.comparingLong(Entry::position)
                .thenComparing(e -> path(e.relationship()));
        entries.values().forEach(list -> list.sort(order));
        return new Relations(cats, entries, aimList, aimsById);
    }

    /** The items of a content type below its root, in page order (the view's {@code orderBy}, then path). */
    private List<Node> items(Session session, ContentTypeDefinition type) throws RepositoryException {
        String root = type.datasource().rootPath();
        // Only definition values, checked by the loader, are written into the statement.
        String sql = "SELECT * FROM [" + type.nodeType() + "] AS n"
                + ("/".equals(root) ? "" : " WHERE ISDESCENDANTNODE(n, [" + root + "])");
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        List<Node> items = new ArrayList<>();
        for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
            items.add(it.nextNode());
        }
        items.sort(Comparator.comparingLong(this::position).thenComparing(RelationsReader::path));
        return items;
    }

    /** A multiple submodel is a container node of entries; a single one is the entry itself. */
    private List<Node> relationships(Node org) throws RepositoryException {
        if (!org.hasNode(model.view().relationshipsProperty())) {
            return List.of();
        }
        Node container = org.getNode(model.view().relationshipsProperty());
        boolean multiple = model.organizations().model().property(model.view().relationshipsProperty())
                .map(p -> p.multiple()).orElse(true);
        if (!multiple) {
            return List.of(container);
        }
        List<Node> list = new ArrayList<>();
        for (NodeIterator it = container.getNodes(); it.hasNext();) {
            list.add(it.nextNode());
        }
        return list;
    }

    /** Unpositioned items go last; without an {@code orderBy} every item is, so path order remains. */
    private long position(Node node) {
        String orderBy = model.view().orderBy();
        try {
            if (orderBy != null && node.hasProperty(orderBy)) {
                Value v = node.getProperty(orderBy).getValue();
                return v.getLong();
            }
            return Long.MAX_VALUE;
        } catch (RepositoryException | NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String path(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            throw new IllegalStateException("node path unreadable", e);
        }
    }
}
