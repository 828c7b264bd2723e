package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.ImportMode;
import org.oicc.relations.repository.ItemCopy;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.PublicationLock;
import org.oicc.relations.repository.BootstrapImporter;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * The public side of publication: applies a received item to a public workspace, for the local
 * transport and for the receiving servlet of a public instance. A call from a subscriber queue
 * carries its {@link StreamPosition}: applied at most once, never after a newer one. Each change
 * holds the repository's {@link PublicationLock} exclusively, so the public site's reads (which hold
 * it shared) see an item before its replacement or after it, never missing half-way.
 */
public final class PublicReceiver {

    /** Child items wait here while their parent is replaced. */
    static final String HOLDING = "oicc-relations-publication-holding";

    private final BootstrapImporter reader;

    public PublicReceiver(String user) {
        this.reader = new BootstrapImporter(user);
    }

    /** Replaces the item under {@code parentPath}; its child items already public stay under it. */
    public void put(Session session, String parentPath, byte[] item) throws PublicationException, RepositoryException {
        put(session, parentPath, item, null);
    }

    /**
     * @param position null for an unqueued call (the local transport)
     * @return false when the position was already applied (nothing changed)
     */
    public boolean put(Session session, String parentPath, byte[] item, StreamPosition position)
            throws PublicationException, RepositoryException {
        Lock swap = PublicationLock.of(session).writeLock();
        swap.lock();
        try {
            return replace(session, parentPath, item, position);
        } finally {
            swap.unlock();
        }
    }

    private boolean replace(Session session, String parentPath, byte[] item, StreamPosition position)
            throws PublicationException, RepositoryException {
        if (position != null && !position.isNewIn(session)) {
            return false;
        }
        StoredPaths layout = StoredPaths.of(session);
        if (parentPath == null || !session.nodeExists(layout.stored(parentPath))) {
            throw new PublicationException(PublicationException.Reason.PARENT_NOT_PUBLISHED,
                    "the parent " + parentPath + " is not published", List.of(parentPath));
        }
        List<String> kept = holdChildItems(session, parentPath, rootName(item));
        try {
            String path = layout.stored(reader.importInto(session, parentPath, "publication", item, ImportMode.REPLACE));
            for (String name : kept) {
                session.move("/" + HOLDING + "/" + name, path + "/" + name);
            }
            if (session.nodeExists("/" + HOLDING)) {
                session.getNode("/" + HOLDING).remove();
            }
            if (position != null) {
                position.recordIn(session);
            }
            session.save();
            return true;
        } catch (BootstrapException e) {
            session.refresh(false);
            throw new PublicationException("the public side refused the item: " + e.getMessage(), e);
        }
    }

    /** Replaces many items under {@code parentPath} with one save; nothing is saved if one is refused. */
    public void putAll(Session session, String parentPath, List<byte[]> items) throws PublicationException, RepositoryException {
        List<Staged> staged = new ArrayList<>(items.size());
        for (byte[] item : items) {
            staged.add(new Staged(rootName(item), () -> reader.stageInto(session, parentPath, "publication", item, ImportMode.REPLACE)));
        }
        putAllLocked(session, parentPath, staged);
    }

    /**
     * As {@link #putAll}, for items copied from the author repository of this process
     * ({@link ItemCopy}, the local transport): the same import, without the YAML in between.
     */
    public void putAllCopies(Session session, String parentPath, List<ItemCopy> items) throws PublicationException, RepositoryException {
        List<Staged> staged = new ArrayList<>(items.size());
        for (ItemCopy item : items) {
            staged.add(new Staged(item.name(), () -> reader.stageCopy(session, parentPath, "publication", item, ImportMode.REPLACE)));
        }
        putAllLocked(session, parentPath, staged);
    }

    /** One item of a {@link #putAll}: its name, and the import that stages it (returns its client path). */
    private record Staged(String name, Stage stage) {
    }

    @FunctionalInterface
    private interface Stage {
        String run() throws RepositoryException;
    }

    private void putAllLocked(Session session, String parentPath, List<Staged> items) throws PublicationException, RepositoryException {
        Lock swap = PublicationLock.of(session).writeLock();
        swap.lock();
        try {
            replaceAll(session, parentPath, items);
        } finally {
            swap.unlock();
        }
    }

    private void replaceAll(Session session, String parentPath, List<Staged> items) throws PublicationException, RepositoryException {
        StoredPaths layout = StoredPaths.of(session);
        if (!session.nodeExists(layout.stored(parentPath))) {
            throw new PublicationException(PublicationException.Reason.PARENT_NOT_PUBLISHED,
                    "the parent " + parentPath + " is not published", List.of(parentPath));
        }
        try {
            for (Staged item : items) {
                List<String> kept = holdChildItems(session, parentPath, item.name());
                String path = layout.stored(item.stage().run());
                for (String name : kept) {
                    session.move("/" + HOLDING + "/" + name, path + "/" + name);
                }
                if (session.nodeExists("/" + HOLDING)) {
                    session.getNode("/" + HOLDING).remove();
                }
            }
            session.save();
        } catch (BootstrapException e) {
            session.refresh(false);
            throw new PublicationException("the public side refused an item: " + e.getMessage(), e);
        }
    }

    public void remove(Session session, String path) throws RepositoryException {
        remove(session, path, null);
    }

    /** @return false when the position was already applied (nothing changed) */
    public boolean remove(Session session, String path, StreamPosition position) throws RepositoryException {
        Lock swap = PublicationLock.of(session).writeLock();
        swap.lock();
        try {
            return removeLocked(session, path, position);
        } finally {
            swap.unlock();
        }
    }

    private boolean removeLocked(Session session, String path, StreamPosition position) throws RepositoryException {
        if (position != null && !position.isNewIn(session)) {
            return false;
        }
        String stored = StoredPaths.of(session).stored(path);
        boolean exists = session.nodeExists(stored);
        if (exists) {
            session.getNode(stored).remove();
        }
        if (position != null) {
            position.recordIn(session);
        }
        if (exists || position != null) {
            session.save();
        }
        return true;
    }

    public boolean isPublished(Session session, String identifier) throws RepositoryException {
        try {
            session.getNodeByIdentifier(identifier);
            return true;
        } catch (ItemNotFoundException e) {
            return false;
        }
    }

    /** Moves the public child items of the node about to be replaced aside (unsaved: the import saves it all at once). */
    private List<String> holdChildItems(Session session, String parentPath, String name) throws RepositoryException {
        List<String> kept = new ArrayList<>();
        String path = name == null ? null : StoredPaths.of(session).stored(JcrPaths.child(parentPath, name));
        if (name == null || !session.nodeExists(path)) {
            return kept;
        }
        Node holding = session.getRootNode().hasNode(HOLDING) ? session.getRootNode().getNode(HOLDING)
                : session.getRootNode().addNode(HOLDING, "nt:unstructured");
        for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (ItemTree.isItem(child)) {
                kept.add(child.getName());
                session.move(child.getPath(), holding.getPath() + "/" + child.getName());
            }
        }
        return kept;
    }

    /** The document's root key: the first line that is not a comment, {@code 'name':}; null when there is none. */
    public static String rootName(byte[] item) {
        for (String line : new String(item, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("'") && line.endsWith("':")) {
                return line.substring(1, line.length() - 2).replace("''", "'");
            }
            return null;
        }
        return null;
    }
}
