package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.PublicReferrers;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.ContentTypeDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items as editors know them, by their title and kind ("Organization “League of Arab States”"),
 * with a link to their form, instead of repository paths such as {@code organizations:/league-of-arab-states}.
 */
final class ItemNames {

    private final UiContext ui;
    private final UiText t;

    /** @param t the editor's language: kinds and quotation marks as they write them */
    ItemNames(UiContext ui, UiText t) {
        this.ui = ui;
        this.t = t;
    }

    /** An item's title, else its node name. */
    String title(ContentTypeDefinition type, Item item) {
        return ItemList.title(item, ItemColumns.titleProperty(ui.module, type).name());
    }

    /** "Organization “IULA”" for an item of a content type. */
    String describe(ContentTypeDefinition type, Item item) {
        return t.get("names.item", t.labels().item(ui.module, type), title(type, item));
    }

    /**
     * {@code workspace:/path} (as publication refusals list them) as {@code {label, href}}; the path as
     * it is when the item is gone.
     */
    Map<String, Object> fromPath(String described) {
        int colon = described.indexOf(':');
        String workspace = colon < 0 ? "" : described.substring(0, colon);
        String path = colon < 0 ? described : described.substring(colon + 1);
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<ContentTypeDefinition> type = ui.module.contentTypeOfWorkspace(workspace);
        if (type.isPresent() && path.startsWith("/") && !path.contains(" ")) {
            try {
                Item item = ui.content.read(type.get().name(), path);
                out.put("label", describe(type.get(), item));
                out.put("href", UiContext.itemUrl(type.get(), item.name()));
                return out;
            } catch (NoSuchItemException | IllegalArgumentException gone) {
                // shown as given below
            }
        }
        out.put("label", described);
        return out;
    }

    /** Referrers as {@code {label, href}} for the confirmation page. */
    List<Map<String, Object>> referrers(List<PublicReferrers.Referrer> referrers) {
        return referrers.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            if (r.contentType() == null) {
                m.put("label", t.get("names.page", r.title()));
                m.put("href", PageScreens.pageUrl(r.path()));
            } else {
                ContentTypeDefinition type = ui.type(r.contentType());
                m.put("label", t.get("names.item", t.labels().item(ui.module, type), r.title()));
                m.put("href", UiContext.itemUrl(type, r.name()));
            }
            return m;
        }).toList();
    }

}
