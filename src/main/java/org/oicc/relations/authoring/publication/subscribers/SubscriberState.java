package org.oicc.relations.authoring.publication.subscribers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One subscriber's progress, on disk beside the journal: {@code <name>.json} holds the cursor (the
 * last sequence delivered or skipped) and the last error, rewritten durably after each delivery;
 * {@code <name>.arrivals} is an append-only log of what arrived when, read back into a map (one
 * entry per item) at start and compacted then. The cursor is written after the call succeeded, so a
 * crash in between sends that entry again, which the receiver recognises and ignores.
 */
final class SubscriberState {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberState.class);

    /** The newest arrival of one item. */
    record Arrival(long sequence, Instant at, boolean removal) {
    }

    private final Path file;
    private final Path arrivalsLog;
    private final ObjectMapper json;
    private final Map<String, Arrival> arrivals = new HashMap<>();
    private long cursor;
    private Instant lastDelivered;
    private String lastError;
    private Instant lastErrorAt;
    private boolean retrying;
    private long rejected;

    private SubscriberState(Path file, Path arrivalsLog, ObjectMapper json) {
        this.file = file;
        this.arrivalsLog = arrivalsLog;
        this.json = json;
    }

    /** @param startAt where a subscriber seen for the first time starts: the journal's head (it gets what comes next) */
    static SubscriberState open(Path folder, String name, ObjectMapper json, long startAt) throws IOException {
        Files.createDirectories(folder);
        SubscriberState s = new SubscriberState(folder.resolve(name + ".json"), folder.resolve(name + ".arrivals"), json);
        if (Files.exists(s.file)) {
            JsonNode n = json.readTree(s.file.toFile());
            s.cursor = n.path("delivered").asLong();
            s.lastDelivered = instant(n, "lastDeliveredAt");
            s.lastError = n.hasNonNull("lastError") ? n.path("lastError").asText() : null;
            s.lastErrorAt = instant(n, "lastErrorAt");
            s.rejected = n.path("rejected").asLong();
        } else {
            s.cursor = startAt;
            s.save();
        }
        s.readArrivals();
        return s;
    }

    /** The highest cursor any subscriber (also one no longer configured) reached, read without opening them. */
    static long highestCursor(Path folder, ObjectMapper json) throws IOException {
        long max = 0;
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                max = Math.max(max, json.readTree(f.toFile()).path("delivered").asLong());
            }
        }
        return max;
    }

    synchronized long cursor() {
        return cursor;
    }

    synchronized void delivered(JournalEntry e, Instant now) {
        cursor = e.sequence();
        lastDelivered = now;
        retrying = false;
        arrived(e, now);
        save();
    }

    /** The subscriber refused the entry for good: skipped, so one bad entry does not stop the queue. */
    synchronized void rejected(JournalEntry e, String why, Instant now) {
        cursor = e.sequence();
        rejected++;
        lastError = "publication " + e.sequence() + " (" + e.workspace() + ":" + e.path() + ") rejected: " + why;
        lastErrorAt = now;
        retrying = false;
        save();
    }

    synchronized void failed(String why, Instant now) {
        lastError = why;
        lastErrorAt = now;
        retrying = true;
        save();
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(cursor, lastDelivered, lastError, lastErrorAt, retrying, rejected);
    }

    synchronized Arrival arrival(String workspace, String path) {
        return arrivals.get(key(workspace, path));
    }

    record Snapshot(long cursor, Instant lastDelivered, String lastError, Instant lastErrorAt, boolean retrying, long rejected) {
    }

    private void arrived(JournalEntry e, Instant now) {
        Arrival a = new Arrival(e.sequence(), now, e.removal());
        arrivals.put(key(e.workspace(), e.path()), a);
        try {
            Files.write(arrivalsLog, line(e.workspace(), e.path(), a), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            // informational only (the cursor is what matters): the UI then lacks this one arrival time
            LOG.warn("cannot log the arrival of {} at {}: {}", e.sequence(), arrivalsLog, ex.getMessage());
        }
    }

    private byte[] line(String workspace, String path, Arrival a) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("seq", a.sequence());
        n.put("at", a.at().toString());
        n.put("workspace", workspace);
        n.put("path", path);
        n.put("removal", a.removal());
        return (json.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void readArrivals() throws IOException {
        if (!Files.exists(arrivalsLog)) {
            return;
        }
        int lines = 0;
        for (String line : Files.readAllLines(arrivalsLog, StandardCharsets.UTF_8)) {
            lines++;
            try {
                JsonNode n = json.readTree(line);
                arrivals.put(key(n.path("workspace").asText(), n.path("path").asText()),
                        new Arrival(n.path("seq").asLong(), Instant.parse(n.path("at").asText()), n.path("removal").asBoolean()));
            } catch (IOException | RuntimeException e) {
                // a line a crash cut short: that arrival's time is lost, nothing else
            }
        }
        if (lines > 2 * arrivals.size() + 1000) {
            List<byte[]> kept = new ArrayList<>();
            int size = 0;
            for (Map.Entry<String, Arrival> e : arrivals.entrySet()) {
                String[] wp = e.getKey().split("\u0000", 2);
                byte[] l = line(wp[0], wp[1], e.getValue());
                kept.add(l);
                size += l.length;
            }
            byte[] all = new byte[size];
            int at = 0;
            for (byte[] l : kept) {
                System.arraycopy(l, 0, all, at, l.length);
                at += l.length;
            }
            DurableFiles.write(arrivalsLog, all);
        }
    }

    private void save() {
        ObjectNode n = json.createObjectNode();
        n.put("delivered", cursor);
        n.put("lastDeliveredAt", lastDelivered == null ? null : lastDelivered.toString());
        n.put("lastError", lastError);
        n.put("lastErrorAt", lastErrorAt == null ? null : lastErrorAt.toString());
        n.put("rejected", rejected);
        try {
            DurableFiles.write(file, json.writeValueAsBytes(n));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the progress of a subscriber in " + file, e);
        }
    }

    private static String key(String workspace, String path) {
        return workspace + "\u0000" + path;
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.path(field).asText()) : null;
    }
}
