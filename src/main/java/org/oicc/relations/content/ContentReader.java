package org.oicc.relations.content;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads items through their definitions, on either side; each call opens and closes its own session. */
final class ContentReader {

    private final ItemLocator locator;
    private final SessionProvider sessions;
    private final ContentLocales locales;

    ContentReader(ItemLocator locator, SessionProvider sessions, ContentLocales locales) {
        this.locator = locator;
        this.sessions = sessions;
        this.locales = locales;
    }

    Item read(Side side, String contentType, String nameOrPath) {
        ContentTypeDefinition type = locator.type(contentType);
        try (SessionScope scope = new SessionScope(sessions, side)) {
            Node node = ItemLocator.locate(scope.session(type.workspace()), type, nameOrPath);
            return new ItemReader(type, locales).read(node);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read " + contentType + " " + nameOrPath, e);
        }
    }

    List<Item> list(Side side, String contentType) {
        ContentTypeDefinition type = locator.type(contentType);
        try (SessionScope scope = new SessionScope(sessions, side)) {
            ItemReader reader = new ItemReader(type, locales);
            List<Item> items = new ArrayList<>();
            Node root = scope.session(type.workspace()).getNode(ItemLocator.rootPath(type));
            for (Node node : StoredPaths.of(root).children(root)) {
                if (node.getPrimaryNodeType().getName().equals(type.nodeType())) {
                    items.add(reader.read(node));
                }
            }
            return List.copyOf(items);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot list " + contentType, e);
        }
    }

    Map<String, Object> values(String contentType, String nameOrPath) {
        ContentTypeDefinition type = locator.type(contentType);
        try (SessionScope scope = new SessionScope(sessions, Side.AUTHOR)) {
            return StoredValues.of(ItemLocator.locate(scope.session(type.workspace()), type, nameOrPath), type.model());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read " + contentType + " " + nameOrPath, e);
        }
    }
}
