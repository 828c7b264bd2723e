package org.oicc.relations.dam;

import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Images uploaded in an edit form whose item was not saved (a problem in another field, a
 * conflict). The form shown again keeps the chosen image, so the editor's next Save uses it and
 * nothing is uploaded twice; the asset carries {@link AssetStore#PENDING_SINCE} until then. An
 * editor who gives up leaves it behind: {@link #sweep()} deletes pending assets older than the grace
 * period that no item names and that were never published, so the DAM keeps no orphan.
 */
public final class PendingAssets {

    /** Long enough for an editor to come back to a form left open over lunch or overnight. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(PendingAssets.class);

    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final AssetStore store;
    private final Clock clock;
    private final Duration grace;

    /** @param clock tells when the grace period of an upload is over (the store's clock stamps {@link AssetStore#PENDING_SINCE}) */
    public PendingAssets(AssetStore store, Clock clock, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period of pending uploads cannot be negative");
        }
        this.sessions = store.sessions();
        this.locks = store.locks();
        this.store = store;
        this.clock = clock;
        this.grace = grace;
    }

    public Duration grace() {
        return grace;
    }

    /** The item was saved naming these assets: they stay (their mark is removed); keys of no pending asset are passed over. */
    public void keep(Iterable<AssetKey> keys) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            locks.locked(() -> {
                boolean changed = false;
                for (AssetKey key : keys) {
                    Optional<Node> asset = AssetStore.node(session, key);
                    if (asset.isPresent() && asset.get().hasProperty(AssetStore.PENDING_SINCE)) {
                        asset.get().getProperty(AssetStore.PENDING_SINCE).remove();
                        changed = true;
                    }
                }
                if (changed) {
                    session.save();
                }
                return null;
            });
        } finally {
            session.logout();
        }
    }

    /** When an asset was uploaded by a form whose item is not saved yet; empty when it is not pending, or gone. */
    public Optional<Instant> since(AssetKey key) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            Optional<Node> asset = AssetStore.node(session, key);
            return asset.isPresent() && asset.get().hasProperty(AssetStore.PENDING_SINCE)
                    ? Optional.of(asset.get().getProperty(AssetStore.PENDING_SINCE).getDate().toInstant()) : Optional.empty();
        } finally {
            session.logout();
        }
    }

    /**
     * Deletes the pending assets uploaded more than the grace period ago that no item names and that
     * are not public ({@code used} is asked under the write lock, so an item saved meanwhile keeps its image).
     *
     * @param used whether an item names the asset
     * @return the deleted assets' keys
     */
    public List<AssetKey> sweep(Predicate<AssetKey> used) throws RepositoryException {
        Instant before = clock.instant().minus(grace);
        List<AssetKey> deleted = new ArrayList<>();
        for (AssetKey key : pendingBefore(before)) {
            try {
                boolean gone = store.delete(key, () -> {
                    if (used.test(key) || store.isPublished(key)) {
                        throw new Kept();
                    }
                    return null;
                });
                if (gone) {
                    deleted.add(key);
                }
            } catch (Kept inUse) {
                // named by an item after all (saved through the API, say) or published: no longer pending
                keep(List.of(key));
            }
        }
        if (!deleted.isEmpty()) {
            LOG.info("deleted {} image(s) uploaded in edit forms never saved within {}: {}", deleted.size(), grace, deleted);
        }
        return deleted;
    }

    private List<AssetKey> pendingBefore(Instant before) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            List<Map.Entry<Instant, AssetKey>> found = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
                Node n = it.nextNode();
                if (n.isNodeType(AssetNodes.ASSET) && n.hasProperty(AssetStore.PENDING_SINCE)) {
                    Instant since = n.getProperty(AssetStore.PENDING_SINCE).getDate().toInstant();
                    if (since.isBefore(before)) {
                        found.add(Map.entry(since, new AssetKey(n.getIdentifier())));
                    }
                }
            }
            found.sort(Map.Entry.comparingByKey());
            return found.stream().map(Map.Entry::getValue).toList();
        } finally {
            session.logout();
        }
    }

    /** Stops a delete whose asset turned out to be in use; caught in {@link #sweep}. */
    private static final class Kept extends RuntimeException {
        Kept() {
            super(null, null, false, false);
        }
    }
}
