package org.oicc.relations.rendering;

import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.definition.VirtualUriMappings;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.repository.ClientPaths;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every page a visitor can open, in a fixed order, as site paths ({@code /relations},
 * {@code /organizations/iula}): the website's pages with a page template of the module, then, for
 * each page whose template names an {@code itemWorkspace}, one page per item of that workspace at
 * {@code <page>/<item>.html}, where a virtual URI mapping of the module serves it. Items come from the index a slice at a time, so a sitemap
 * file costs what it lists, not what is stored. Paged lists ({@code ?page=2}) are not listed: they
 * are reached from page 1 by {@code rel="next"} links.
 */
final class SitemapLocations {

    /** Deeper page trees are not something editors build; a loop-proof bound on the walk. */
    private static final int MAX_DEPTH = 16;

    /** The template parameter naming the workspace whose items each have a page under this one. */
    static final String ITEM_WORKSPACE = "itemWorkspace";

    private final PageResolver resolver;
    private final ItemIndex index;
    private final VirtualUriMappings mappings;

    /** @param mappings what serves the item pages ({@code virtualUriMappings/}): only URLs they answer are listed */
    SitemapLocations(PageResolver resolver, ItemIndex index, VirtualUriMappings mappings) {
        this.resolver = resolver;
        this.index = index;
        this.mappings = mappings;
    }

    /** What the sitemap lists: the pages, and the item workspaces behind them. */
    record Sources(List<String> pages, List<Items> items) {

        long total() {
            return pages.size() + items.stream().mapToLong(Items::total).sum();
        }
    }

    /** The item pages under one page: {@code <page>/<item>}. */
    record Items(String page, String workspace, long total) {
    }

    Sources sources(Session website) throws RepositoryException {
        List<String> pages = new ArrayList<>();
        List<Items> items = new ArrayList<>();
        walk(website.getRootNode(), 0, pages, items);
        return new Sources(pages, items);
    }

    private void walk(Node node, int depth, List<String> pages, List<Items> items) throws RepositoryException {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (!child.isNodeType(MgnlNames.PAGE) || !ClientPaths.Rule.PAGE.allows(child.getName())) {
                continue;
            }
            Optional<TemplateDefinition> template = resolver.template(child);
            if (template.isPresent()) {
                pages.add(child.getPath());
                String workspace = template.get().parameters().get(ITEM_WORKSPACE);
                if (workspace != null) {
                    long total = index.items(workspace, ItemSearch.all(), SortOrder.byName(), 0, 1).total();
                    items.add(new Items(child.getPath(), workspace, total));
                }
            }
            walk(child, depth + 1, pages, items);
        }
    }

    /** Whether a virtual URI mapping serves the item page (a name its pattern refuses is no page). */
    private boolean served(String location) {
        try {
            return mappings.resolve(location + PagePath.EXTENSION).isPresent();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * Locations at positions {@code offset .. offset+limit-1} of the whole list. A position whose item
     * has no page of its own (a nested item, a name no URL segment may have) is skipped, so a slice may
     * hold fewer than {@code limit}; slices never overlap.
     */
    List<String> slice(Sources sources, long offset, int limit) {
        List<String> out = new ArrayList<>(Math.min(limit, 4096));
        long skip = offset;
        int remaining = limit;
        for (String page : sources.pages()) {
            if (remaining == 0) {
                return out;
            }
            if (skip > 0) {
                skip--;
            } else {
                out.add(page);
                remaining--;
            }
        }
        for (Items items : sources.items()) {
            if (remaining == 0) {
                break;
            }
            if (skip >= items.total()) {
                skip -= items.total();
                continue;
            }
            IndexPage slice = index.items(items.workspace(), ItemSearch.all(), SortOrder.byName(), (int) skip, remaining);
            remaining -= (int) Math.min(remaining, items.total() - skip);
            skip = 0;
            for (String path : slice.paths()) {
                String name = path.substring(1);
                if (name.indexOf('/') < 0 && ClientPaths.Rule.PAGE.allows(name) && served(items.page() + path)) {
                    out.add(items.page() + path);
                }
            }
        }
        return out;
    }
}
