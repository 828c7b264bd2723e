package org.oicc.relations.dam;

import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Binary;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes assets in the {@code dam} workspace, in Magnolia's structure: an
 * {@code mgnl:asset} node at the workspace root named after the file, with a {@code jcr:content}
 * {@code mgnl:resource} child holding the binary. New assets go to the author side; the public side
 * gets them by publication, like items.
 */
public final class AssetStore {

    /**
     * On an asset uploaded in an item's edit form and not yet saved with the item: when it was
     * uploaded. A save of the item that names it removes the mark; {@link PendingAssets}
     * deletes marked assets nobody saved after a grace period (not a Magnolia property: Magnolia's
     * DAM ignores it).
     */
    public static final String PENDING_SINCE = "pendingSince";

    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final Clock clock;

    public AssetStore(SessionProvider sessions, ItemLocks locks, Clock clock) {
        this.sessions = sessions;
        this.locks = locks;
        this.clock = clock;
    }

    SessionProvider sessions() {
        return sessions;
    }

    ItemLocks locks() {
        return locks;
    }

    /**
     * Stores a checked image as a new author asset.
     *
     * @param uploadedName the file name the browser sent (only its base is kept, the extension is the stored format's)
     * @param alt          alternative texts by property name ({@code alt}, {@code alt_ar}); blank ones are left out
     */
    public Asset create(String uploadedName, CleanImage image, Map<String, String> alt, String user) throws RepositoryException {
        return create(uploadedName, image, alt, user, false);
    }

    /** @param pending true for an upload of an edit form, until its item is saved ({@link #PENDING_SINCE}) */
    public Asset create(String uploadedName, CleanImage image, Map<String, String> alt, String user, boolean pending)
            throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            return locks.locked(() -> {
                String base = AssetNames.nodeName(uploadedName);
                String name = base;
                for (int i = 2; session.getRootNode().hasNode(name); i++) {
                    name = base + "-" + i;
                }
                Node asset = session.getRootNode().addNode(name, AssetNodes.ASSET);
                Calendar now = now();
                asset.setProperty(MgnlNames.CREATED, now);
                asset.setProperty(MgnlNames.CREATED_BY, user);
                stamp(asset, now, user);
                asset.setProperty(AssetNodes.NAME, name);
                asset.setProperty(AssetNodes.TYPE, image.format().extension());
                writeAlt(asset, alt);
                if (pending) {
                    asset.setProperty(PENDING_SINCE, now);
                }
                Node resource = asset.addNode(AssetNodes.RESOURCE_NODE, AssetNodes.RESOURCE);
                Binary data = session.getValueFactory().createBinary(new ByteArrayInputStream(image.bytes()));
                resource.setProperty(AssetNodes.DATA, data);
                resource.setProperty(AssetNodes.MIME_TYPE, image.format().mimeType());
                resource.setProperty(AssetNodes.LAST_MODIFIED, now);
                resource.setProperty(AssetNodes.FILE_NAME, AssetNames.fileName(name, image.format()));
                resource.setProperty(AssetNodes.EXTENSION, image.format().extension());
                resource.setProperty(AssetNodes.SIZE, (long) image.bytes().length);
                resource.setProperty(AssetNodes.WIDTH, (long) image.width());
                resource.setProperty(AssetNodes.HEIGHT, (long) image.height());
                session.save();
                return describe(asset);
            });
        } finally {
            session.logout();
        }
    }

    /** Replaces the alternative texts of an author asset; false when there is no such asset. Unchanged texts write nothing. */
    public boolean setAlt(AssetKey key, Map<String, String> alt, String user) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            return locks.locked(() -> {
                Optional<Node> asset = node(session, key);
                if (asset.isEmpty()) {
                    return false;
                }
                Map<String, String> wanted = new LinkedHashMap<>();
                alt.forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        wanted.put(k, v.strip());
                    }
                });
                if (!wanted.equals(alt(asset.get()))) {
                    for (String old : alt(asset.get()).keySet()) {
                        asset.get().getProperty(old).remove();
                    }
                    writeAlt(asset.get(), wanted);
                    stamp(asset.get(), now(), user);
                    session.save();
                }
                return true;
            });
        } finally {
            session.logout();
        }
    }

    /** The asset on a side; empty when the key names nothing there, or something that is no asset. */
    public Optional<Asset> read(Side side, AssetKey key) throws RepositoryException {
        Session session = sessions.login(side, LightModule.DAM);
        try {
            Optional<Node> node = node(session, key);
            return node.isEmpty() ? Optional.empty() : Optional.of(describe(node.get()));
        } finally {
            session.logout();
        }
    }

    /** The assets of a side, newest first, at most {@code limit}. */
    public java.util.List<Asset> newest(Side side, int limit) throws RepositoryException {
        Session session = sessions.login(side, LightModule.DAM);
        try {
            java.util.List<Asset> out = new java.util.ArrayList<>();
            for (javax.jcr.NodeIterator it = newestFirst(session, 0, limit); it.hasNext();) {
                of(it.nextNode()).ifPresent(out::add);
            }
            return out;
        } finally {
            session.logout();
        }
    }

    /**
     * Assets from {@code offset} in upload order, newest first, at most {@code limit}: Jackrabbit's
     * search index sorts and cuts, so only the page's nodes are read (the root may hold thousands).
     */
    public static javax.jcr.NodeIterator newestFirst(Session session, int offset, int limit) throws RepositoryException {
        javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery(
                "SELECT * FROM [" + AssetNodes.ASSET + "] AS a WHERE ISCHILDNODE(a, [/]) ORDER BY a.[" + MgnlNames.CREATED + "] DESC",
                javax.jcr.query.Query.JCR_SQL2);
        query.setOffset(offset);
        query.setLimit(limit);
        return query.execute().getNodes();
    }

    /** How many assets a workspace holds, counted by the search index (no node is read). */
    public static long count(Session session) throws RepositoryException {
        javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery(
                "SELECT * FROM [" + AssetNodes.ASSET + "] AS a WHERE ISCHILDNODE(a, [/])", javax.jcr.query.Query.JCR_SQL2);
        return query.execute().getRows().getSize();
    }

    /** The stored image bytes of an asset on a side; empty when there is none. */
    public Optional<byte[]> data(Side side, AssetKey key) throws RepositoryException {
        Session session = sessions.login(side, LightModule.DAM);
        try {
            Optional<Node> node = node(session, key);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            Binary binary = node.get().getNode(AssetNodes.RESOURCE_NODE).getProperty(AssetNodes.DATA).getBinary();
            try (InputStream in = binary.getStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read asset " + key, e);
            } finally {
                binary.dispose();
            }
        } finally {
            session.logout();
        }
    }

    /** Whether the asset exists on the public side (it has been published and not unpublished). */
    public boolean isPublished(AssetKey key) throws RepositoryException {
        return read(Side.PUBLIC, key).isPresent();
    }

    /**
     * Deletes an author asset under the write lock, after {@code check} (run under the same lock)
     * found no reason to keep it. False when there is no such asset.
     */
    public boolean delete(AssetKey key, ItemLocks.Step<Void> check) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            return locks.locked(() -> {
                Optional<Node> node = node(session, key);
                if (node.isEmpty()) {
                    return false;
                }
                check.run();
                node.get().remove();
                session.save();
                return true;
            });
        } finally {
            session.logout();
        }
    }

    static Optional<Node> node(Session session, AssetKey key) throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(key.identifier());
            return node.isNodeType(AssetNodes.ASSET) && node.hasNode(AssetNodes.RESOURCE_NODE)
                    && node.getNode(AssetNodes.RESOURCE_NODE).hasProperty(AssetNodes.DATA) ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The asset a node of the {@code dam} workspace is, if it is one with its file. */
    public static Optional<Asset> of(Node node) throws RepositoryException {
        return node.isNodeType(AssetNodes.ASSET) && node.hasNode(AssetNodes.RESOURCE_NODE)
                ? Optional.of(describe(node)) : Optional.empty();
    }

    static Asset describe(Node asset) throws RepositoryException {
        Node resource = asset.getNode(AssetNodes.RESOURCE_NODE);
        Instant modified = asset.hasProperty(MgnlNames.LAST_MODIFIED)
                ? asset.getProperty(MgnlNames.LAST_MODIFIED).getDate().toInstant() : Instant.EPOCH;
        if (resource.hasProperty(AssetNodes.LAST_MODIFIED)) {
            Instant data = resource.getProperty(AssetNodes.LAST_MODIFIED).getDate().toInstant();
            modified = data.isAfter(modified) ? data : modified;
        }
        return new Asset(new AssetKey(asset.getIdentifier()), asset.getName(), asset.getPath(),
                text(resource, AssetNodes.FILE_NAME, asset.getName()), text(resource, AssetNodes.MIME_TYPE, "application/octet-stream"),
                number(resource, AssetNodes.SIZE), (int) number(resource, AssetNodes.WIDTH), (int) number(resource, AssetNodes.HEIGHT),
                modified, alt(asset));
    }

    private static Map<String, String> alt(Node asset) throws RepositoryException {
        Map<String, String> out = new LinkedHashMap<>();
        for (PropertyIterator it = asset.getProperties(AssetNodes.ALT + " | " + AssetNodes.ALT + "_*"); it.hasNext();) {
            javax.jcr.Property p = it.nextProperty();
            if (!p.isMultiple()) {
                out.put(p.getName(), p.getString());
            }
        }
        return out;
    }

    private static void writeAlt(Node asset, Map<String, String> alt) throws RepositoryException {
        for (Map.Entry<String, String> e : alt.entrySet()) {
            if (!e.getKey().equals(AssetNodes.ALT) && !e.getKey().startsWith(AssetNodes.ALT + "_")) {
                throw new IllegalArgumentException("not an alternative-text property: " + e.getKey());
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                asset.setProperty(e.getKey(), e.getValue().strip());
            }
        }
    }

    private static String text(Node node, String name, String fallback) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : fallback;
    }

    private static long number(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getLong() : 0;
    }

    private void stamp(Node node, Calendar now, String user) throws RepositoryException {
        node.setProperty(MgnlNames.LAST_MODIFIED, now);
        node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
    }

    private Calendar now() {
        return GregorianCalendar.from(ZonedDateTime.now(clock));
    }
}
