package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModelDefinition;
import org.oicc.relations.definition.ValidatorDefinition;
import org.oicc.relations.repository.ClientPaths;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Creates, updates and deletes author items under the repository's {@link ItemLocks}: whatever a
 * write reads to decide (the version an editor started from, whether a name is taken, the entries
 * an entry edit changes, who still references an item) is read under the same lock as the save.
 * Each write uses one author session per workspace it needs, the item's own and its references'.
 */
final class ContentWriter {

    /** What an update writes, computed from the item as stored at the moment of writing. */
    @FunctionalInterface
    interface InputFrom {
        ItemInput input(Node stored) throws RepositoryException;
    }

    private final LightModule module;
    private final ItemLocator locator;
    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final Clock clock;
    private final ContentLocales locales;
    private final ValidationMessages messages;
    private final Map<ValidatorDefinition, Pattern> patterns;
    private final EntryPositions positions;

    ContentWriter(LightModule module, ItemLocator locator, SessionProvider sessions, ItemLocks locks, Clock clock,
                  ContentLocales locales, ValidationMessages messages, Map<ValidatorDefinition, Pattern> patterns) {
        this.module = module;
        this.locator = locator;
        this.sessions = sessions;
        this.locks = locks;
        this.clock = clock;
        this.locales = locales;
        this.messages = messages;
        this.patterns = patterns;
        this.positions = new EntryPositions(OrderedEntries.of(module).orElse(null));
    }

    <T> T create(String contentType, String name, ItemInput input, String user, ContentService.Answer<T> answer) {
        ContentTypeDefinition type = locator.type(contentType);
        return write(type, user, answer, (session, problems, validator) -> {
            if (!ClientPaths.Rule.ITEM_NAME.allows(name)) {
                problems.add("@name", "invalidName");
            } else if (ItemLocator.existing(session, type, name) != null) {
                problems.add("@name", "nameTaken", name);
            }
            Map<String, PlannedValue> plan = validator.planItem(input.values(), null);
            problems.throwIfAny();
            Node node = ItemLocator.parentForNew(session, type, name).addNode(name, type.nodeType());
            NodeWriter.write(node, plan);
            positions.settle(type.name(), node, Set.of());
            Metadata.stampCreated(node, user, clock);
            return node;
        });
    }

    /** @param unchanged whether the stored item is still what the editor started from; null for no check */
    <T> T update(String contentType, String nameOrPath, InputFrom change, String user, Predicate<Item> unchanged,
                 ContentService.Answer<T> answer) {
        ContentTypeDefinition type = locator.type(contentType);
        return write(type, user, answer, (session, problems, validator) -> {
            Node node = ItemLocator.locate(session, type, nameOrPath);
            requireUnchanged(type, node, unchanged);
            Map<String, PlannedValue> plan = validator.planItem(change.input(node).values(), node);
            problems.throwIfAny();
            Set<String> stored = positions.stored(type.name(), node);
            NodeWriter.write(node, plan);
            positions.settle(type.name(), node, stored);
            Metadata.stampModified(node, user, clock);
            return node;
        });
    }

    <T> T updateEntries(String contentType, String nameOrPath, String list, ContentService.EntriesChange change, String user,
                        Predicate<Item> unchanged, ContentService.Answer<T> answer) {
        ModelDefinition model = locator.type(contentType).model();
        return update(contentType, nameOrPath, stored -> {
            Object entries = StoredValues.of(stored, model).get(list);
            List<Object> changed = entries instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            change.apply(changed);
            return ItemInput.of(Map.of(list, changed));
        }, user, unchanged, answer);
    }

    /** See {@link ContentService#keepPositionsIn}. */
    void keepPositionsIn(KeptPositions kept) {
        positions.keptIn(kept);
    }

    void delete(String contentType, String nameOrPath, String user, Predicate<Item> unchanged) {
        ContentTypeDefinition type = locator.type(contentType);
        requireUser(user);
        try (SessionScope scope = new SessionScope(sessions, Side.AUTHOR)) {
            Session session = scope.session(type.workspace());
            try {
                locks.locked(() -> {
                    Node node = ItemLocator.locate(session, type, nameOrPath);
                    requireUnchanged(type, node, unchanged);
                    // both reasons at once, so one answer says everything that stands in the way
                    ProblemCollector problems = new ProblemCollector(messages);
                    if (isPublished(node)) {
                        // the public copy would stay behind with no draft to unpublish it from
                        problems.add("@id", "published");
                    }
                    Set<String> referrers = new ReferrerFinder(module, scope).referrers(type, node.getIdentifier());
                    if (!referrers.isEmpty()) {
                        problems.add("@id", "referenced", String.join(", ", referrers));
                    }
                    problems.throwIfAny();
                    node.remove();
                    session.save();
                    return null;
                });
            } catch (RepositoryException e) {
                discard(session);
                throw new ContentRepositoryException("cannot delete " + contentType + " " + nameOrPath, e);
            }
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot open workspace " + type.workspace(), e);
        }
    }

    /** Published as Magnolia records it: {@code mgnl:activationStatus} true (unpublish clears it). */
    private static boolean isPublished(Node node) throws RepositoryException {
        return node.hasProperty(MgnlNames.ACTIVATION_STATUS) && node.getProperty(MgnlNames.ACTIVATION_STATUS).getBoolean();
    }

    private void requireUnchanged(ContentTypeDefinition type, Node node, Predicate<Item> unchanged) throws RepositoryException {
        if (unchanged != null) {
            Item current = new ItemReader(type, locales).read(node);
            if (!unchanged.test(current)) {
                throw new StaleItemException(current);
            }
        }
    }

    /** The work of one write, between validation set-up and save. */
    private interface WriteStep {
        Node apply(Session session, ProblemCollector problems, InputValidator validator) throws RepositoryException;
    }

    private <T> T write(ContentTypeDefinition type, String user, ContentService.Answer<T> answer, WriteStep step) {
        requireUser(user);
        try (SessionScope scope = new SessionScope(sessions, Side.AUTHOR)) {
            Session session = scope.session(type.workspace());
            try {
                return locks.locked(() -> {
                    ProblemCollector problems = new ProblemCollector(messages);
                    // references are checked before anything is written, so sharing the write's sessions shows them no draft
                    InputValidator validator = new InputValidator(type.model(), type.name(), locales, patterns,
                            new ReferenceChecker(module, scope), problems);
                    Node node = step.apply(session, problems, validator);
                    session.save();
                    return answer.of(new ItemReader(type, locales).read(node), node);
                });
            } catch (RepositoryException e) {
                discard(session);
                throw new ContentRepositoryException("cannot write " + type.name(), e);
            } catch (RuntimeException e) {
                discard(session);
                throw e;
            }
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
