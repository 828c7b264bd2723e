package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.ClientPaths;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.StoredPaths;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Finds content types by name and items by name or path. An item is addressed by node name
 * ({@code iula}) or by absolute path ({@code /iula}); either must be a direct child of the content
 * type's root path with the model's node type, anything else is no such item.
 */
final class ItemLocator {

    private final LightModule module;

    ItemLocator(LightModule module) {
        this.module = module;
    }

    ContentTypeDefinition type(String contentType) {
        return module.contentType(contentType)
                .orElseThrow(() -> new IllegalArgumentException("unknown content type: " + contentType));
    }

    static String rootPath(ContentTypeDefinition type) {
        return JcrPaths.rootOrDefault(type.datasource().rootPath());
    }

    /** The item named {@code name} of the type, or null when there is none (whatever its node type). */
    static Node existing(Session session, ContentTypeDefinition type, String name) throws RepositoryException {
        String path = StoredPaths.of(session).stored(JcrPaths.child(rootPath(type), name));
        return session.nodeExists(path) ? session.getNode(path) : null;
    }

    /** The node a new item named {@code name} goes under: the type's root, or its bucket (added, unsaved). */
    static Node parentForNew(Session session, ContentTypeDefinition type, String name) throws RepositoryException {
        return StoredPaths.of(session).parentForNew(session, rootPath(type), name);
    }

    static Node locate(Session session, ContentTypeDefinition type, String nameOrPath) throws RepositoryException {
        String root = rootPath(type);
        String name = nameOrPath == null ? "" : nameOrPath;
        if (name.startsWith("/")) {
            String relative = JcrPaths.relative(root, name);
            name = relative == null ? "" : relative.substring(1);
        }
        // a slug has no '/', '.' or ':', so the path below stays a direct child of the root
        if (!ClientPaths.Rule.ITEM_NAME.allows(name)) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        String path = StoredPaths.of(session).stored(JcrPaths.child(root, name));
        if (!session.nodeExists(path)) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        Node node = session.getNode(path);
        if (!node.getPrimaryNodeType().getName().equals(type.nodeType())) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        return node;
    }
}
