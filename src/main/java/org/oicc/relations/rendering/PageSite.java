package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.caching.CachingResponder;
import org.oicc.relations.caching.NoCaching;
import org.oicc.relations.caching.Responder;
import org.oicc.relations.caching.ResponseCache;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.SessionProvider;

import java.util.Optional;
import java.util.Set;

/**
 * The page runtime of one light module: its servlets for {@code /} (pages, {@code /sitemap.xml},
 * the home redirect, HTML 404) and
 * {@code /.resources/*} (web resources). Templates read the public side and any workspace of the
 * module ({@link LightModule#workspaces()}). On the published side the change tracking of those
 * workspaces gives pages their ETag and Last-Modified, so a 304 or a cached page needs no
 * repository read; previews ({@link #uncached}) render every request and let nobody keep it.
 */
public final class PageSite {

    /** Three languages of a relations page and one page per organization, many times over. */
    static final long CACHE_BYTES = 8L * 1024 * 1024;

    private final PageServlet pages;
    private final WebResourceServlet resources;
    /** The published pages' cache, null for previews. */
    private final ResponseCache cache;

    /**
     * Published pages, validated and cached.
     *
     * @param changes must watch every workspace of the module: a page whose content could change
     *                unseen would be served stale from the cache
     * @throws IllegalArgumentException when it does not
     */
    public PageSite(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            WorkspaceChanges changes, ItemIndex index) {
        this(module, source, sessions, locales, changes, index, SiteAddress.ofConnection());
    }

    /** @param address the origin of absolute links (canonical, hreflang, sitemap) */
    public PageSite(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            WorkspaceChanges changes, ItemIndex index, SiteAddress address) {
        this(module, source, sessions, locales, changes, new ResponseCache(CACHE_BYTES), index, address);
    }

    private final PageRenderer renderer;

    /** The rendition widths pages offer in {@code srcset}s ({@code damfn}); set before serving. */
    public void renditionWidths(java.util.SortedSet<Integer> widths) {
        renderer.renditionWidths(widths);
    }

    private PageSite(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            WorkspaceChanges changes, ResponseCache cache, ItemIndex index, SiteAddress address) {
        this(module, source, sessions, locales, caching(module, changes, cache), cache, index, address,
                Sitemap.DEFAULT_URLS_PER_FILE);
    }

    private PageSite(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            Responder responder, ResponseCache cache, ItemIndex index, SiteAddress address, int urlsPerSitemap) {
        this.cache = cache;
        Set<String> workspaces = module.workspaces();
        Messages messages = new Messages(module.messages(), locales.defaultLocale());
        TemplateEngine engine = new TemplateEngine(source);
        PageResolver resolver = new PageResolver(module);
        Sitemap sitemap = new Sitemap(sessions, locales, workspaces, new SitemapLocations(resolver, index, module.virtualUriMappings()), responder,
                urlsPerSitemap);
        this.renderer = new PageRenderer(module, engine, messages, index);
        this.pages = new PageServlet(sessions, locales, workspaces, resolver, module.virtualUriMappings(),
                renderer, new ErrorPages(messages), module.site().homePage(), responder,
                address, sitemap);
        this.resources = new WebResourceServlet(source, responder);
    }

    /**
     * Pages of drafts: rendered for every request, never validated or kept ({@link NoCaching}).
     *
     * @param index answers the templates' paged lookups ({@code relationsfn}) over the same side as {@code sessions}
     */
    public static PageSite uncached(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales,
            ItemIndex index) {
        return new PageSite(module, source, sessions, locales, new NoCaching(), null, index, SiteAddress.ofConnection(),
                Sitemap.DEFAULT_URLS_PER_FILE);
    }

    private static Responder caching(LightModule module, WorkspaceChanges changes, ResponseCache cache) {
        CachingResponder responder = new CachingResponder(changes, cache, CacheControl.REVALIDATE);
        if (!responder.watches(module.workspaces())) {
            throw new IllegalArgumentException("pages read workspaces " + module.workspaces()
                    + "; the change tracker must watch all of them");
        }
        return responder;
    }

    /** The cache of published pages and web resources (its counters are reported as metrics); empty for previews. */
    public Optional<ResponseCache> cache() {
        return Optional.ofNullable(cache);
    }

    /** Mount at {@code /}: every path no other servlet claims. */
    public HttpServlet pageServlet() {
        return pages;
    }

    /** Mount at {@code /.resources/*}. */
    public HttpServlet resourceServlet() {
        return resources;
    }
}
