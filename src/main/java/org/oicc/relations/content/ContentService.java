package org.oicc.relations.content;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ValidatorDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads and writes the items of the light module's content types, through their definitions: the
 * one door to content for the authoring APIs, the authoring UI and checks. Reading is
 * {@link ContentReader}'s work, writing {@link ContentWriter}'s, checking stored content
 * {@link ContentCheck}'s. Writes go to the author side only (public content changes by publication,
 * not by editing), under the repository's {@link ItemLocks}.
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

    /** What a write answers, made from the saved item and its node before the write's session closes. */
    @FunctionalInterface
    public interface Answer<T> {
        T of(Item saved, Node node) throws RepositoryException;
    }

    /** A change to the entries of a multiple submodel, as {@link #values} gives them (maps of values). */
    @FunctionalInterface
    public interface EntriesChange {
        void apply(List<Object> entries);
    }

    private static final Answer<Item> ITEM = (item, node) -> item;

    private final LightModule module;
    private final SessionProvider sessions;
    private final ContentLocales locales;
    private final ItemLocks locks;
    private final ContentReader reader;
    private final ContentWriter writer;
    private final ContentCheck check;
    private final BatchMaker batches;

    /** How {@link #batch} makes a writer: the service's own definitions, sessions, lock and texts. */
    private interface BatchMaker {
        BatchWriter make(String user, BatchWriter.Existing existing);
    }

    /** UTC clock, the site's locales, English texts from the module's own bundle, a lock of its own. */
    public ContentService(LightModule module, SessionProvider sessions) {
        this(module, sessions, new ItemLocks());
    }

    /** @param locks the author repository's lock, shared with its other writers (publication, versions) */
    public ContentService(LightModule module, SessionProvider sessions, ItemLocks locks) {
        this(module, sessions, locks, Clock.systemUTC(), ContentLocales.of(module), ValidationMessages.of(module));
    }

    public ContentService(LightModule module, SessionProvider sessions, Clock clock,
                          ContentLocales locales, ValidationMessages messages) {
        this(module, sessions, new ItemLocks(), clock, locales, messages);
    }

    /**
     * @throws IllegalArgumentException if a definition carries a validator this service cannot enforce:
     *                                  refusing to start beats writing content the form would reject
     */
    public ContentService(LightModule module, SessionProvider sessions, ItemLocks locks, Clock clock,
                          ContentLocales locales, ValidationMessages messages) {
        this.module = Objects.requireNonNull(module);
        this.sessions = Objects.requireNonNull(sessions);
        this.locales = Objects.requireNonNull(locales);
        this.locks = Objects.requireNonNull(locks);
        Map<ValidatorDefinition, Pattern> patterns = ValidatorPatterns.compile(module);
        ItemLocator locator = new ItemLocator(module);
        this.reader = new ContentReader(locator, sessions, locales);
        this.writer = new ContentWriter(module, locator, sessions, locks, Objects.requireNonNull(clock), locales,
                Objects.requireNonNull(messages), patterns);
        this.check = new ContentCheck(module, locator, sessions, locales, messages, patterns);
        this.batches = (user, existing) -> new BatchWriter(module, locator, sessions, locks, clock, locales, messages,
                patterns, user, existing);
    }

    /**
     * Lets saves find a category's highest page position in {@code kept} (the standalone's index of the
     * author workspace) instead of by a query that sorts all the category's entries; inside Magnolia
     * nothing is set and the repository is asked.
     */
    public void keepPositionsIn(KeptPositions kept) {
        writer.keepPositionsIn(kept);
    }

    public ContentLocales locales() {
        return locales;
    }

    /** The lock this service writes under, for the repository's other writers. */
    public ItemLocks locks() {
        return locks;
    }

    /** Creates item {@code name} (a slug) with the given properties; mentioned nulls are simply not stored. */
    public Item create(String contentType, String name, ItemInput input, String user) {
        return writer.create(contentType, name, input, user, ITEM);
    }

    public <T> T create(String contentType, String name, ItemInput input, String user, Answer<T> answer) {
        return writer.create(contentType, name, input, user, answer);
    }

    /** Updates an existing item; see the class comment for absent vs. null vs. empty. */
    public Item update(String contentType, String nameOrPath, ItemInput input, String user) {
        return writer.update(contentType, nameOrPath, stored -> input, user, null, ITEM);
    }

    /**
     * Updates an item only if nobody changed it since the editor read it: the check and the write
     * happen under the write lock, so two editors can never overwrite each other unknowingly.
     *
     * @param expectedVersion {@link Item#version()} of what the editor started from, or null for no check
     * @throws StaleItemException when the item changed in between; nothing is written
     */
    public Item update(String contentType, String nameOrPath, ItemInput input, String user, Long expectedVersion) {
        return writer.update(contentType, nameOrPath, stored -> input, user, version(expectedVersion), ITEM);
    }

    /**
     * @param unchanged whether the item as stored is still what the editor started from, tested under
     *                  the write lock; null for no check
     * @throws StaleItemException when it is not; nothing is written
     */
    public <T> T update(String contentType, String nameOrPath, ItemInput input, String user, Predicate<Item> unchanged,
                        Answer<T> answer) {
        return writer.update(contentType, nameOrPath, stored -> input, user, unchanged, answer);
    }

    /**
     * Changes the entries of a multiple submodel ({@code relationships}) of an item: the entries are
     * read, changed and written back under the write lock, so parallel changes to different entries
     * all survive. The changed list is validated as in {@link #update}.
     */
    public <T> T updateEntries(String contentType, String nameOrPath, String list, EntriesChange change, String user,
                               Predicate<Item> unchanged, Answer<T> answer) {
        return writer.updateEntries(contentType, nameOrPath, list, change, user, unchanged, answer);
    }

    /**
     * A writer for many items with one save per batch (bulk import): each item is checked as
     * {@link #create} checks it. Close it when done; what was not saved is dropped.
     *
     * @param existing what to do with an item whose name is taken
     */
    public BatchWriter batch(String user, BatchWriter.Existing existing) {
        return batches.make(user, existing);
    }

    /**
     * Deletes an item on the author side.
     *
     * @throws ContentValidationException (path {@code @id}) while other items still reference it;
     *                                    nothing is deleted
     */
    public void delete(String contentType, String nameOrPath, String user) {
        writer.delete(contentType, nameOrPath, user, null);
    }

    /** @param unchanged as for {@link #update(String, String, ItemInput, String, Predicate, Answer)} */
    public void delete(String contentType, String nameOrPath, String user, Predicate<Item> unchanged) {
        writer.delete(contentType, nameOrPath, user, unchanged);
    }

    /**
     * The author items whose {@code asset} properties hold this asset key ({@code jcr:<id>}), as
     * "organization iula", at most ten: an asset they name must not be deleted.
     */
    public Set<String> assetReferrers(String key) {
        try (SessionScope scope = new SessionScope(sessions, Side.AUTHOR)) {
            return new ReferrerFinder(module, scope).assetReferrers(key);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot search the items that use asset " + key, e);
        }
    }

    /**
     * Checks a stored item against its content type as if an editor submitted it whole: every
     * stored property (unknown ones included), required, types, options, references, validators.
     * For content that did not come through this service: bootstrap files, imports.
     *
     * @return the problems, empty when the item is valid; nothing is written
     */
    public List<ValidationProblem> check(Side side, String contentType, String nameOrPath) {
        return check.check(side, contentType, nameOrPath);
    }

    /**
     * The stored values of an author item as an editor would send them back (submodel entries as
     * lists of maps, dates as ISO text): what an edit form starts from.
     */
    public Map<String, Object> values(String contentType, String nameOrPath) {
        return reader.values(contentType, nameOrPath);
    }

    /** Reads an item on the author side. */
    public Item read(String contentType, String nameOrPath) {
        return reader.read(Side.AUTHOR, contentType, nameOrPath);
    }

    public Item read(Side side, String contentType, String nameOrPath) {
        return reader.read(side, contentType, nameOrPath);
    }

    /** Every item of the type on the author side, in node order. */
    public List<Item> list(String contentType) {
        return reader.list(Side.AUTHOR, contentType);
    }

    public List<Item> list(Side side, String contentType) {
        return reader.list(side, contentType);
    }

    private static Predicate<Item> version(Long expected) {
        return expected == null ? null : current -> current.version() == expected;
    }
}
