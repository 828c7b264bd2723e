package org.oicc.relations.authoring.ui;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reference field needs, at any size of the target workspace: the chosen item's label (found
 * by identifier, never by listing), the first matches of what the editor typed (from the index),
 * and, for a target type small enough to be a plain select (the four categories), all of its items.
 */
final class ReferencePicker {

    /** The most matches one search answers, for the script's list and the no-script step alike. */
    static final int MATCHES = 20;
    /** Up to this many items a reference stays a plain select: quicker to use than a search box. */
    static final int SELECT_UP_TO = 20;
    /** Longer search texts are refused: nobody types more to find an item. */
    static final int MAX_TEXT = 200;

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** One item as a choice: its identifier (the stored value), node name and label. */
    record Match(String id, String name, String label) {
    }

    /** The first matches and how many there are in all. */
    record Matches(List<Match> items, long total) {
    }

    private final LightModule module;
    private final ContentLocales locales;
    private final SessionProvider sessions;
    private final ItemIndex index;

    ReferencePicker(LightModule module, ContentLocales locales, SessionProvider sessions, ItemIndex index) {
        this.module = module;
        this.locales = locales;
        this.sessions = sessions;
        this.index = index;
    }

    /** The UI's language; the UI is English for now, i.e. the content's default language. */
    String uiLanguage() {
        return locales.defaultLocale();
    }

    /** Items of {@code target} whose searchable columns contain {@code text}, in title order, at most {@code limit}. */
    Matches find(ContentTypeDefinition target, String text, int limit) throws RepositoryException {
        ItemColumns columns = ItemColumns.of(module, target);
        IndexPage page = index.items(target.workspace(), columns.search(text),
                new SortOrder(columns.title().name(), uiLanguage(), false), 0, Math.min(limit, MATCHES));
        return new Matches(read(target, columns, page.paths()), page.total());
    }

    /** Every item of {@code target} when there are at most {@link #SELECT_UP_TO}; empty when there are more. */
    Optional<List<Match>> smallSet(ContentTypeDefinition target) throws RepositoryException {
        ItemColumns columns = ItemColumns.of(module, target);
        IndexPage page = index.items(target.workspace(), ItemSearch.all(),
                new SortOrder(columns.title().name(), uiLanguage(), false), 0, SELECT_UP_TO + 1);
        if (page.total() > SELECT_UP_TO) {
            return Optional.empty();
        }
        return Optional.of(read(target, columns, page.paths()));
    }

    /** The item an identifier names, if it is one of {@code target}'s: one lookup by identifier. */
    Optional<Match> byId(ContentTypeDefinition target, String id) throws RepositoryException {
        if (id == null || !UUID.matcher(id).matches()) {
            return Optional.empty();
        }
        Session session = sessions.login(Side.AUTHOR, target.workspace());
        try {
            Node node = session.getNodeByIdentifier(id);
            if (!node.getPrimaryNodeType().getName().equals(target.nodeType())
                    || !JcrPaths.isBelow(node.getPath(), target.datasource().rootPath())) {
                return Optional.empty();
            }
            return Optional.of(match(node, ItemColumns.of(module, target)));
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        } finally {
            session.logout();
        }
    }

    /** The title (in the UI language) of the item an identifier names, if it is one of {@code target}'s. */
    Optional<String> titleById(ContentTypeDefinition target, String id) throws RepositoryException {
        if (id == null || !UUID.matcher(id).matches()) {
            return Optional.empty();
        }
        Session session = sessions.login(Side.AUTHOR, target.workspace());
        try {
            Node node = session.getNodeByIdentifier(id);
            if (!node.getPrimaryNodeType().getName().equals(target.nodeType())) {
                return Optional.empty();
            }
            String title = ItemColumns.text(node, ItemColumns.titleProperty(module, target), locales, uiLanguage());
            return Optional.of(title.isEmpty() ? node.getName() : title);
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        } finally {
            session.logout();
        }
    }

    private List<Match> read(ContentTypeDefinition target, ItemColumns columns, List<String> paths) throws RepositoryException {
        List<Match> out = new ArrayList<>();
        Session session = sessions.login(Side.AUTHOR, target.workspace());
        try {
            for (String path : paths) {
                try {
                    out.add(match(session.getNode(StoredPaths.of(session).stored(path)), columns));
                } catch (PathNotFoundException e) {
                    // removed since the index answered: a search result may be one short, never wrong
                }
            }
        } finally {
            session.logout();
        }
        return out;
    }

    /** "League of Arab States (LAS)": the title in the UI language, then the other columns that have a value. */
    private Match match(Node node, ItemColumns columns) throws RepositoryException {
        String title = ItemColumns.text(node, columns.title(), locales, uiLanguage());
        StringBuilder label = new StringBuilder(title.isEmpty() ? node.getName() : title);
        List<String> more = new ArrayList<>();
        for (PropertyDefinition p : columns.properties().subList(1, columns.properties().size())) {
            String v = ItemColumns.text(node, p, locales, uiLanguage());
            if (!v.isEmpty()) {
                more.add(v);
            }
        }
        if (!more.isEmpty()) {
            label.append(" (").append(String.join(", ", more)).append(')');
        }
        return new Match(node.getIdentifier(), node.getName(), label.toString());
    }
}
