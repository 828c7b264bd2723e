package org.oicc.relations.content;

import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ValidatorDefinition;
import org.oicc.relations.repository.ClientPaths;
import org.oicc.relations.repository.IdentifiedNodes;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Many author writes with one {@code save()} per batch, for bulk imports: each item is checked
 * exactly as {@link ContentService#create} checks it (same {@link InputValidator}, same references
 * rule) and applied to the transient space only when it passes, so a rejected item leaves nothing
 * and the others still go in. Items of the batch see each other: a reference to an item added
 * earlier in the same batch resolves, because the checks read through the batch's own sessions.
 *
 * <p>Not thread-safe; one importer owns it. Each item's check-and-apply step and each save run under
 * the repository's {@link ItemLocks}, so editors' writes in the same process interleave safely.
 */
public final class BatchWriter implements AutoCloseable {

    /** What to do with an item whose name is already taken. */
    public enum Existing {
        /** keep the stored item, report the line as skipped: re-running an import adds nothing */
        SKIP,
        /** replace the stored item's properties with the line's (unmentioned ones are removed), keeping its identifier */
        REPLACE
    }

    /** What became of one item. */
    public enum Outcome { CREATED, REPLACED, SKIPPED }

    /** An item that went into the batch, or was skipped. */
    public record Result(Outcome outcome, String workspace, String path) {
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final LightModule module;
    private final ItemLocator locator;
    private final ItemLocks locks;
    private final Clock clock;
    private final ContentLocales locales;
    private final ValidationMessages messages;
    private final Map<ValidatorDefinition, Pattern> patterns;
    private final String user;
    private final Existing existing;
    private final SessionScope scope;
    private final ReferenceChecker references;
    private int pending;

    BatchWriter(LightModule module, ItemLocator locator, SessionProvider sessions, ItemLocks locks, Clock clock,
                ContentLocales locales, ValidationMessages messages, Map<ValidatorDefinition, Pattern> patterns,
                String user, Existing existing) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a write needs the editor's user name");
        }
        this.module = module;
        this.locator = locator;
        this.locks = locks;
        this.clock = clock;
        this.locales = locales;
        this.messages = messages;
        this.patterns = patterns;
        this.user = user;
        this.existing = existing;
        this.scope = new SessionScope(sessions, Side.AUTHOR);
        this.references = new ReferenceChecker(module, scope);
    }

    /** Items applied since the last {@link #save}. */
    public int pending() {
        return pending;
    }

    /**
     * Checks one item and, when valid, applies it to the batch (unsaved).
     *
     * @param identifier the {@code jcr:uuid} the item must have, or null
     * @throws ContentValidationException with every problem; nothing of this item is applied
     */
    public Result put(String contentType, String name, String identifier, ItemInput input) throws RepositoryException {
        ContentTypeDefinition type = locator.type(contentType);
        Session session = scope.session(type.workspace());
        return locks.locked(() -> {
            ProblemCollector problems = new ProblemCollector(messages);
            if (!ClientPaths.Rule.ITEM_NAME.allows(name)) {
                problems.add("@name", "invalidName");
                problems.throwIfAny();
            }
            Node stored = ItemLocator.existing(session, type, name);
            String clientPath = JcrPaths.child(ItemLocator.rootPath(type), name);
            if (stored != null && existing == Existing.SKIP) {
                return new Result(Outcome.SKIPPED, type.workspace(), clientPath);
            }
            checkIdentifier(type, name, identifier, stored, problems);
            InputValidator validator = new InputValidator(type.model(), type.name(), locales, patterns, references, problems);
            if (stored != null) {
                if (!stored.getPrimaryNodeType().getName().equals(type.nodeType())) {
                    problems.add("@name", "nameTaken", name);
                    problems.throwIfAny();
                }
                Map<String, PlannedValue> plan = validator.planItem(replacing(stored, input).values(), stored);
                problems.throwIfAny();
                NodeWriter.write(stored, plan);
                Metadata.stampModified(stored, user, clock);
                pending++;
                return new Result(Outcome.REPLACED, type.workspace(), clientPath);
            }
            Map<String, PlannedValue> plan = validator.planItem(input.values(), null);
            problems.throwIfAny();
            Node node = IdentifiedNodes.add(ItemLocator.parentForNew(session, type, name), name, type.nodeType(), identifier);
            NodeWriter.write(node, plan);
            Metadata.stampCreated(node, user, clock);
            pending++;
            return new Result(Outcome.CREATED, type.workspace(), clientPath);
        });
    }

    /**
     * The node of an item this batch created or replaced, unsaved until {@link #save}: what must be
     * saved together with the item (an import's activation stamps) is set on it here.
     */
    public Node node(Result result) throws RepositoryException {
        Session session = scope.session(result.workspace());
        return session.getNode(StoredPaths.of(session).stored(result.path()));
    }

    /** Saves every workspace the batch wrote to; on failure the whole batch is discarded and the error thrown. */
    public void save() throws RepositoryException {
        try {
            locks.locked(() -> {
                for (String workspace : module.contentWorkspaces()) {
                    Optional<Session> open = scope.opened(workspace);
                    if (open.isPresent() && open.get().hasPendingChanges()) {
                        open.get().save();
                    }
                }
                return null;
            });
        } catch (RepositoryException | RuntimeException e) {
            discard();
            throw e;
        } finally {
            pending = 0;
        }
    }

    /** Drops what the batch applied since the last save. */
    public void discard() throws RepositoryException {
        for (String workspace : module.contentWorkspaces()) {
            Optional<Session> open = scope.opened(workspace);
            if (open.isPresent()) {
                open.get().refresh(false);
            }
        }
        pending = 0;
    }

    /** Unsaved changes are dropped, as with a session's logout. */
    @Override
    public void close() {
        scope.close();
    }

    private void checkIdentifier(ContentTypeDefinition type, String name, String identifier, Node stored,
                                 ProblemCollector problems) throws RepositoryException {
        if (identifier == null) {
            return;
        }
        if (!UUID.matcher(identifier).matches()) {
            problems.add("@id", "invalidIdentifier");
            problems.throwIfAny();
        }
        if (stored != null) {
            if (!stored.getIdentifier().equals(identifier)) {
                problems.add("@id", "identifierMismatch", name, stored.getIdentifier(), identifier);
            }
            return;
        }
        Optional<Node> holder = scope.nodeByIdentifier(type.workspace(), identifier);
        if (holder.isPresent()) {
            problems.add("@id", "identifierTaken", identifier, StoredPaths.of(holder.get()).client(holder.get()));
        }
    }

    /**
     * The line as a whole replacement: every stored property the line does not mention is removed
     * (a mentioned null), Magnolia's metadata and JCR's own excepted.
     */
    private static ItemInput replacing(Node stored, ItemInput input) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>(input.values());
        List<String> names = new ArrayList<>();
        for (PropertyIterator it = stored.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            names.add(p.getName());
        }
        for (javax.jcr.NodeIterator it = stored.getNodes(); it.hasNext();) {
            names.add(it.nextNode().getName());
        }
        for (String name : names) {
            if (!MgnlNames.isSystem(name) && !values.containsKey(name)) {
                values.put(name, null);
            }
        }
        return new ItemInput(values);
    }
}
