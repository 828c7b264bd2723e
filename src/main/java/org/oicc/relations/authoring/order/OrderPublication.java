package org.oicc.relations.authoring.order;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.authoring.publication.PublishedItem;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes a category's order: every organization holding an entry of the category that changed
 * since its last publication, as one publication ({@link Publisher#publishTogether}). Items never
 * published stay drafts (they are not on the public page, so their order does not show there yet).
 *
 * <p>Like any publication of an item it publishes the whole draft of each organization, not only
 * its positions. Cost: one status read per entry of the category (the index gives the entries; their
 * items' activation stamps are read), bounded by the category's size.
 */
public final class OrderPublication {

    private final CategoryOrder order;
    private final SessionProvider sessions;
    private final ItemIndex index;
    private final Publisher publisher;

    public OrderPublication(CategoryOrder order, SessionProvider sessions, ItemIndex index, Publisher publisher) {
        this.order = order;
        this.sessions = sessions;
        this.index = index;
        this.publisher = publisher;
    }

    /** The items {@link #publish} would publish now. */
    public List<String> pending(String categoryName) throws RepositoryException {
        String id = order.categoryId(categoryName);
        var def = order.definition();
        IndexPage all = index.entries(def.workspace(), def.entriesProperty(), def.categoryProperty(), id, def.orderProperty(),
                0, Integer.MAX_VALUE);
        Set<String> items = new LinkedHashSet<>();
        String marker = "/" + def.entriesProperty() + "/";
        for (String path : all.paths()) {
            int cut = path.lastIndexOf(marker);
            if (cut > 0) {
                items.add(path.substring(0, cut));
            }
        }
        List<String> out = new ArrayList<>();
        Session s = sessions.login(Side.AUTHOR, def.workspace());
        try {
            for (String item : items) {
                if (s.nodeExists(StoredPaths.of(s).stored(item))) {
                    Node node = s.getNode(StoredPaths.of(s).stored(item));
                    if (PublicationStatus.of(node) == PublicationStatus.MODIFIED) {
                        out.add(item);
                    }
                }
            }
        } finally {
            s.logout();
        }
        return out;
    }

    /** @return what was published; empty when every organization of the category is already public as it is */
    public List<PublishedItem> publish(String categoryName, String user) throws RepositoryException, PublicationException {
        List<String> items = pending(categoryName);
        return items.isEmpty() ? List.of() : publisher.publishTogether(order.definition().workspace(), items, user);
    }
}
