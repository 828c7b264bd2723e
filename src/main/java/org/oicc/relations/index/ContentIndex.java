package org.oicc.relations.index;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.ObservationManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The {@link ItemIndex} of one side: every content workspace of the module (one content type each)
 * read once at {@link #start} (through a session logged out after, so its caches go), then kept in step by one synchronous observation listener per
 * workspace, registered through a session of its own that stays open until {@link #close()}. Built
 * once per side: the published side reads {@link Side#PUBLIC} sessions of its provider, the drafts'
 * side a provider that answers them with drafts.
 *
 * <p>Memory: per item one packed record ({@link PackedRecord}) of its path, kept values (no rich
 * text; identifiers, options, user and entry names as numbers into the module's {@link Labels})
 * and entries; an item equal on both sides is one record ({@link Twins}); see the README's
 * "Performance" section for the figure at 100,000.
 */
public final class ContentIndex implements ItemIndex, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentIndex.class);
    static final int EVENTS = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED
            | Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private record Part(WorkspaceIndex index, EntryLookup entries) {
    }

    private record Registration(String workspace, Session session, IndexListener listener) {
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final LightModule module;
    private final Labels labels;
    private final List<Registration> registrations = new ArrayList<>();
    private volatile Consumer<String> afterChange = workspace -> { };
    private final ItemCopies copies;

    /** Nothing read yet; {@link #start} reads the workspaces and starts following them. */
    public ContentIndex(LightModule module, ContentLocales locales) {
        this(module, locales, ItemCopies.NONE);
    }

    /**
     * @param copies told of every item the index reads (at start and after each change) and of every
     *               item it drops, before the writer's {@code save()} returns
     */
    public ContentIndex(LightModule module, ContentLocales locales, ItemCopies copies) {
        this.module = module;
        this.labels = Labels.of(module);
        this.copies = copies;
        for (ContentTypeDefinition type : module.allContentTypes()) {
            if (!parts.containsKey(type.workspace())) { // one type per workspace, as the loader checks
                WorkspaceIndex index = new WorkspaceIndex(new IndexSchema(type, locales));
                parts.put(type.workspace(), new Part(index, index.entries()));
            }
        }
    }

    public static ContentIndex of(LightModule module) {
        return new ContentIndex(module, ContentLocales.of(module));
    }

    /**
     * {@code then} is told the workspace each time the index has applied a batch of its changes,
     * before the writer's {@code save()} returns. Jackrabbit calls synchronous listeners in no set
     * order, so a change tracker may count a change before the index holds it; an answer cached in
     * between from the old index would be kept under the new count. The published site moves the
     * count once more here ({@code WorkspaceChanges.settled}), which makes such an answer stale.
     */
    public void afterEachChange(Consumer<String> then) {
        this.afterChange = then;
    }

    /**
     * Listens first, then reads: a change saved while a workspace is being read is applied after it
     * (the listener waits for the write lock), so nothing falls between the two.
     *
     * @throws RepositoryException when a workspace cannot be read or observed; what was started is closed
     */
    public synchronized void start(SessionProvider sessions) throws RepositoryException {
        Twins.join(this);
        try {
            for (Map.Entry<String, Part> e : parts.entrySet()) {
                long started = System.nanoTime();
                Session session = sessions.login(Side.PUBLIC, e.getKey());
                String workspace = e.getKey();
                IndexUpdater updater = new IndexUpdater(e.getValue().index(), session, labels,
                        item -> Twins.share(this, workspace, item), copies);
                IndexListener listener = new IndexListener(e.getKey(), updater, w -> afterChange.accept(w));
                try {
                    ObservationManager observation = session.getWorkspace().getObservationManager();
                    observation.addEventListener(listener, EVENTS, "/", true, null, null, false);
                } catch (RepositoryException | RuntimeException failure) {
                    session.logout();
                    throw failure;
                }
                registrations.add(new Registration(e.getKey(), session, listener));
                Session reading = sessions.login(Side.PUBLIC, e.getKey());
                try {
                    updater.build(reading);
                } finally {
                    reading.logout();
                }
                LOG.info("indexed {} items of workspace {} in {} ms", e.getValue().index().size(), e.getKey(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RepositoryException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit) {
        WorkspaceIndex index = part(workspace).index();
        List<SortOrder> sorted = List.of(order == null ? SortOrder.byName() : order);
        return index.read(() -> {
            if (search == null || search.matchesAll()) {
                return index.pageOfAll(sorted, Math.max(0, offset), limit);
            }
            return index.page(index.matching(new TextMatch(search, index.schema().item())), sorted, Math.max(0, offset), limit);
        });
    }

    @Override
    public IndexPage entries(String workspace, String subModelProperty, String referenceProperty, String targetId,
            String orderProperty, int offset, int limit) {
        Part part = part(workspace);
        return part.index().read(() -> part.entries().page(subModelProperty, referenceProperty, targetId, orderProperty,
                Math.max(0, offset), limit));
    }

    @Override
    public OptionalLong highestEntryPosition(String workspace, String subModelProperty, String referenceProperty,
            String targetId, String orderProperty, String itemPath) {
        Part part = parts.get(workspace);
        if (part == null) {
            return OptionalLong.empty();
        }
        Long top = part.index().read(() -> part.entries().highest(subModelProperty, referenceProperty, targetId,
                orderProperty, itemPath));
        return top == null ? OptionalLong.empty() : OptionalLong.of(top);
    }

    @Override
    public IndexPage query(IndexQuery query) {
        WorkspaceIndex index = part(query.workspace()).index();
        return index.read(() -> {
            QueryMatch test = new QueryMatch(query, index.schema());
            if (query.filterKey() != null && query.candidates() == null) {
                return index.page(query.rootPath() + "\u0000" + query.filterKey(), test, query.order(), Math.max(0, query.offset()), query.limit());
            }
            return index.page(index.matching(test), query.order(), Math.max(0, query.offset()), query.limit());
        });
    }

    /** Whether the workspace is indexed, with items of this node type (and its subtypes). */
    @Override
    public boolean covers(String workspace, String nodeType) {
        Part part = parts.get(workspace);
        return part != null && part.index().schema().nodeType().equals(nodeType);
    }

    /** How many items the index holds for a workspace; empty when it does not index it. */
    public Optional<Integer> size(String workspace) {
        Part part = parts.get(workspace);
        return part == null ? Optional.empty() : Optional.of(part.index().read(part.index()::size));
    }

    /** Whether the other index is of the same module (the other side of this instance). */
    boolean sameModule(ContentIndex other) {
        return module == other.module;
    }

    /** A workspace's index, or null when it is not indexed here. */
    WorkspaceIndex indexed(String workspace) {
        Part part = parts.get(workspace);
        return part == null ? null : part.index();
    }

    WorkspaceIndex workspace(String workspace) {
        return part(workspace).index();
    }

    private Part part(String workspace) {
        Part part = parts.get(workspace);
        if (part == null) {
            throw new IllegalArgumentException("workspace '" + workspace + "' holds no content type, so it is not indexed");
        }
        return part;
    }

    /** Stops following the workspaces; call before the repository shuts down. */
    @Override
    public synchronized void close() {
        Twins.leave(this);
        for (Registration r : registrations) {
            try {
                r.session().getWorkspace().getObservationManager().removeEventListener(r.listener());
            } catch (RepositoryException | RuntimeException e) {
                LOG.warn("could not remove the index listener of workspace {}: {}", r.workspace(), e.toString());
            } finally {
                r.session().logout();
            }
        }
        registrations.clear();
    }
}
