package org.oicc.relations.delivery.relations;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.MgnlNames;

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
 * Reads what a relations view shows: the categories and the aims with one query each (a handful of
 * items), and each category's entries one page at a time from the {@link ItemIndex} — the entries
 * whose category reference is that category, in page order — so an answer reads the entries it
 * writes and no others, however many organizations there are. Aims are resolved against what was
 * read, never by a further lookup per entry.
 */
final class RelationsReader {

    /** One line of a category: an organization in a role. */
    record Entry(Node organization, Node relationship) {
    }

    /** One page of a category's entries and how many it has in all. */
    record Entries(List<Entry> entries, long total, int offset, int limit) {

        boolean complete() {
            return offset == 0 && entries.size() == total;
        }
    }

    /** Everything an answer needs, in page order; aims by identifier for the entries. */
    record Relations(List<Node> categories, Map<String, Entries> entriesByCategory, List<Node> aims,
            Map<String, Node> aimsById) {
    }

    private final RelationsModel model;
    private final ItemIndex index;

    RelationsReader(RelationsModel model, ItemIndex index) {
        this.model = model;
        this.index = index;
    }

    /**
     * The sessions are the caller's; the nodes returned are read through them.
     *
     * @param category the one category to answer (its node name), or null for all of them
     * @return empty categories when the named one does not exist
     */
    Relations read(Session organizations, Session categories, Session aims, String category, int offset, int limit)
            throws RepositoryException {
        List<Node> cats = items(categories, model.categories());
        if (category != null) {
            cats = cats.stream().filter(c -> name(c).equals(category)).toList();
        }
        List<Node> aimList = items(aims, model.aims());
        Map<String, Node> aimsById = new HashMap<>();
        for (Node aim : aimList) {
            aimsById.put(aim.getIdentifier(), aim);
        }
        Map<String, Entries> entries = new LinkedHashMap<>();
        for (Node cat : cats) {
            entries.put(cat.getIdentifier(), entries(organizations, cat.getIdentifier(), offset, limit));
        }
        return new Relations(cats, entries, aimList, aimsById);
    }

    private Entries entries(Session organizations, String categoryId, int offset, int limit) throws RepositoryException {
        // without an orderBy (null) no entry has a position: all tie, and the index orders them by path
        IndexPage page = index.entries(model.organizations().workspace(), model.view().relationshipsProperty(),
                model.view().categoryProperty(), categoryId, model.view().orderBy(), offset, limit);
        List<Entry> list = new ArrayList<>(page.paths().size());
        for (String path : page.paths()) {
            String stored = StoredPaths.of(organizations).stored(path);
            if (organizations.nodeExists(stored)) { // removed since the index saw it
                Node relationship = organizations.getNode(stored);
                list.add(new Entry(holder(relationship), relationship));
            }
        }
        return new Entries(list, page.total(), offset, limit);
    }

    /** The organization an entry belongs to: the first ancestor that is not a submodel node. */
    private static Node holder(Node entry) throws RepositoryException {
        Node n = entry;
        StoredPaths layout = StoredPaths.of(entry);
        while (layout.clientDepth(n) > 1 && n.isNodeType(MgnlNames.CONTENT_NODE)) {
            n = n.getParent();
        }
        return n;
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
            return StoredPaths.of(node).client(node);
        } catch (RepositoryException e) {
            throw new IllegalStateException("node path unreadable", e);
        }
    }

    private static String name(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            throw new IllegalStateException("node name unreadable", e);
        }
    }
}
