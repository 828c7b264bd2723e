package org.oicc.relations.authoring.ui;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.index.TranslationGaps;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of one list page: the text columns, the categories of the item's entries (the titles of
 * the first reference of each submodel, e.g. a relationship's category), publication status, last
 * editor, and the translations each item lacks (counted by the index, see {@link TranslationGaps}).
 * Costs one item read per row and one lookup per distinct referenced item of the page.
 */
final class ListRows {

    /** A submodel's reference that stands for its entries in the list: {@code relationships} → {@code category}. */
    record Grouping(PropertyDefinition subModel, PropertyDefinition reference, String label) {
    }

    private final UiContext ui;
    private final SessionProvider sessions;
    private final ReferencePicker picker;
    private final Optional<TranslationGaps> gaps;

    ListRows(UiContext ui, SessionProvider sessions, ReferencePicker picker, Optional<TranslationGaps> gaps) {
        this.ui = ui;
        this.sessions = sessions;
        this.picker = picker;
        this.gaps = gaps;
    }

    boolean countsTranslations() {
        return gaps.isPresent() && !ui.content.locales().translations().isEmpty();
    }

    /** The first multi-valued submodel whose entries hold a reference: its entries' targets become the list's column. */
    static Optional<Grouping> grouping(UiText t, UiContext ui, ContentTypeDefinition type) {
        for (PropertyDefinition p : type.model().properties()) {
            if (p.isSubModel() && p.multiple()) {
                for (PropertyDefinition q : FormState.subModel(type, p).properties()) {
                    if (q.isReference() && !q.multiple()) {
                        String sub = ((PropertyType.SubModel) p.type()).name();
                        return Optional.of(new Grouping(p, q, t.labels().property(type, sub, q.name())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    List<Map<String, Object>> rows(UiText t, ContentTypeDefinition type, ItemColumns columns, List<String> paths, String language)
            throws RepositoryException {
        List<Map<String, Object>> rows = new ArrayList<>();
        Optional<Grouping> grouping = grouping(t, ui, type);
        Map<String, String> titles = new HashMap<>();
        ContentLocales locales = ui.content.locales();
        Session author = sessions.login(Side.AUTHOR, type.workspace());
        try {
            for (String path : paths) {
                Item item;
                PublicationStatus status;
                String publishedBy;
                try {
                    item = ui.content.read(type.name(), path);
                    Node node = author.getNode(StoredPaths.of(author).stored(item.path()));
                    status = PublicationStatus.of(node);
                    publishedBy = publishedBy(node, status);
                } catch (NoSuchItemException | PathNotFoundException e) {
                    continue; // deleted since the index answered
                }
                Map<String, Object> row = new LinkedHashMap<>();
                List<String> cells = new ArrayList<>();
                for (PropertyDefinition p : columns.properties()) {
                    cells.add(text(item, p, language));
                }
                row.put("title", cells.get(0).isEmpty() ? item.name() : cells.get(0));
                row.put("cells", cells.subList(1, cells.size()));
                row.put("name", item.name());
                row.put("href", UiContext.itemUrl(type, item.name()));
                row.put("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                row.put("statusLabel", ItemList.statusLabel(t, status));
                row.put("modified", t.when(item.lastModified()));
                row.put("modifiedBy", item.lastModifiedBy() == null ? "" : item.lastModifiedBy());
                row.put("publishedBy", publishedBy);
                if (grouping.isPresent()) {
                    row.put("groups", groups(item, grouping.get(), titles));
                }
                if (countsTranslations()) {
                    row.put("translations", translations(t, type, item.path(), locales));
                }
                rows.add(row);
            }
        } finally {
            author.logout();
        }
        return rows;
    }

    /** Distinct titles of the entries' references, in entry order; one lookup per distinct target of the page. */
    private List<String> groups(Item item, Grouping grouping, Map<String, String> titles) throws RepositoryException {
        Set<String> out = new LinkedHashSet<>();
        if (!(item.properties().get(grouping.subModel().name()) instanceof List<?> entries)) {
            return List.of();
        }
        String target = ((PropertyType.Reference) grouping.reference().type()).contentType();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> m && m.get(grouping.reference().name()) instanceof String id) {
                String title = titles.get(id);
                if (title == null) {
                    title = picker.titleById(ui.type(target), id).orElse(id);
                    titles.put(id, title);
                }
                out.add(title);
            }
        }
        return List.copyOf(out);
    }

    /** Per translation locale: its name, how many texts lack it, and a short label ("2 missing", "complete"). */
    private List<Map<String, Object>> translations(UiText t, ContentTypeDefinition type, String path, ContentLocales locales) {
        Map<String, Integer> counts = gaps.orElseThrow().counts(type.workspace(), path, locales.translations());
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((locale, n) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("locale", locale);
            one.put("language", FormView.languageName(t, locale));
            one.put("missing", n);
            out.add(one);
        });
        return out;
    }

    /** Who published the version the public side has (mgnl:lastActivatedBy), or "" when none is public. */
    private static String publishedBy(Node node, PublicationStatus status) throws RepositoryException {
        if (status == PublicationStatus.NEVER_PUBLISHED || status == PublicationStatus.UNPUBLISHED || !node.hasProperty(MgnlNames.LAST_ACTIVATED_BY)) {
            return "";
        }
        return node.getProperty(MgnlNames.LAST_ACTIVATED_BY).getString();
    }

    /** A column as a reader in the UI language sees it: the translation, else the default language's value. */
    private String text(Item item, PropertyDefinition p, String language) {
        if (p.i18n()) {
            Object translated = item.properties().get(ui.content.locales().propertyName(p.name(), language));
            if (translated instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return item.properties().get(p.name()) instanceof String s ? s : "";
    }
}
