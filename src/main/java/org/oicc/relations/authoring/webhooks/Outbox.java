package org.oicc.relations.authoring.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Pending webhook calls on disk, one file each ({@code <data>/outbox/<id>.json}), written atomically
 * before anything is sent: a crash or restart loses no notification. Calls that keep failing move to
 * {@code outbox/dead/} for someone to look at, instead of being retried for ever.
 */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Path folder;
    private final ObjectMapper json;

    public Outbox(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
        try {
            Files.createDirectories(folder.resolve("dead"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create webhook outbox " + folder, e);
        }
    }

    public Notification add(URI url, String event, byte[] payload, Instant now) {
        Notification n = new Notification(UUID.randomUUID().toString(), url, event, payload, 0, now);
        save(n);
        return n;
    }

    public void save(Notification n) {
        ObjectNode node = json.createObjectNode();
        node.put("id", n.id());
        node.put("url", n.url().toString());
        node.put("event", n.event());
        node.put("payload", Base64.getEncoder().encodeToString(n.payload()));
        node.put("attempts", n.attempts());
        node.put("nextAttempt", n.nextAttempt().toString());
        try {
            Path temp = Files.createTempFile(folder, n.id(), ".tmp");
            json.writeValue(temp.toFile(), node);
            move(temp, file(n.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write webhook notification " + n.id(), e);
        }
    }

    /** Every pending notification, oldest due first; unreadable files are moved aside, not retried. */
    public List<Notification> pending() {
        List<Notification> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    JsonNode n = json.readTree(f.toFile());
                    out.add(new Notification(n.path("id").asText(), URI.create(n.path("url").asText()), n.path("event").asText(),
                            Base64.getDecoder().decode(n.path("payload").asText()), n.path("attempts").asInt(),
                            Instant.parse(n.path("nextAttempt").asText())));
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException gone) {
                    // delivered (and deleted) between listing and reading: nothing is pending there
                } catch (IOException | RuntimeException e) {
                    if (Files.exists(f)) {
                        LOG.warn("unreadable webhook notification {}, moved to dead/: {}", f, e.getMessage());
                        move(f, folder.resolve("dead").resolve(f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list webhook outbox " + folder, e);
        }
        out.sort(Comparator.comparing(Notification::nextAttempt));
        return out;
    }

    public void delivered(Notification n) {
        try {
            Files.deleteIfExists(file(n.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void giveUp(Notification n) {
        try {
            move(file(n.id()), folder.resolve("dead").resolve(n.id() + ".json"));
        } catch (UncheckedIOException e) {
            LOG.warn("cannot move webhook notification {} to dead/: {}", n.id(), e.getMessage());
        }
    }

    private Path file(String id) {
        return folder.resolve(id + ".json");
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
