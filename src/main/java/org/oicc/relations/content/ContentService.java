package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ValidatorDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the items of the light module's content types, through their definitions.
 * Writes go to the author side only (public content changes by publication, not by editing).
 *
 * <p>Every write is validated completely before the session is touched; a rejected write throws
 * {@link ContentValidationException} with every problem and leaves the repository unchanged.
 *
 * <p><b>Update semantics</b> (what an editor form expects):
 * <ul>
 *   <li>a property <em>not mentioned</em> in the input is kept as stored;</li>
 *   <li>a property mentioned with {@code null}, blank text, {@code []} or {@code {}} is removed —
 *       unless it is required, which is a problem ({@code name_ar} may be removed, {@code name} not);</li>
 *   <li>a property mentioned with a value replaces the stored one; a submodel (e.g.
 *       {@code relationships}) is replaced with exactly the given entries, each checked as on create.</li>
 * </ul>
 * A required property is a problem on create when missing or blank, on update only if the updated
 * item would lack it.
 *
 * <p>Items are addressed by node name ({@code iula}) or by absolute path ({@code /iula}); both
 * must be a direct child of the content type's root path with the model's node type.
 */
public final class ContentService {

    private static final Object WRITE_LOCK = new Object();

    private final LightModule module;
    private final SessionProvider sessions;
    private final Clock clock;
    private final ContentLocales locales;
    private final ValidationMessages messages;
    private final Map<ValidatorDefinition, Pattern> patterns;

    /** UTC clock, the site's locales, English texts from the module's own bundle. */
    public ContentService(LightModule module, SessionProvider sessions) {
        this(module, sessions, Clock.systemUTC(), ContentLocales.of(module), ValidationMessages.of(module));
    }

    /**
     * @throws IllegalArgumentException if a definition carries a validator this service cannot enforce:
     *                                  refusing to start beats writing content the form would reject
     */
    public ContentService(LightModule module, SessionProvider sessions, Clock clock,
                          ContentLocales locales, ValidationMessages messages) {
        this.module = Objects.requireNonNull(module);
        this.sessions = Objects.requireNonNull(sessions);
        this.clock = Objects.requireNonNull(clock);
        this.locales = Objects.requireNonNull(locales);
        this.messages = Objects.requireNonNull(messages);
        this.patterns = ValidatorPatterns.compile(module);
    }

    public ContentLocales locales() {
        return locales;
    }

    /** Creates item {@code name} (a slug) with the given properties; mentioned nulls are simply not stored. */
    public Item create(String contentType, String name, ItemInput input, String user) {
        ContentTypeDefinition type = type(contentType);
        return write(type, user, (session, problems, validator) -> {
            Node root = session.getNode(rootPath(type));
            if (!ItemNames.isValid(name)) {
                problems.add("@name", "invalidName");
            } else if (root.hasNode(name)) {
                problems.add("@name", "nameTaken", name);
            }
            Map<String, PlannedValue> plan = validator.planItem(input.values(), null);
            problems.throwIfAny();
            Node node = root.addNode(name, type.nodeType());
            NodeWriter.write(node, plan);
            Metadata.stampCreated(node, user, clock);
            return node;
        });
    }

    /** Updates an existing item; see the class comment for absent vs. null vs. empty. */
    public Item update(String contentType, String nameOrPath, ItemInput input, String user) {
        return update(contentType, nameOrPath, input, user, null);
    }

    /**
     * Updates an item only if nobody changed it since the editor read it: the check and the write
     * happen under the service's write lock, so two editors can never overwrite each other unknowingly.
     *
     * @param expectedVersion {@link Item#version()} of what the editor started from, or null for no check
     * @throws StaleItemException when the item changed in between; nothing is written
     */
    public Item update(String contentType, String nameOrPath, ItemInput input, String user, Long expectedVersion) {
        ContentTypeDefinition type = type(contentType);
        return write(type, user, (session, problems, validator) -> {
            Node node = locate(session, type, nameOrPath);
            if (expectedVersion != null) {
                Item current = new ItemReader(type, locales).read(node);
                if (current.version() != expectedVersion) {
                    throw new StaleItemException(current);
                }
            }
            Map<String, PlannedValue> plan = validator.planItem(input.values(), node);
            problems.throwIfAny();
            NodeWriter.write(node, plan);
            Metadata.stampModified(node, user, clock);
            return node;
        });
    }

    /**
     * Checks a stored item against its content type as if an editor submitted it whole: every
     * stored property (unknown ones included), required, types, options, references, validators.
     * For content that did not come through this service: bootstrap files, imports.
     *
     * @return the problems, empty when the item is valid; nothing is written
     */
    public List<ValidationProblem> check(Side side, String contentType, String nameOrPath) {
        ContentTypeDefinition type = type(contentType);
        Session session = login(side, type);
        ProblemCollector problems = new ProblemCollector(messages);
        try (ReferenceChecker references = new ReferenceChecker(module, sessions, side)) {
            Node node = locate(session, type, nameOrPath);
            new InputValidator(type.model(), type.name(), locales, patterns, references, problems)
                    .planItem(StoredValues.of(node, type.model()), null);
            return problems.list();
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot check " + contentType + " " + nameOrPath, e);
        } finally {
            session.logout();
        }
    }

    /**
     * The stored values of an author item as an editor would send them back (submodel entries as
     * lists of maps, dates as ISO text): the base for partial edits such as changing one entry.
     */
    public Map<String, Object> values(String contentType, String nameOrPath) {
        ContentTypeDefinition type = type(contentType);
        Session session = login(Side.AUTHOR, type);
        try {
            return StoredValues.of(locate(session, type, nameOrPath), type.model());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read " + contentType + " " + nameOrPath, e);
        } finally {
            session.logout();
        }
    }

    /** Reads an item on the author side. */
    public Item read(String contentType, String nameOrPath) {
        return read(Side.AUTHOR, contentType, nameOrPath);
    }

    public Item read(Side side, String contentType, String nameOrPath) {
        ContentTypeDefinition type = type(contentType);
        Session session = login(side, type);
        try {
            return new ItemReader(type, locales).read(locate(session, type, nameOrPath));
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read " + contentType + " " + nameOrPath, e);
        } finally {
            session.logout();
        }
    }

    /** Every item of the type on the author side, in node order. */
    public List<Item> list(String contentType) {
        return list(Side.AUTHOR, contentType);
    }

    public List<Item> list(Side side, String contentType) {
        ContentTypeDefinition type = type(contentType);
        Session session = login(side, type);
        try {
            ItemReader reader = new ItemReader(type, locales);
            List<Item> items = new ArrayList<>();
            for (NodeIterator it = session.getNode(rootPath(type)).getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.getPrimaryNodeType().getName().equals(type.nodeType())) {
                    items.add(reader.read(node));
                }
            }
            return List.copyOf(items);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot list " + contentType, e);
        } finally {
            session.logout();
        }
    }

    /**
     * Deletes an item on the author side.
     *
     * @throws ContentValidationException (path {@code @id}) while other items still reference it;
     *                                    nothing is deleted
     */
    public void delete(String contentType, String nameOrPath, String user) {
        synchronized (WRITE_LOCK) {
            deleteLocked(contentType, nameOrPath, user);
        }
    }

    private void deleteLocked(String contentType, String nameOrPath, String user) {
        ContentTypeDefinition type = type(contentType);
        requireUser(user);
        Session session = login(Side.AUTHOR, type);
        try {
            Node node = locate(session, type, nameOrPath);
            Set<String> referrers = new ReferrerFinder(module, sessions).referrers(type, node.getIdentifier());
            if (!referrers.isEmpty()) {
                ProblemCollector problems = new ProblemCollector(messages);
                problems.add("@id", "referenced", String.join(", ", referrers));
                problems.throwIfAny();
            }
            node.remove();
            session.save();
        } catch (RepositoryException e) {
            discard(session);
            throw new ContentRepositoryException("cannot delete " + contentType + " " + nameOrPath, e);
        } finally {
            session.logout();
        }
    }

    /** The work of one write, between validation set-up and save. */
    private interface WriteStep {
        Node apply(Session session, ProblemCollector problems, InputValidator validator) throws RepositoryException;
    }

    private Item write(ContentTypeDefinition type, String user, WriteStep step) {
        requireUser(user);
        // editors' writes are few: serialising them makes read-check-write steps (versions, names) atomic
        synchronized (WRITE_LOCK) {
            return writeLocked(type, user, step);
        }
    }

    private Item writeLocked(ContentTypeDefinition type, String user, WriteStep step) {
        Session session = login(Side.AUTHOR, type);
        ProblemCollector problems = new ProblemCollector(messages);
        try (ReferenceChecker references = new ReferenceChecker(module, sessions, Side.AUTHOR)) {
            InputValidator validator = new InputValidator(type.model(), type.name(), locales, patterns, references, problems);
            Node node = step.apply(session, problems, validator);
            session.save();
            return new ItemReader(type, locales).read(node);
        } catch (RepositoryException e) {
            discard(session);
            throw new ContentRepositoryException("cannot write " + type.name(), e);
        } catch (RuntimeException e) {
            discard(session);
            throw e;
        } finally {
            session.logout();
        }
    }

    private Node locate(Session session, ContentTypeDefinition type, String nameOrPath) throws RepositoryException {
        String root = rootPath(type);
        String name = nameOrPath == null ? "" : nameOrPath;
        if (name.startsWith("/")) {
            String prefix = root.equals("/") ? "/" : root + "/";
            name = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
        }
        // a slug has no '/', '.' or ':', so the path below stays a direct child of the root
        if (!ItemNames.isValid(name)) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        String path = root.equals("/") ? "/" + name : root + "/" + name;
        if (!session.nodeExists(path)) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        Node node = session.getNode(path);
        if (!node.getPrimaryNodeType().getName().equals(type.nodeType())) {
            throw new NoSuchItemException(type.name(), nameOrPath);
        }
        return node;
    }

    private ContentTypeDefinition type(String contentType) {
        return module.contentType(contentType)
                .orElseThrow(() -> new IllegalArgumentException("unknown content type: " + contentType));
    }

    private static String rootPath(ContentTypeDefinition type) {
        String root = type.datasource().rootPath();
        return root == null || root.isEmpty() ? "/" : root;
    }

    private Session login(Side side, ContentTypeDefinition type) {
        try {
            return sessions.login(side, type.workspace());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot open workspace " + type.workspace(), e);
        }
    }

    /** Drops whatever a failed write left in the transient space; the session is logged out next anyway. */
    private static void discard(Session session) {
        try {
            session.refresh(false);
        } catch (RepositoryException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a write needs the editor's user name");
        }
    }
}
