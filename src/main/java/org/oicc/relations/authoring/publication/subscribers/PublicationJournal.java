package org.oicc.relations.authoring.publication.subscribers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The author's ordered queue of publications, shared by every subscriber (each has its own cursor):
 * one file per entry, {@code <seq>.json} with 19 digits so names sort as numbers, written durably
 * ({@link DurableFiles}) before the publish answers. Files, not the author repository: the queue
 * must survive and be readable even when the repository is what is being repaired, it is not
 * content (no versions, no export, no search index), and one fsynced file per entry is the whole
 * transaction. Entries every configured subscriber has passed are deleted.
 */
public final class PublicationJournal {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationJournal.class);
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json;
    private final TreeMap<Long, JournalEntry> pending = new TreeMap<>();
    private long head;

    /**
     * @param knownHead the highest sequence any subscriber's cursor has reached: the journal may have
     *                  been emptied by pruning, and sequence numbers must never be reused
     */
    public PublicationJournal(Path folder, ObjectMapper json, long knownHead) throws IOException {
        this.folder = folder;
        this.json = json;
        Files.createDirectories(folder);
        DurableFiles.deleteTemporaries(folder);
        this.head = knownHead;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{19}\\.json")).toList()) {
                try {
                    JournalEntry e = meta(json.readTree(f.toFile()));
                    pending.put(e.sequence(), e);
                    head = Math.max(head, e.sequence());
                } catch (IOException | RuntimeException e) {
                    // a file is only ever renamed into place complete, so this is damage from outside: keep it for a human
                    LOG.error("unreadable publication journal entry {} (left in place, skipped): {}", f, e.getMessage());
                }
            }
        }
    }

    /** Appends an entry durably; on return it survives a crash. */
    public synchronized JournalEntry append(boolean removal, String workspace, String path, String parent, String user,
            Instant at, byte[] body) throws IOException {
        JournalEntry e = new JournalEntry(head + 1, removal, workspace, path, parent, user, at);
        ObjectNode node = json.createObjectNode();
        node.put("seq", e.sequence());
        node.put("op", removal ? "remove" : "put");
        node.put("workspace", workspace);
        node.put("path", path);
        if (parent != null) {
            node.put("parent", parent);
        }
        node.put("user", user);
        node.put("at", at.toString());
        node.put("body", Base64.getEncoder().encodeToString(body));
        DurableFiles.write(file(e.sequence()), json.writeValueAsBytes(node));
        head = e.sequence();
        pending.put(e.sequence(), e);
        return e;
    }

    /** The first entry after {@code cursor}, or null when there is none yet. */
    public synchronized JournalEntry after(long cursor) {
        Map.Entry<Long, JournalEntry> next = pending.higherEntry(cursor);
        return next == null ? null : next.getValue();
    }

    /** How many entries wait after {@code cursor}. Sequences in the journal have no gaps above the pruned ones. */
    public synchronized long countAfter(long cursor) {
        if (pending.isEmpty()) {
            return 0;
        }
        return head - Math.max(cursor, pending.firstKey() - 1);
    }

    /** The newest entry for this item after {@code cursor}, or null. */
    public synchronized JournalEntry latestAfter(long cursor, String workspace, String path) {
        for (JournalEntry e : pending.tailMap(cursor, false).descendingMap().values()) {
            if (e.workspace().equals(workspace) && e.path().equals(path)) {
                return e;
            }
        }
        return null;
    }

    public synchronized long head() {
        return head;
    }

    public byte[] body(long sequence) throws IOException {
        return Base64.getDecoder().decode(json.readTree(file(sequence).toFile()).path("body").asText());
    }

    /** Deletes the entries up to {@code sequence}: every subscriber has them. */
    public synchronized void prune(long sequence) {
        while (!pending.isEmpty() && pending.firstKey() <= sequence) {
            long first = pending.pollFirstEntry().getKey();
            try {
                Files.deleteIfExists(file(first));
            } catch (IOException e) {
                LOG.warn("cannot delete delivered journal entry {}: {}", first, e.getMessage());
            }
        }
    }

    /** Entries kept on disk, for metrics and tests. */
    public synchronized int size() {
        return pending.size();
    }

    private Path file(long sequence) {
        return folder.resolve(String.format("%019d", sequence) + SUFFIX);
    }

    private static JournalEntry meta(JsonNode n) {
        String op = n.path("op").asText();
        if (!op.equals("put") && !op.equals("remove")) {
            throw new IllegalArgumentException("unknown op '" + op + "'");
        }
        return new JournalEntry(n.path("seq").asLong(), op.equals("remove"), n.path("workspace").asText(), n.path("path").asText(),
                n.hasNonNull("parent") ? n.path("parent").asText() : null, n.path("user").asText(), Instant.parse(n.path("at").asText()));
    }
}
