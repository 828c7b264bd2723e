package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.version.Version;
import javax.jcr.version.VersionManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The versions publication left on an author item, and restoring one of them as a new draft. Only
 * the versions the {@link VersionRetention} keeps are listed and can be restored.
 */
public final class Versions {

    /**
     * One published state: the version's name, when and by whom it was published, and the note the
     * publisher gave ({@code mgnl:comment}, Magnolia's version comment), or null.
     */
    public record Entry(String name, OffsetDateTime published, String publishedBy, String note, boolean restore) {

        public Entry(String name, OffsetDateTime published, String publishedBy) {
            this(name, published, publishedBy, null, false);
        }

        public Entry(String name, OffsetDateTime published, String publishedBy, String note) {
            this(name, published, publishedBy, note, false);
        }
    }

    /**
     * Who recorded a version taken at a restore (not at a publication): set on the draft for the
     * check-in only, like the note, so it lives in that version alone. Our name: Magnolia's own
     * versions keep their user in its version manager's metadata, which the standalone does not have.
     */
    public static final String VERSION_USER = "mgnl:versionUser";

    private final SessionProvider sessions;
    private final Clock clock;
    private final ItemLocks locks;
    private final VersionRetention retention;

    /** Versions with a lock of their own: for a repository nothing else writes. */
    public Versions(SessionProvider sessions, Clock clock) {
        this(sessions, clock, new ItemLocks(), VersionRetention.DEFAULT);
    }

    /** @param locks the author repository's lock: a restore is a write like an editor's save */
    public Versions(SessionProvider sessions, Clock clock, ItemLocks locks) {
        this(sessions, clock, locks, VersionRetention.DEFAULT);
    }

    /**
     * @param locks the author repository's lock: a restore is a write like an editor's save
     * @param retention the publisher's, so what is listed is what its next publication keeps
     */
    public Versions(SessionProvider sessions, Clock clock, ItemLocks locks, VersionRetention retention) {
        this.sessions = sessions;
        this.clock = clock;
        this.locks = locks;
        this.retention = retention;
    }

    /**
     * The kept versions, newest first; empty for an item never published. Read under the lock: a
     * publication's pruning must not remove a version between listing it and reading its metadata.
     */
    public List<Entry> list(String workspace, String path) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            return locks.locked(() -> {
                List<Entry> out = new ArrayList<>();
                if (!session.nodeExists(StoredPaths.of(session).stored(path)) || !session.getNode(StoredPaths.of(session).stored(path)).isNodeType("mix:versionable")) {
                    return out;
                }
                for (Version v : retention.kept(session.getWorkspace().getVersionManager().getVersionHistory(StoredPaths.of(session).stored(path)))) {
                    Node frozen = v.getFrozenNode();
                    boolean restore = frozen.hasProperty(VERSION_USER);
                    String by = restore ? frozen.getProperty(VERSION_USER).getString() : frozen.hasProperty(MgnlNames.LAST_ACTIVATED_BY)
                            ? frozen.getProperty(MgnlNames.LAST_ACTIVATED_BY).getString() : null;
                    String note = frozen.hasProperty(MgnlNames.COMMENT) ? frozen.getProperty(MgnlNames.COMMENT).getString() : null;
                    out.add(new Entry(v.getName(), OffsetDateTime.ofInstant(v.getCreated().toInstant(), java.time.ZoneOffset.UTC), by,
                            note, restore));
                }
                return out;
            });
        } finally {
            session.logout();
        }
    }

    /**
     * Puts the item back to a published version as a draft: the content of then, modified now by
     * {@code user}, so it shows as modified until published again.
     *
     * @throws IllegalArgumentException when the item has no such version
     */
    public void restore(String workspace, String path, String versionName, String user) throws RepositoryException {
        restore(workspace, path, versionName, user, null, false);
    }

    /**
     * Restores as {@link #restore(String, String, String, String)} does, then records the restored
     * draft as a new version by {@code user} with {@code note} ({@link #VERSION_USER}, {@code mgnl:comment}),
     * so the history says who went back and why. The public side is not touched.
     *
     * @throws IllegalArgumentException when the item has no such version
     */
    public void restoreAsNewVersion(String workspace, String path, String versionName, String user, String note)
            throws RepositoryException {
        restore(workspace, path, versionName, user, note, true);
    }

    private void restore(String workspace, String path, String versionName, String user, String note, boolean record)
            throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            locks.locked(() -> {
                // checked under the lock: a publication could otherwise prune it before the restore
                if (list(workspace, path).stream().noneMatch(e -> e.name().equals(versionName))) {
                    throw new IllegalArgumentException("no version '" + versionName + "' of " + workspace + ":" + path);
                }
                VersionManager versions = session.getWorkspace().getVersionManager();
                versions.restore(StoredPaths.of(session).stored(path), versionName, true);
                versions.checkout(StoredPaths.of(session).stored(path));
                GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                now.setTimeInMillis(clock.millis());
                Node node = session.getNode(StoredPaths.of(session).stored(path));
                node.setProperty(MgnlNames.LAST_MODIFIED, now);
                node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
                session.save();
                if (record) {
                    node.setProperty(VERSION_USER, user);
                    session.save();
                    VersionNote.checkin(session, versions, node, note);
                    node.getProperty(VERSION_USER).remove();
                    session.save();
                    retention.prune(versions.getVersionHistory(path), workspace + ":" + path);
                }
                return null;
            });
        } finally {
            session.logout();
        }
    }

    /** The kept version {@code versionName} against the current draft ({@link VersionDiff}). */
    public List<VersionDiff.Change> diff(String workspace, String path, String versionName) throws RepositoryException {
        return new VersionDiff(sessions, locks, retention).against(workspace, path, versionName);
    }
}
