package org.oicc.relations.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/**
 * Namespaces and node types. Magnolia's base types are registered only when absent, never over
 * existing ones (a repository that already has them got them from Magnolia or an earlier start).
 * The module's own CNDs are re-registered on every start, so a type added or relaxed in a new
 * version reaches a repository created by an older one; Jackrabbit refuses changes that existing
 * content would violate, which is the error we want.
 */
final class NodeTypeRegistrar {

    static final String BASE_CND = "/org/oicc/relations/repository/magnolia-base-nodetypes.cnd";

    private NodeTypeRegistrar() {
    }

    static void registerNamespaces(Session session, Map<String, String> namespaces) throws RepositoryException {
        NamespaceRegistry registry = session.getWorkspace().getNamespaceRegistry();
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            boolean prefixKnown = Arrays.asList(registry.getPrefixes()).contains(ns.getKey());
            if (prefixKnown) {
                String uri = registry.getURI(ns.getKey());
                if (!uri.equals(ns.getValue())) {
                    throw new RepositoryException("namespace prefix '" + ns.getKey() + "' is registered as " + uri
                            + ", not " + ns.getValue() + " (a repository's namespaces cannot be changed)");
                }
            } else {
                registry.registerNamespace(ns.getKey(), ns.getValue());
            }
        }
    }

    static void registerBaseTypes(Session session) throws RepositoryException {
        register(session, BASE_CND, false);
    }

    static void registerModuleTypes(Session session, Iterable<String> cndResources) throws RepositoryException {
        for (String cnd : cndResources) {
            register(session, cnd, true);
        }
    }

    private static void register(Session session, String resource, boolean reregister) throws RepositoryException {
        InputStream in = NodeTypeRegistrar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new RepositoryException("node type file " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, resource, session.getWorkspace().getNodeTypeManager(),
                    session.getWorkspace().getNamespaceRegistry(), session.getValueFactory(), reregister);
        } catch (ParseException e) {
            throw new RepositoryException("invalid node type file " + resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RepositoryException("cannot read node type file " + resource, e);
        } catch (RepositoryException e) {
            throw new RepositoryException("cannot register node types from " + resource + ": " + e.getMessage(), e);
        }
    }
}
