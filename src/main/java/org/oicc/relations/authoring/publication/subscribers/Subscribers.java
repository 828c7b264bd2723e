package org.oicc.relations.authoring.publication.subscribers;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.authoring.publication.ItemArrival;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationTransport;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.SubscriberStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The author's publication to its subscribers. As a {@link PublicationTransport} a put or remove
 * is appended to the journal (durably) and the senders are woken: the publish answers once it is
 * recorded, whatever the subscribers' state. References and parents count as public when the
 * author published them ({@link AuthorPublicationState}): whatever they need is queued before them.
 *
 * <p>Files under {@code <data>/publication/}: {@code stream-id} (this author's identity towards
 * receivers), {@code queue/} (the journal), {@code subscribers/} (cursors and arrival logs).
 *
 * <p>For metrics: {@link #queueLength(String)}, {@link #oldestWaitingAge(String)}, {@link #names()}.
 */
public final class Subscribers implements PublicationTransport, SubscriberReports, AutoCloseable {

    /** Back-off of production senders: 1 s doubling to one minute, so a returning instance catches up within a minute. */
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final List<Subscriber> subscribers;
    private final PublicationJournal journal;
    private final Map<String, SubscriberState> states = new LinkedHashMap<>();
    private final Map<String, SubscriberSender> senders = new LinkedHashMap<>();
    private final AuthorPublicationState author;
    private final Clock clock;
    private final String stream;

    private Subscribers(List<Subscriber> subscribers, PublicationJournal journal, AuthorPublicationState author, Clock clock,
            String stream) {
        this.subscribers = List.copyOf(subscribers);
        this.journal = journal;
        this.author = author;
        this.clock = clock;
        this.stream = stream;
    }

    /**
     * Opens the journal and the cursors in {@code folder} and starts one sender per subscriber, which
     * delivers whatever was left waiting before a restart.
     */
    public static Subscribers start(Path folder, List<Subscriber> subscribers, AuthorPublicationState author, ObjectMapper json,
            Clock clock, Duration firstBackoff, Duration maxBackoff) {
        if (subscribers.isEmpty()) {
            throw new IllegalArgumentException("at least one subscriber");
        }
        try {
            Files.createDirectories(folder);
            String stream = streamId(folder.resolve("stream-id"));
            Path stateFolder = folder.resolve("subscribers");
            PublicationJournal journal = new PublicationJournal(folder.resolve("queue"), json,
                    SubscriberState.highestCursor(stateFolder, json));
            Subscribers s = new Subscribers(subscribers, journal, author, clock, stream);
            for (Subscriber sub : subscribers) {
                if (s.states.containsKey(sub.name())) {
                    throw new IllegalArgumentException("subscriber " + sub.name() + " is configured twice");
                }
                s.states.put(sub.name(), SubscriberState.open(stateFolder, sub.name(), json, journal.head()));
            }
            for (Subscriber sub : subscribers) {
                SubscriberSender sender = new SubscriberSender(sub, journal, s.states.get(sub.name()),
                        new SubscriberClient(sub, stream, clock), clock, firstBackoff, maxBackoff, s::prune);
                s.senders.put(sub.name(), sender);
            }
            s.prune();
            s.senders.values().forEach(SubscriberSender::wake);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the publication queue in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String workspace, String parentPath, byte[] item) throws PublicationException {
        String path = author.itemPath(workspace, parentPath, item);
        if (!"/".equals(parentPath) && !author.isPublishedPath(workspace, parentPath)) {
            throw new PublicationException(PublicationException.Reason.PARENT_NOT_PUBLISHED,
                    "the parent " + parentPath + " is not published", List.of(workspace + ":" + parentPath));
        }
        record(false, workspace, path, parentPath, item);
    }

    @Override
    public void remove(String workspace, String path) throws PublicationException {
        record(true, workspace, path, null, new byte[0]);
    }

    @Override
    public boolean isPublished(String workspace, String identifier) throws PublicationException {
        return author.isPublished(workspace, identifier);
    }

    private void record(boolean removal, String workspace, String path, String parent, byte[] body) throws PublicationException {
        try {
            journal.append(removal, workspace, path, parent, "publication", clock.instant(), body);
        } catch (IOException e) {
            throw new PublicationException("cannot record the publication in the queue: " + e.getMessage(), e);
        }
        senders.values().forEach(SubscriberSender::wake);
    }

    /** Drops journal entries every configured subscriber has. */
    private synchronized void prune() {
        long min = Long.MAX_VALUE;
        for (SubscriberState s : states.values()) {
            min = Math.min(min, s.cursor());
        }
        journal.prune(min);
    }

    @Override
    public List<SubscriberStatus> subscribers() {
        List<SubscriberStatus> out = new ArrayList<>();
        for (Subscriber sub : subscribers) {
            SubscriberState.Snapshot s = states.get(sub.name()).snapshot();
            JournalEntry oldest = journal.after(s.cursor());
            out.add(new SubscriberStatus(sub.name(), sub.url(), journal.countAfter(s.cursor()), oldest == null ? null : oldest.at(),
                    s.lastDelivered(), s.lastError(), s.lastErrorAt(), s.retrying(), s.rejected()));
        }
        return out;
    }

    @Override
    public List<ItemArrival> arrivals(String workspace, String path) {
        List<ItemArrival> out = new ArrayList<>();
        for (Subscriber sub : subscribers) {
            SubscriberState state = states.get(sub.name());
            long cursor = state.cursor();
            JournalEntry waiting = journal.latestAfter(cursor, workspace, path);
            if (waiting != null) {
                out.add(new ItemArrival(sub.name(), null, waiting.sequence() - cursor - 1, waiting.removal()));
                continue;
            }
            SubscriberState.Arrival a = state.arrival(workspace, path);
            out.add(a == null ? new ItemArrival(sub.name(), null, -1, false) : new ItemArrival(sub.name(), a.at(), -1, a.removal()));
        }
        return out;
    }

    /** The configured subscribers' names, in order. */
    public List<String> names() {
        return subscribers.stream().map(Subscriber::name).toList();
    }

    /** Metrics: publications waiting for this subscriber. */
    public long queueLength(String name) {
        return journal.countAfter(state(name).cursor());
    }

    /** Metrics: how long the oldest waiting publication has waited; zero when none waits. */
    public Duration oldestWaitingAge(String name) {
        JournalEntry oldest = journal.after(state(name).cursor());
        return oldest == null ? Duration.ZERO : Duration.between(oldest.at(), clock.instant()).abs();
    }

    /** This author's stream id, as receivers record it. */
    public String stream() {
        return stream;
    }

    private SubscriberState state(String name) {
        SubscriberState s = states.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no subscriber " + name);
        }
        return s;
    }

    @Override
    public void close() {
        senders.values().forEach(SubscriberSender::close);
    }

    private static String streamId(Path file) throws IOException {
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                return id;
            }
            throw new IOException(file + " does not hold a stream id (a UUID); restore it from a backup, or delete it and "
                    + "re-seed every subscriber");
        }
        String id = UUID.randomUUID().toString();
        DurableFiles.write(file, id.getBytes(StandardCharsets.US_ASCII));
        return id;
    }

}
