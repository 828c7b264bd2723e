package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the Assets screen shows of the {@code dam} workspace's author side, as Magnolia's Assets app
 * lists it: each asset with a thumbnail (a rendition), file name, type, size, width × height, who
 * uploaded it and when, its publication status, and the items that use it, by title and linked.
 * Newest uploads first: an editor looks for what was just uploaded.
 */
final class AssetListing {

    static final int PAGE_SIZE = 20;

    /** One asset as stored, with what its node says besides the image. */
    record Entry(Asset asset, String createdBy, Instant created, PublicationStatus status, boolean pending) {
    }

    private final UiContext ui;
    private final SessionProvider sessions;
    private final DamSettings settings;

    AssetListing(UiContext ui, SessionProvider sessions, DamSettings settings) {
        this.ui = ui;
        this.sessions = sessions;
        this.settings = settings;
    }

    /**
     * The author assets from {@code offset}, newest first: sorted and cut by the repository's own
     * index, so a page reads only its own nodes however many images the library holds.
     */
    List<Entry> page(int offset, int limit) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            List<Entry> out = new ArrayList<>();
            for (NodeIterator it = AssetStore.newestFirst(session, offset, limit); it.hasNext();) {
                entry(it.nextNode()).ifPresent(out::add);
            }
            return out;
        } finally {
            session.logout();
        }
    }

    /** How many author assets there are. */
    long total() throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            return AssetStore.count(session);
        } finally {
            session.logout();
        }
    }

    Optional<Entry> one(AssetKey key) throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            return entry(session.getNodeByIdentifier(key.identifier()));
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        } finally {
            session.logout();
        }
    }

    private static Optional<Entry> entry(Node node) throws RepositoryException {
        Optional<Asset> asset = AssetStore.of(node);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        String by = node.hasProperty(MgnlNames.CREATED_BY) ? node.getProperty(MgnlNames.CREATED_BY).getString() : "";
        Instant created = node.hasProperty(MgnlNames.CREATED) ? node.getProperty(MgnlNames.CREATED).getDate().toInstant()
                : asset.get().lastModified();
        return Optional.of(new Entry(asset.get(), by, created, PublicationStatus.of(node), node.hasProperty(AssetStore.PENDING_SINCE)));
    }

    /** The template's row of an asset. */
    Map<String, Object> row(UiText t, Entry e) {
        Asset a = e.asset();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", a.key().toString());
        m.put("href", AssetScreens.url(a.key()));
        m.put("fileName", a.fileName());
        m.put("thumb", thumb(a));
        m.put("link", UiContext.PREVIEW_BASE + a.link());
        m.put("width", a.width());
        m.put("height", a.height());
        m.put("type", a.mimeType().startsWith("image/") ? a.mimeType().substring(6).toUpperCase(Locale.ROOT) : a.mimeType());
        m.put("size", size(t, a.size()));
        m.put("dimensions", t.get("assets.dimensions", t.number(a.width()), t.number(a.height())));
        m.put("createdBy", e.createdBy());
        m.put("created", t.when(e.created()));
        String status = e.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        m.put("status", status);
        m.put("statusLabel", ItemList.statusLabel(t, e.status()));
        m.put("published", e.status() == PublicationStatus.PUBLISHED || e.status() == PublicationStatus.MODIFIED);
        m.put("pending", e.pending());
        return m;
    }

    /** The 160 px rendition when the image is wider, else the image itself (renditions are never wider than it). */
    String thumb(Asset a) {
        return UiContext.PREVIEW_BASE + (a.width() > 160 && settings.renditionWidths().contains(160) ? a.renditionLink(160) : a.link());
    }

    /** The items whose asset properties name the asset, as {@code {label, href}}: "Organization “IULA”". */
    List<Map<String, Object>> usedBy(UiText t, AssetKey key) {
        ItemNames names = new ItemNames(ui, t);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String referrer : ui.content.assetReferrers(key.toString())) {
            // the content service names them "<content type> <item name>"
            int space = referrer.indexOf(' ');
            Optional<ContentTypeDefinition> type = space < 0 ? Optional.empty() : ui.module.contentType(referrer.substring(0, space));
            Map<String, Object> m = new LinkedHashMap<>();
            if (type.isPresent()) {
                String name = referrer.substring(space + 1);
                try {
                    Item item = ui.content.read(type.get().name(), name);
                    m.put("label", names.describe(type.get(), item));
                    m.put("title", names.title(type.get(), item));
                    m.put("href", UiContext.itemUrl(type.get(), item.name()));
                } catch (NoSuchItemException gone) {
                    m.put("label", referrer);
                    m.put("title", referrer);
                }
            } else {
                m.put("label", referrer);
                m.put("title", referrer);
            }
            out.add(m);
        }
        return out;
    }

    static String size(UiText t, long bytes) {
        if (bytes < 1024) {
            return t.get("assets.bytes", t.number(bytes));
        }
        if (bytes < 1024 * 1024) {
            return t.get("assets.kb", t.number(Math.round(bytes / 1024.0)));
        }
        return t.get("assets.mb", t.number(Math.round(bytes / (1024.0 * 102.4)) / 10.0));
    }
}
