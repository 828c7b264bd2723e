package org.oicc.relations.index;

import org.oicc.relations.content.I18nValues;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * INTERIM (branch pages): answers {@link ItemIndex} by querying the repository and sorting what
 * matches, so pages and the relations view can be built against the contract before the real index
 * lands. It costs O(matches), not O(page): replaced by the index branch's implementation.
 */
public final class ScanningItemIndex implements ItemIndex {

    private final SessionProvider sessions;
    private final Side side;

    public ScanningItemIndex(SessionProvider sessions, Side side) {
        this.sessions = sessions;
        this.side = side;
    }

    @Override
    public IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit) {
        Session session = null;
        try {
            session = sessions.login(side, workspace);
            List<Node> items = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
                Node n = it.nextNode();
                if (!n.getName().startsWith("jcr:") && !n.getName().startsWith("rep:") && !n.isNodeType("mgnl:folder")) {
                    items.add(n);
                }
            }
            List<String[]> keyed = new ArrayList<>();
            for (Node n : items) {
                keyed.add(new String[] {key(n, order), n.getPath()});
            }
            Comparator<String[]> byKey = Comparator.comparing((String[] k) -> k[0], Comparator.nullsLast(
                    order.descending() ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder()));
            keyed.sort(byKey.thenComparing(k -> k[1]));
            return page(keyed.stream().map(k -> k[1]).toList(), offset, limit);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list " + workspace, e);
        } finally {
            if (session != null) {
                session.logout();
            }
        }
    }

    private static String key(Node n, SortOrder order) throws RepositoryException {
        if (SortOrder.NAME.equals(order.property())) {
            return n.getName();
        }
        Optional<Property> p = I18nValues.localized(n, order.property(), order.language());
        if (p.isEmpty()) {
            return null;
        }
        if (p.get().getType() == javax.jcr.PropertyType.LONG) {
            return String.format("%020d", p.get().getLong() + Long.MIN_VALUE / -2);
        }
        return p.get().getString();
    }

    @Override
    public IndexPage entries(String workspace, String subModelProperty, String referenceProperty, String targetId,
            String orderProperty, int offset, int limit) {
        Session session = null;
        try {
            session = sessions.login(side, workspace);
            Query q = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [nt:base] AS e WHERE e.[" + referenceProperty.replace("]", "") + "] = $id", Query.JCR_SQL2);
            q.bindValue("id", session.getValueFactory().createValue(targetId));
            record Hit(long position, String path) {
            }
            List<Hit> hits = new ArrayList<>();
            for (NodeIterator it = q.execute().getNodes(); it.hasNext();) {
                Node e = it.nextNode();
                if (e.getDepth() >= 2 && (e.getParent().getName().equals(subModelProperty) || e.getName().equals(subModelProperty))) {
                    long position = e.hasProperty(orderProperty) ? e.getProperty(orderProperty).getLong() : Long.MAX_VALUE;
                    hits.add(new Hit(position, e.getPath()));
                }
            }
            hits.sort(Comparator.comparingLong(Hit::position).thenComparing(Hit::path));
            return page(hits.stream().map(Hit::path).toList(), offset, limit);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot look up entries in " + workspace, e);
        } finally {
            if (session != null) {
                session.logout();
            }
        }
    }

    private static IndexPage page(List<String> all, int offset, int limit) {
        int from = (int) Math.min(all.size(), Math.max(0, (long) offset));
        int to = (int) Math.min(all.size(), (long) from + limit);
        return new IndexPage(all.subList(from, to), all.size());
    }
}
