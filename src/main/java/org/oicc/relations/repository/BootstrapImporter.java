package org.oicc.relations.repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NamespaceException;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeManager;

import org.apache.jackrabbit.util.ISO8601;
import org.xml.sax.SAXException;

/**
 * Imports a Magnolia YAML bootstrap file ({@code <workspace>.<path.with.dots>.yaml}) into a
 * workspace. Format and typing rules: {@link YamlValueParser}; a node without
 * {@code jcr:primaryType} is an {@code mgnl:contentNode} (Magnolia's exports always name the
 * type, and contentNode is the most permissive of Magnolia's types that still carries metadata).
 *
 * <p>All-or-nothing: the file is parsed and checked against the repository (parent, node types,
 * namespaces, existing nodes and uuids) before anything is written, and a failure while writing
 * discards the session's pending changes. Either way a {@link BootstrapException} names file:line.
 *
 * <p>Nodes whose type carries {@code mgnl:created} / {@code mgnl:lastModified} get those dates
 * (now) and the importing user, unless the file sets them, as Magnolia's importer does.
 */
public final class BootstrapImporter {

    private final String user;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE + 1);

    /** @param user recorded as {@code mgnl:createdBy}/{@code mgnl:lastModifiedBy}, e.g. "bootstrap" */
    public BootstrapImporter(String user) {
        this(user, Clock.systemUTC());
    }

    public BootstrapImporter(String user, Clock clock) {
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The workspace a bootstrap file targets, from its name. */
    public static String workspaceOf(String fileName) throws BootstrapException {
        return BootstrapFileName.parse(fileName).workspace();
    }

    /** The absolute path a bootstrap file creates, from its name. */
    public static String pathOf(String fileName) throws BootstrapException {
        return BootstrapFileName.parse(fileName).path();
    }

    /**
     * Imports one file and saves. The session must be on the file's workspace; pending changes in
     * it are discarded on failure, so pass a session with none.
     *
     * @return the path of the imported node
     */
    public String importFile(Session session, BootstrapFile file, ImportMode mode) throws RepositoryException {
        return importFile(session, file, mode, true);
    }

    private String importFile(Session session, BootstrapFile file, ImportMode mode, boolean save) throws RepositoryException {
        BootstrapFileName target = BootstrapFileName.parse(file.name());
        if (!session.getWorkspace().getName().equals(target.workspace())) {
            throw new BootstrapException(file.name(), 1, "file targets workspace '" + target.workspace()
                    + "' but the session is on '" + session.getWorkspace().getName() + "'");
        }
        BootstrapNode root = new YamlBootstrapParser(file.name()).parse(file.content(), target.nodeName());
        return write(session, target, root, mode, save);
    }

    /** As {@link #importFile} without the save: the caller saves many files at once (a restore). */
    public String stageFile(Session session, BootstrapFile file, ImportMode mode) throws RepositoryException {
        return importFile(session, file, mode, false);
    }

    /**
     * Imports a file in the same format whatever its name, under {@code parentPath} of the session's
     * workspace; the node takes the file's single root key as its name. For {@code import} of an
     * exported file, which a user may have renamed.
     *
     * @param sourceName named in error messages (the file as the user gave it)
     * @return the path of the imported node
     */
    public String importInto(Session session, String parentPath, String sourceName, byte[] content, ImportMode mode)
            throws RepositoryException {
        BootstrapNode root = new YamlBootstrapParser(sourceName).parse(content, null);
        BootstrapFileName target = new BootstrapFileName(sourceName, session.getWorkspace().getName(), parentPath, root.name());
        return write(session, target, root, mode, true);
    }

    /**
     * As {@link #importInto}, but leaves the change in the session's transient space for the caller
     * to save with others (a publication of many items saves once). On failure the session's pending
     * changes are discarded, the earlier items' included.
     */
    public String stageInto(Session session, String parentPath, String sourceName, byte[] content, ImportMode mode)
            throws RepositoryException {
        BootstrapNode root = new YamlBootstrapParser(sourceName).parse(content, null);
        BootstrapFileName target = new BootstrapFileName(sourceName, session.getWorkspace().getName(), parentPath, root.name());
        return write(session, target, root, mode, false);
    }

    /**
     * As {@link #stageInto}, for a tree taken from the node itself ({@link ItemCopy}) instead of its
     * YAML: the same checks, stamps and system-view import, without writing and reading the document.
     */
    public String stageCopy(Session session, String parentPath, String sourceName, ItemCopy item, ImportMode mode)
            throws RepositoryException {
        BootstrapFileName target = new BootstrapFileName(sourceName, session.getWorkspace().getName(), parentPath, item.name());
        return write(session, target, item.root(), mode, false);
    }

    private String write(Session session, BootstrapFileName target, BootstrapNode root, ImportMode mode)
            throws RepositoryException {
        return write(session, target, root, mode, true);
    }

    private String write(Session session, BootstrapFileName target, BootstrapNode root, ImportMode mode, boolean save)
            throws RepositoryException {
        String file = target.file();
        new RepositoryCheck(session, file).check(target, root, mode);
        BootstrapNode stamped = stamp(session.getWorkspace().getNodeTypeManager(), root, now());
        StoredPaths layout = StoredPaths.of(session);
        try {
            String stored = layout.stored(target.path());
            if (mode == ImportMode.REPLACE && session.nodeExists(stored)) {
                session.getNode(stored).remove();
            }
            int uuidBehavior = mode == ImportMode.REPLACE
                    ? ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING
                    : ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW;
            // a top-level node of a bucketed workspace goes into its bucket, added here when missing
            String parent = layout.storedParentForNew(session, target.parentPath(), root.name());
            new SystemViewEmitter(session.getImportContentHandler(parent, uuidBehavior)).emit(stamped);
            if (save) {
                session.save();
            }
            return target.path();
        } catch (SAXException | RepositoryException | RuntimeException e) {
            session.refresh(false);
            Throwable cause = e instanceof SAXException sax && sax.getException() != null ? sax.getException() : e;
            throw new BootstrapException(file, root.line(), "import into workspace '" + target.workspace()
                    + "' failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * The clock's instant, but always after the last one this importer stamped: the items of a
     * bootstrap written in one millisecond keep their import order in {@code mgnl:created}, which is
     * the creation order a listing of a bucketed root gives ({@link StoredPaths#children}).
     */
    private String now() {
        long millis = clock.millis();
        long stamped = last.updateAndGet(before -> Math.max(millis, before + 1));
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(stamped);
        return ISO8601.format(calendar);
    }

    private BootstrapNode stamp(NodeTypeManager types, BootstrapNode node, String now) throws RepositoryException {
        List<BootstrapProperty> properties = new ArrayList<>(node.properties());
        if (isNodeType(types, node, MgnlNames.CREATED)) {
            add(properties, node, MgnlNames.CREATED, PropertyType.DATE, now);
            add(properties, node, MgnlNames.CREATED_BY, PropertyType.STRING, user);
        }
        if (isNodeType(types, node, MgnlNames.LAST_MODIFIED)) {
            add(properties, node, MgnlNames.LAST_MODIFIED, PropertyType.DATE, now);
            add(properties, node, MgnlNames.LAST_MODIFIED_BY, PropertyType.STRING, user);
        }
        List<BootstrapNode> children = new ArrayList<>();
        for (BootstrapNode child : node.children()) {
            children.add(stamp(types, child, now));
        }
        return new BootstrapNode(node.name(), node.primaryType(), node.mixins(), node.uuid(), List.copyOf(properties),
                List.copyOf(children), node.line());
    }

    private static void add(List<BootstrapProperty> properties, BootstrapNode node, String name, int type, String value) {
        if (!node.hasProperty(name)) {
            properties.add(BootstrapProperty.single(name, type, value, node.line()));
        }
    }

    private static boolean isNodeType(NodeTypeManager types, BootstrapNode node, String type) throws RepositoryException {
        if (!types.hasNodeType(type)) {
            return false; // not a Magnolia-typed repository: nothing to stamp
        }
        if (types.getNodeType(node.primaryType()).isNodeType(type)) {
            return true;
        }
        for (String mixin : node.mixins()) {
            if (types.getNodeType(mixin).isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** The checks that need the repository, all made before anything is written. */
    private record RepositoryCheck(Session session, String file) {

        void check(BootstrapFileName target, BootstrapNode root, ImportMode mode) throws RepositoryException {
            StoredPaths layout = StoredPaths.of(session);
            if (!session.nodeExists(layout.stored(target.parentPath()))) {
                throw new BootstrapException(file, root.line(), "parent " + target.parentPath()
                        + " does not exist in workspace '" + target.workspace() + "' (import its file first)");
            }
            if (mode == ImportMode.FAIL_IF_EXISTS && session.nodeExists(layout.stored(target.path()))) {
                throw new BootstrapException(file, root.line(), "node " + target.path() + " already exists in workspace '"
                        + target.workspace() + "'");
            }
            node(root, mode);
        }

        private void node(BootstrapNode node, ImportMode mode) throws RepositoryException {
            NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
            name(node.name(), node.line());
            type(types, node.primaryType(), false, node.line());
            for (String mixin : node.mixins()) {
                type(types, mixin, true, node.line());
            }
            if (node.uuid() != null && mode == ImportMode.FAIL_IF_EXISTS) {
                try {
                    Node holder = session.getNodeByIdentifier(node.uuid());
                    String existing = StoredPaths.of(session).client(holder);
                    throw new BootstrapException(file, node.line(), "jcr:uuid " + node.uuid()
                            + " is already used by " + existing);
                } catch (ItemNotFoundException expected) {
                    // free: good
                }
            }
            for (BootstrapProperty p : node.properties()) {
                name(p.name(), p.line());
                if (p.type() == PropertyType.NAME) {
                    for (String value : p.values()) {
                        name(value, p.line());
                    }
                }
            }
            for (BootstrapNode child : node.children()) {
                node(child, mode);
            }
        }

        private void type(NodeTypeManager types, String name, boolean mixin, int line) throws RepositoryException {
            name(name, line);
            if (!types.hasNodeType(name)) {
                throw new BootstrapException(file, line, "unknown node type " + name);
            }
            NodeType type = types.getNodeType(name);
            if (type.isMixin() != mixin || type.isAbstract()) {
                throw new BootstrapException(file, line, name + " is " + (type.isMixin() ? "a mixin" : "not a mixin")
                        + (type.isAbstract() ? " (abstract)" : "") + ", expected " + (mixin ? "a mixin" : "a primary type"));
            }
        }

        private void name(String name, int line) throws BootstrapException, RepositoryException {
            int colon = name.indexOf(':');
            if (colon > 0) {
                try {
                    session.getNamespaceURI(name.substring(0, colon));
                } catch (NamespaceException e) {
                    throw new BootstrapException(file, line, "unknown namespace prefix '" + name.substring(0, colon)
                            + "' in '" + name + "'");
                }
            }
        }
    }
}
