package org.oicc.relations.content;

import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.StoredPaths;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Keeps positions unique within a category on an ordinary save. The rule: an entry keeps the
 * position it had already stored on this item; an entry whose position is new to this item and
 * free in its category keeps it too; an entry without a position, or with one that another entry
 * of the category already holds (in another item, or earlier in this one), <b>goes last</b>: it gets
 * the category's highest position plus {@link OrderedEntries#GAP}. Nothing else moves, so a save
 * writes only its own item.
 *
 * <p>Runs under the write lock, before the save; the queries see only saved content, so this
 * item's own stored entries are skipped and its unsaved ones are counted here.
 */
final class EntryPositions {

    private final OrderedEntries entries;
    /** Set once the index that keeps the entries in order is up (the standalone's drafts side). */
    private volatile KeptPositions kept = KeptPositions.NONE;

    /** @param entries null when the module orders no entries: then nothing is done */
    EntryPositions(OrderedEntries entries) {
        this.entries = entries;
    }

    /** {@code category|position} of the entries as stored, before the write replaces them. */
    Set<String> stored(String contentType, Node item) throws RepositoryException {
        Set<String> out = new HashSet<>();
        if (applies(contentType) && item.hasNode(entries.entriesProperty())) {
            for (NodeIterator it = item.getNode(entries.entriesProperty()).getNodes(); it.hasNext();) {
                Node e = it.nextNode();
                if (e.hasProperty(entries.categoryProperty()) && e.hasProperty(entries.orderProperty())) {
                    out.add(key(e.getProperty(entries.categoryProperty()).getString(), e.getProperty(entries.orderProperty()).getLong()));
                }
            }
        }
        return out;
    }

    /** Gives the written item's entries unique positions (see the class comment); unsaved. */
    void settle(String contentType, Node item, Set<String> stored) throws RepositoryException {
        if (!applies(contentType) || !item.hasNode(entries.entriesProperty())) {
            return;
        }
        Session session = item.getSession();
        Set<String> taken = new HashSet<>();
        Map<String, Long> highest = new HashMap<>();
        for (NodeIterator it = item.getNode(entries.entriesProperty()).getNodes(); it.hasNext();) {
            Node e = it.nextNode();
            if (!e.hasProperty(entries.categoryProperty())) {
                continue;
            }
            String category = e.getProperty(entries.categoryProperty()).getString();
            Long position = e.hasProperty(entries.orderProperty()) ? e.getProperty(entries.orderProperty()).getLong() : null;
            boolean keep = position != null && !taken.contains(key(category, position))
                    && (stored.contains(key(category, position)) || !heldElsewhere(session, item.getPath(), category, position));
            if (!keep) {
                String path = item.getPath();
                long top = highest.computeIfAbsent(category, c -> highestElsewhere(item, path, c));
                for (String t : taken) {
                    if (t.startsWith(category + "|")) {
                        top = Math.max(top, Long.parseLong(t.substring(category.length() + 1)));
                    }
                }
                position = top + OrderedEntries.GAP;
                e.setProperty(entries.orderProperty(), position);
            }
            taken.add(key(category, position));
        }
    }

    /** From now on the highest position of a category is asked of {@code kept} first. */
    void keptIn(KeptPositions kept) {
        this.kept = kept == null ? KeptPositions.NONE : kept;
    }

    private boolean applies(String contentType) {
        return entries != null && entries.itemType().equals(contentType);
    }

    private boolean heldElsewhere(Session session, String itemPath, String category, long position) throws RepositoryException {
        Query q = query(session, "SELECT * FROM [" + MgnlNames.CONTENT_NODE + "] AS e WHERE e.[" + entries.categoryProperty()
                + "] = $c AND e.[" + entries.orderProperty() + "] = $p");
        q.bindValue("c", session.getValueFactory().createValue(category));
        q.bindValue("p", session.getValueFactory().createValue(position));
        for (NodeIterator it = q.execute().getNodes(); it.hasNext();) {
            if (!it.nextNode().getPath().startsWith(itemPath + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest position of the category outside this item, 0 when there is none. Asked first of
     * the {@link KeptPositions} (the standalone's index: a binary search in the category's sorted
     * entries; a create at 100,000 spent 62 % of its CPU in the query below). Otherwise asked of
     * Jackrabbit's Lucene index in JCR 1.0 SQL, a few results at a time (this item's own stored
     * entries may come first; then twice as many): its {@code ORDER BY} with a limit is sorted by
     * Lucene, which keeps only the top results, whereas JCR-SQL2's is sorted by Jackrabbit's query
     * engine in memory after fetching every entry of the category, whatever the limit (1.9 s of CPU
     * per create at 100,000 organizations). XPath sorts in Lucene too, but its path step from the
     * root made Lucene check every hit's ancestors (84 % of a create at 100,000).
     */
    private long highestElsewhere(Node item, String itemPath, String category) {
        try {
            // the index keeps the category's saved entries in order: its last is the answer, at any size
            OptionalLong known = kept.highestOutside(category, StoredPaths.of(item).client(item));
            if (known.isPresent()) {
                return known.getAsLong();
            }
            Session session = item.getSession();
            String statement = "SELECT * FROM " + MgnlNames.CONTENT_NODE + " WHERE " + entries.categoryProperty() + " = '"
                    + category.replace("'", "''") + "' AND " + entries.orderProperty() + " IS NOT NULL ORDER BY "
                    + entries.orderProperty() + " DESC";
            for (long limit = 4; ; limit *= 2) {
                @SuppressWarnings("deprecation") // JCR 1.0's SQL, kept by Jackrabbit (and so Magnolia), which sorts it in Lucene
                Query q = session.getWorkspace().getQueryManager().createQuery(statement, Query.SQL);
                q.setLimit(limit);
                NodeIterator it = q.execute().getNodes();
                // the hits, this session's unsaved removals among them (the iterator skips those)
                long hits = it.getSize();
                long seen = 0;
                for (; it.hasNext(); seen++) {
                    Node n = it.nextNode();
                    if (!n.getPath().startsWith(itemPath + "/")) {
                        return n.getProperty(entries.orderProperty()).getLong();
                    }
                }
                if (Math.max(hits, seen) < limit) {
                    return 0; // every entry of the category is this item's
                }
            }
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot find the last position of category " + category, e);
        }
    }

    private static Query query(Session session, String sql) throws RepositoryException {
        return session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
    }

    private static String key(String category, long position) {
        return category + "|" + position;
    }
}
