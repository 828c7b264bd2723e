package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.version.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A kept version compared with the current draft, field by field: every content property of the
 * item and of its content children (submodel entries, areas, components), named by its path inside
 * the item ({@code acronym}, {@code name_ar}, {@code relationships/0/role}, {@code main/05/intro}).
 * System properties ({@code jcr:*}, {@code mgnl:*}) are left out: they change with every save.
 */
public final class VersionDiff {

    /**
     * One property that differs.
     *
     * @param field its path inside the item
     * @param then  its value in the version, null when it had none
     * @param now   its value in the draft, null when it has none
     */
    public record Change(String field, String then, String now) {
    }

    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final VersionRetention retention;

    public VersionDiff(SessionProvider sessions, ItemLocks locks, VersionRetention retention) {
        this.sessions = sessions;
        this.locks = locks;
        this.retention = retention;
    }

    /**
     * @return the differences in field order, empty when the draft equals the version
     * @throws IllegalArgumentException when the item has no such kept version
     */
    public List<Change> against(String workspace, String path, String versionName) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            return locks.locked(() -> {
                if (!session.nodeExists(StoredPaths.of(session).stored(path)) || !session.getNode(StoredPaths.of(session).stored(path)).isNodeType(PublishedNodes.VERSIONABLE)) {
                    throw new IllegalArgumentException("no version '" + versionName + "' of " + workspace + ":" + path);
                }
                Version version = null;
                for (Version v : retention.kept(session.getWorkspace().getVersionManager().getVersionHistory(StoredPaths.of(session).stored(path)))) {
                    if (v.getName().equals(versionName)) {
                        version = v;
                    }
                }
                if (version == null) {
                    throw new IllegalArgumentException("no version '" + versionName + "' of " + workspace + ":" + path);
                }
                Map<String, String> then = new TreeMap<>();
                flatten(version.getFrozenNode(), "", then, true);
                Map<String, String> now = new TreeMap<>();
                flatten(session.getNode(StoredPaths.of(session).stored(path)), "", now, false);
                Set<String> fields = new LinkedHashSet<>(then.keySet());
                fields.addAll(now.keySet());
                List<Change> out = new ArrayList<>();
                for (String f : fields.stream().sorted().toList()) {
                    String a = then.get(f);
                    String b = now.get(f);
                    if (a == null ? b != null : !a.equals(b)) {
                        out.add(new Change(f, a, b));
                    }
                }
                return out;
            });
        } finally {
            session.logout();
        }
    }

    private static void flatten(Node node, String prefix, Map<String, String> out, boolean frozen) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            String name = p.getName();
            if (name.startsWith("jcr:") || name.startsWith("mgnl:") || name.startsWith("rep:")) {
                continue;
            }
            out.put(prefix + name, p.isMultiple() ? String.join(", ", Arrays.stream(p.getValues()).map(VersionDiff::text).toList())
                    : text(p.getValue()));
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            // a version freezes content children as nt:frozenNode; child items are versioned on their own
            boolean part = frozen ? child.isNodeType("nt:frozenNode") : ItemTree.isPartOfItem(child);
            if (part) {
                flatten(child, prefix + child.getName() + "/", out, frozen);
            }
        }
    }

    private static String text(Value v) {
        try {
            return v.getString();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read a stored value", e);
        }
    }
}
