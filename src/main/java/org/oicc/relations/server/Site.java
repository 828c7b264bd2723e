package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import org.oicc.relations.caching.CachingResponder;
import org.oicc.relations.caching.NoCaching;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.DamServlet;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.dam.Renditions;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.delivery.DeliveryServlet;
import org.oicc.relations.delivery.node.DiskCopies;
import org.oicc.relations.delivery.node.NodeSnapshots;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.index.ContentIndex;
import org.oicc.relations.http.LockedReads;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.rendering.PageSite;
import org.oicc.relations.rendering.SiteAddress;
import org.oicc.relations.repository.PublicationLock;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * What one side serves over HTTP, built once: its sessions, endpoint handlers, delivery servlet,
 * pages and web resources. The published side ({@link #published}) watches its workspaces with one
 * change tracker shared by delivery and pages, for validators and the response caches; the drafts'
 * side ({@link #drafts}, previews) tracks nothing and lets nobody keep an answer ({@link NoCaching}).
 * Each side has its own {@link ContentIndex} of its content workspaces, read at {@link #start} and
 * followed by observation until {@link #close}.
 */
final class Site implements AutoCloseable {

    private final LightModule module;
    private final SessionProvider sessions;
    private final DeliverySettings settings;
    private final WorkspaceChanges changes;
    private final Map<String, EndpointHandler> handlers;
    private final DeliveryServlet delivery;
    private final PageSite pages;
    /** The published side's response caches by name, for the metrics; empty for drafts. */
    private final Map<String, ResponseCache> caches;
    private final ContentIndex index;
    private final DiskCopies copies;
    /** The published side reads under its repository's publication lock; null for drafts (nothing swaps them). */
    private final HttpServlet lockedDelivery;
    private final HttpServlet lockedPages;

    private Site(LightModule module, SessionProvider sessions, DeliverySettings settings, WorkspaceChanges changes,
            Map<String, EndpointHandler> handlers, DeliveryServlet delivery, PageSite pages, Map<String, ResponseCache> caches,
            ContentIndex index, DiskCopies copies, ReadWriteLock publications) {
        this.copies = copies;
        this.module = module;
        this.lockedDelivery = publications == null ? delivery : new LockedReads(delivery, publications);
        this.lockedPages = publications == null ? pages.pageServlet() : new LockedReads(pages.pageServlet(), publications);
        this.sessions = sessions;
        this.settings = settings;
        this.changes = changes;
        this.handlers = Map.copyOf(handlers);
        this.delivery = delivery;
        this.pages = pages;
        this.caches = caches;
        this.index = index;
    }

    /** Published content for anyone: validated, answered 304 and cached until a workspace changes. */
    static Site published(LightModule module, ModuleSource source, SessionProvider sessions, ObjectMapper json,
            DeliverySettings settings) {
        return published(module, source, sessions, json, settings, SiteAddress.ofConnection());
    }

    /** @param address the origin of the pages' absolute links ({@code --site-url}, or the connection's) */
    static Site published(LightModule module, ModuleSource source, SessionProvider sessions, ObjectMapper json,
            DeliverySettings settings, SiteAddress address) {
        return published(module, source, sessions, json, settings, address, null);
    }

    /**
     * @param copiesFolder where the side's on-disk copies of the indexed items go (emptied at start);
     *                     null: a temporary folder, deleted on {@link #close()}
     */
    static Site published(LightModule module, ModuleSource source, SessionProvider sessions, ObjectMapper json,
            DeliverySettings settings, SiteAddress address, Path copiesFolder) {
        // one tracker for delivery and pages: every workspace either of them reads
        WorkspaceChanges changes = new WorkspaceChanges(module.workspaces(), Clock.systemUTC());
        ContentLocales locales = ContentLocales.of(module);
        DiskCopies copies = copies(module, copiesFolder);
        ContentIndex index = new ContentIndex(module, locales, copies);
        index.afterEachChange(changes::settled);
        // nodes kept between answers, exact while their workspace's generation stays (the index moves it
        // again once it has written a change's copies)
        NodeSnapshots snapshots = NodeSnapshots.withCopies(module, changes::generation,
                NodeSnapshots.budgetFor(Runtime.getRuntime().maxMemory()), copies);
        Map<String, EndpointHandler> handlers = DeliveryServlet.handlersFor(module, sessions, locales, settings, index, snapshots);
        ResponseCache answers = new ResponseCache(ResponseCache.budgetFor(Runtime.getRuntime().maxMemory()));
        DeliveryServlet delivery = new DeliveryServlet(json, handlers, settings,
                new CachingResponder(changes, answers, settings.cacheControl()));
        PageSite pages = new PageSite(module, source, sessions, locales, changes, index, address);
        Map<String, ResponseCache> caches = new LinkedHashMap<>();
        caches.put("delivery", answers);
        pages.cache().ifPresent(c -> caches.put("pages", c));
        return new Site(module, sessions, settings, changes, handlers, delivery, pages, caches, index, copies,
                publicationLock(module, sessions));
    }

    /** Drafts, for editors: every request rendered afresh, {@code no-store}, no validators, nothing tracked. */
    static Site drafts(LightModule module, ModuleSource source, SessionProvider sessions, ObjectMapper json,
            DeliverySettings settings) {
        return drafts(module, source, sessions, json, settings, null);
    }

    /** @param copiesFolder as for {@link #published}: the drafts' copies, read before the author repository */
    static Site drafts(LightModule module, ModuleSource source, SessionProvider sessions, ObjectMapper json,
            DeliverySettings settings, Path copiesFolder) {
        ContentLocales locales = ContentLocales.of(module);
        DiskCopies copies = copies(module, copiesFolder);
        ContentIndex index = new ContentIndex(module, locales, copies);
        Map<String, EndpointHandler> handlers = DeliveryServlet.handlersFor(module, sessions, locales, settings, index,
                NodeSnapshots.uncached(module, copies));
        DeliveryServlet delivery = new DeliveryServlet(json, handlers, settings, new NoCaching());
        PageSite pages = PageSite.uncached(module, source, sessions, locales, index);
        return new Site(module, sessions, settings, null, handlers, delivery, pages, Map.of(), index, copies, null);
    }

    /** {@code DATA/copies/SIDE}: a side's on-disk copies, beside the repositories (emptied at every start). */
    static Path copiesFolder(Path data, String side) {
        return data.resolve("copies").resolve(side);
    }

    /** The side's store, MVStore's page cache of {@link DiskCopies#DEFAULT_CACHE_MB} (a folder of its own per side). */
    private static DiskCopies copies(LightModule module, Path folder) {
        return folder == null ? DiskCopies.temporary(module) : DiskCopies.open(module, folder, DiskCopies.DEFAULT_CACHE_MB);
    }

    LightModule module() {
        return module;
    }

    /** This side's on-disk copies of its indexed items (figures, tests). */
    DiskCopies copies() {
        return copies;
    }

    SessionProvider sessions() {
        return sessions;
    }

    DeliverySettings settings() {
        return settings;
    }

    /** The endpoint handlers by path, e.g. for rendering an item as its endpoint does (webhooks). */
    Map<String, EndpointHandler> handlers() {
        return handlers;
    }

    /** The response caches by a fixed name ({@code delivery}, {@code pages}); empty for drafts, which keep nothing. */
    Map<String, ResponseCache> caches() {
        return caches;
    }

    /** This side's index of its content workspaces: paged items and entries without walking a workspace. */
    ItemIndex index() {
        return index;
    }

    /** Empty for drafts: nothing there is validated or cached, so nothing needs watching. */
    Optional<WorkspaceChanges> changes() {
        return Optional.ofNullable(changes);
    }

    /** The public repository's lock between publications' replacements and reads. */
    private static ReadWriteLock publicationLock(LightModule module, SessionProvider sessions) {
        try {
            return PublicationLock.of(sessions, Side.PUBLIC, module.workspaces().iterator().next());
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open the public repository: " + e.getMessage(), e);
        }
    }

    /** Mount at {@code /.rest/*}. */
    HttpServlet deliveryServlet() {
        return lockedDelivery;
    }

    /** Mount at {@code /}. */
    HttpServlet pageServlet() {
        return lockedPages;
    }

    /**
     * Mount at {@code /dam/*}: this side's asset files and renditions. Published assets may be kept
     * by anyone for the delivery's Cache-Control; drafts' only by the editor's browser, revalidated.
     */
    HttpServlet damServlet(DamSettings dam, ObjectMapper json) {
        pages.renditionWidths(dam.renditionWidths());
        DamServlet servlet = new DamServlet(new AssetStore(sessions, new ItemLocks(), Clock.systemUTC()), new Renditions(dam),
                Side.PUBLIC, json, changes != null ? settings.cacheControl() : "private, no-cache");
        return lockedDelivery == delivery ? servlet : new LockedReads(servlet, publicationLock(module, sessions));
    }

    /** Mount at {@code /.resources/*}. */
    HttpServlet resourceServlet() {
        return pages.resourceServlet();
    }

    /**
     * Observe before serving, so no answer is ever cached without its workspaces watched; the index
     * is read once, after the repository has started and before the first request.
     */
    void start() throws RepositoryException {
        if (changes != null) {
            changes.start(sessions);
        }
        try {
            index.start(sessions);
        } catch (RepositoryException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Removes the observation listeners, before the repository shuts down. */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            try {
                if (changes != null) {
                    changes.close();
                }
            } finally {
                copies.close();
            }
        }
    }
}
