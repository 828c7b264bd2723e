package org.oicc.relations.caching;

import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.ObservationManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows, for each workspace of a side (delivery and pages), how often it has changed (a generation counter) and
 * when it last did, from JCR observation on the public side. ETags, {@code Last-Modified} and the
 * response cache are derived from it, so that a 304 or a cache hit needs no repository read and an
 * edit is seen on the very next request.
 *
 * <p>The observation sessions stay open for the life of the process: a listener lives only as
 * long as the session it was registered through. {@link #close()} removes the listeners and logs
 * the sessions out, before the repository shuts down.
 */
public final class WorkspaceChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceChanges.class);
    static final int ALL_EVENTS = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED
            | Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private final Clock clock;
    private final Instant started;
    private final Map<String, WorkspaceState> states = new ConcurrentHashMap<>();
    private final List<Registration> registrations = new ArrayList<>();
    /**
     * The last stamp made per set of workspaces (the endpoints' sets, a handful): reused while no
     * generation moved, so an answer needs no new maps.
     */
    private final Map<Set<String>, ChangeStamp> lastStamps = new ConcurrentHashMap<>();
    private static final int MAX_KEPT_STAMPS = 64;

    /** Counters only, nothing observed; {@link #start} attaches the listeners. */
    public WorkspaceChanges(Collection<String> workspaces, Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
        for (String workspace : workspaces) {
            states.put(workspace, new WorkspaceState(started));
        }
    }

    /**
     * Registers one listener per workspace through a public-side session kept open until {@link #close()}.
     *
     * @throws RepositoryException when a workspace cannot be observed; listeners already added are removed
     */
    public synchronized void start(SessionProvider sessions) throws RepositoryException {
        try {
            for (String workspace : new TreeSet<>(states.keySet())) {
                Session session = sessions.login(Side.PUBLIC, workspace);
                ChangeListener listener = new ChangeListener(workspace, this);
                try {
                    ObservationManager observation = session.getWorkspace().getObservationManager();
                    observation.addEventListener(listener, ALL_EVENTS, "/", true, null, null, false);
                } catch (RepositoryException | RuntimeException e) {
                    session.logout();
                    throw e;
                }
                registrations.add(new Registration(session, listener));
            }
        } catch (RepositoryException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Called by the listeners; also the way to report a change this class cannot observe. */
    void changed(String workspace) {
        WorkspaceState state = states.get(workspace);
        if (state != null) {
            state.bump(clock.instant());
        }
    }

    /**
     * Moves the workspace's generation once more after another synchronous listener (the index) has
     * applied a change this tracker may already have counted: an answer made from the index in
     * between, under the first count, is then stale instead of kept as current.
     */
    public void settled(String workspace) {
        changed(workspace);
    }

    /**
     * The workspace's generation now, or -1 when nobody watches it: a count that moves with every
     * observed change (local or from the cluster), so anything read at one generation is known to
     * be current exactly while the count stays. Cheap: one volatile read.
     */
    public long generation(String workspace) {
        WorkspaceState state = states.get(workspace);
        return state == null ? -1 : state.snapshot().generation();
    }

    /**
     * Empty when an answer reads a workspace nobody watches: such an answer is neither cached nor
     * validated. An answer that reads no workspace at all (made from definitions alone) dates from
     * the start of the process.
     */
    public Optional<ChangeStamp> stamp(Set<String> workspaces) {
        ChangeStamp last = lastStamps.get(workspaces);
        if (last != null && unchanged(last)) {
            return Optional.of(last);
        }
        SortedMap<String, Long> generations = new TreeMap<>();
        Instant latest = started;
        for (String workspace : workspaces) {
            WorkspaceState state = states.get(workspace);
            if (state == null) {
                return Optional.empty();
            }
            WorkspaceState.Snapshot snapshot = state.snapshot();
            generations.put(workspace, snapshot.generation());
            latest = snapshot.lastModified().isAfter(latest) ? snapshot.lastModified() : latest;
        }
        ChangeStamp stamp = new ChangeStamp(generations, latest);
        if (lastStamps.size() < MAX_KEPT_STAMPS || lastStamps.containsKey(workspaces)) {
            lastStamps.put(Set.copyOf(workspaces), stamp);
        }
        return Optional.of(stamp);
    }

    /** Every workspace of the stamp still at its generation: the stamp is the current one (a generation and its date move together). */
    private boolean unchanged(ChangeStamp stamp) {
        for (Map.Entry<String, Long> e : stamp.generations().entrySet()) {
            if (states.get(e.getKey()).snapshot().generation() != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void close() {
        for (Registration registration : registrations) {
            try {
                registration.session().getWorkspace().getObservationManager().removeEventListener(registration.listener());
            } catch (RepositoryException | RuntimeException e) {
                LOG.warn("could not remove the change listener of workspace {}: {}", registration.listener().workspace(), e.toString());
            } finally {
                registration.session().logout();
            }
        }
        registrations.clear();
    }

    private record Registration(Session session, ChangeListener listener) {
    }
}
