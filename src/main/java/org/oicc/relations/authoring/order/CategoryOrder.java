package org.oicc.relations.authoring.order;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * The entries of one category in page order, read a page at a time from the drafts' index, and the
 * reorder transaction: an editor names a window of the category (its offset and the entries there
 * as they saw them, {@code before}) and the wanted order of the same entries ({@code after}); under
 * the author repository's write lock the window is compared with what is stored, and the changed
 * positions of every organization involved are written in one JCR save — all or nothing.
 *
 * <p>Cost: a move inside a window rewrites the moved entries only ({@link Renumbering}) while the gap
 * between their neighbours has room; then the window is spread evenly between its neighbours; only
 * when even that has no room (or entries before the window have no position) is the whole category
 * renumbered {@link OrderedEntries#GAP} apart — one write per entry, rare and bounded by the category.
 */
public final class CategoryOrder {

    /** The largest window one reorder may name (the screen sends a page of at most 200). */
    public static final int MAX_WINDOW = 1000;

    /** The reorder's outcome: the items whose entries changed (their paths) and how many positions were written. */
    public record Result(List<String> changedItems, int renumbered) {
    }

    /** One page of a category: the category's identifier, how many entries it has, and the page. */
    public record Page(String categoryId, long total, int offset, List<OrderedEntry> entries) {
    }

    private final OrderedEntries def;
    private final SessionProvider sessions;
    private final ItemIndex index;
    private final ItemLocks locks;
    private final Clock clock;

    /** @param index the drafts' index (updated before a save returns, so it agrees with the repository under the lock) */
    public CategoryOrder(OrderedEntries def, SessionProvider sessions, ItemIndex index, ItemLocks locks, Clock clock) {
        this.def = def;
        this.sessions = sessions;
        this.index = index;
        this.locks = locks;
        this.clock = clock;
    }

    public OrderedEntries definition() {
        return def;
    }

    /**
     * @return the category's identifier
     * @throws IllegalArgumentException when there is no such category
     */
    public String categoryId(String name) throws RepositoryException {
        Session s = sessions.login(Side.AUTHOR, def.categoryWorkspace());
        try {
            String path = "/" + name;
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") || !s.nodeExists(StoredPaths.of(s).stored(path))
                    || !s.getNode(StoredPaths.of(s).stored(path)).isNodeType(def.categoryNodeType())) {
                throw new IllegalArgumentException("no category '" + name + "'");
            }
            return s.getNode(StoredPaths.of(s).stored(path)).getIdentifier();
        } finally {
            s.logout();
        }
    }

    public Page page(String categoryName, int offset, int limit) throws RepositoryException {
        String id = categoryId(categoryName);
        Session s = sessions.login(Side.AUTHOR, def.workspace());
        try {
            IndexPage found = lookup(id, offset, limit);
            return new Page(id, found.total(), offset, read(s, found.paths(), offset));
        } finally {
            s.logout();
        }
    }

    /**
     * @param offset the place in the category of the window's first entry (0 for the first)
     * @param before the window's entry identifiers as the editor saw them
     * @param after  the same identifiers in the wanted order
     * @throws IllegalArgumentException when {@code after} is not a reordering of {@code before}, or the window is empty or too large
     * @throws StaleOrderException      when the category no longer has {@code before} at that place; nothing is written
     */
    public Result reorder(String categoryName, int offset, List<String> before, List<String> after, String user)
            throws RepositoryException, StaleOrderException {
        check(offset, before, after);
        String id = categoryId(categoryName);
        Session s = sessions.login(Side.AUTHOR, def.workspace());
        try {
            return locks.locked(() -> {
                try {
                    return write(s, id, offset, before, after, user);
                } catch (RepositoryException | RuntimeException e) {
                    s.refresh(false);
                    throw e;
                }
            });
        } catch (StaleInside e) {
            throw e.stale;
        } finally {
            s.logout();
        }
    }

    /** Carries a stale order out of the locked step, which may only throw repository exceptions. */
    private static final class StaleInside extends RuntimeException {
        final transient StaleOrderException stale;

        StaleInside(StaleOrderException stale) {
            super(stale.getMessage(), null, false, false);
            this.stale = stale;
        }
    }

    private Result write(Session s, String categoryId, int offset, List<String> before, List<String> after, String user)
            throws RepositoryException {
        int n = before.size();
        int from = Math.max(0, offset - 1);
        IndexPage found = lookup(categoryId, from, n + 1 + (offset - from));
        List<OrderedEntry> got = read(s, found.paths(), from);
        int at = offset - from;
        List<String> now = new ArrayList<>();
        for (int i = at; i < Math.min(got.size(), at + n); i++) {
            now.add(got.get(i).id());
        }
        if (!now.equals(before)) {
            throw new StaleInside(new StaleOrderException("the order of this category changed since it was read "
                    + "(another editor saved, or an entry is unknown here); nothing was changed", now));
        }
        List<OrderedEntry> wanted = inOrder(got.subList(at, at + n), after);
        Long low = offset > 0 ? got.get(0).position() : null;
        Long high = got.size() > at + n ? got.get(at + n).position() : null;
        boolean lowKnown = offset == 0 || low != null;
        long[] placed = lowKnown ? Renumbering.place(positions(wanted), low, high) : null;
        if (placed == null && lowKnown) {
            placed = Renumbering.spread(n, low, high);
        }
        if (placed == null) {
            // no room between the neighbours (or unpositioned entries before the window): the whole category, once
            List<OrderedEntry> all = read(s, lookup(categoryId, 0, (int) Math.min(Integer.MAX_VALUE, found.total())).paths(), 0);
            List<OrderedEntry> full = new ArrayList<>(all.subList(0, offset));
            full.addAll(wanted);
            full.addAll(all.subList(offset + n, all.size()));
            wanted = full;
            placed = Renumbering.place(positions(full), null, null);
        }
        return apply(s, wanted, placed, user);
    }

    private Result apply(Session s, List<OrderedEntry> entries, long[] placed, String user) throws RepositoryException {
        Set<String> items = new LinkedHashSet<>();
        int written = 0;
        for (int i = 0; i < entries.size(); i++) {
            OrderedEntry e = entries.get(i);
            if (e.position() == null || e.position() != placed[i]) {
                s.getNode(StoredPaths.of(s).stored(e.path())).setProperty(def.orderProperty(), placed[i]);
                items.add(e.itemPath());
                written++;
            }
        }
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        for (String item : items) {
            Node node = s.getNode(StoredPaths.of(s).stored(item));
            node.setProperty(MgnlNames.LAST_MODIFIED, now);
            node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
        }
        s.save();
        return new Result(List.copyOf(items), written);
    }

    private static List<OrderedEntry> inOrder(List<OrderedEntry> window, List<String> after) {
        List<OrderedEntry> out = new ArrayList<>();
        for (String id : after) {
            for (OrderedEntry e : window) {
                if (e.id().equals(id)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static Long[] positions(List<OrderedEntry> entries) {
        return entries.stream().map(OrderedEntry::position).toArray(Long[]::new);
    }

    private static void check(int offset, List<String> before, List<String> after) {
        if (offset < 0) {
            throw new IllegalArgumentException("'offset' must be 0 or more");
        }
        if (before.isEmpty() || before.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("'before' must list 1 to " + MAX_WINDOW + " entries");
        }
        Set<String> seen = new HashSet<>(before);
        if (seen.size() != before.size()) {
            throw new IllegalArgumentException("'before' lists an entry twice");
        }
        if (after.size() != before.size() || !seen.equals(new HashSet<>(after)) || new HashSet<>(after).size() != after.size()) {
            throw new IllegalArgumentException("'after' must list exactly the entries of 'before', each once, in the wanted order");
        }
    }

    private IndexPage lookup(String categoryId, int offset, int limit) {
        return index.entries(def.workspace(), def.entriesProperty(), def.categoryProperty(), categoryId, def.orderProperty(),
                offset, limit);
    }

    /** The entries at these paths; one the session no longer sees was removed meanwhile and is left out. */
    private List<OrderedEntry> read(Session s, List<String> paths, long firstRank) throws RepositoryException {
        List<OrderedEntry> out = new ArrayList<>(paths.size());
        long rank = firstRank;
        String marker = "/" + def.entriesProperty() + "/";
        for (String path : paths) {
            if (!s.nodeExists(StoredPaths.of(s).stored(path))) {
                continue;
            }
            Node n = s.getNode(StoredPaths.of(s).stored(path));
            Long position = n.hasProperty(def.orderProperty()) ? n.getProperty(def.orderProperty()).getLong() : null;
            int cut = path.lastIndexOf(marker);
            out.add(new OrderedEntry(n.getIdentifier(), path, cut > 0 ? path.substring(0, cut) : path, position, rank++));
        }
        return out;
    }
}
